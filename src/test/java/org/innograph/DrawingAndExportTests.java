package org.innograph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.innograph.limits.LimitedDocuments;
import org.innograph.security.Role;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What front ends draw and journalists take away, over HTTP: neighbourhoods with their
 * cap, shortest paths with the sources of each link, and exports in each format, read
 * back by real parsers.
 */
@EmbeddedServiceTest
class DrawingAndExportTests {

	static final String ZONES = """
			{ entities(kind: "HighTechZone", where: {locatedIn: {id: {eq: "prov-zhejiang"}}}, orderBy: [{field: ID}]) {
			  edges { node { id name names { en zhHant }
			  rankings { rank list sources { quote document { title publisher publishedAt } } } } } } }""";

	static final String NEIGHBOURHOOD = """
			{ neighborhood(id: "city-ningbo", depth: 1) { nodes { id label kind } edges { id type source target
			  sources { quote document { title } } } } }""";

	@LocalServerPort
	int port;

	HttpSyncGraphQlClient graphql;

	RestClient http;

	@Autowired
	GraphStore store;

	@BeforeEach
	void clients() {
		this.graphql = GraphQlHttp.client(this.port);
		this.http = RestClient.create("http://127.0.0.1:" + this.port);
	}

	ClientGraphQlResponse run(String document, Map<String, Object> variables) {
		var response = this.graphql.document(document).variables(variables).executeSync();
		assertThat(response.getErrors()).as("errors of %s", document).isEmpty();
		return response;
	}

	@Test
	void aNeighbourhoodIsDeduplicatedLinkedToItsSourcesAndCapped() {
		var neighborhood = """
				query neighborhood($id: ID!, $depth: Int, $limit: Int, $kinds: [String!]) {
				  neighborhood(id: $id, depth: $depth, limit: $limit, kinds: $kinds) {
				    truncated
				    nodes { id kind label depth entity { id } }
				    edges { id type label source target fact { id inferred } sources { quote document { id } } }
				  }
				}
				""";
		var full = run(neighborhood, Map.of("id", "city-hangzhou", "depth", 1, "limit", 100));
		List<Map<String, Object>> nodes = full.field("neighborhood.nodes").toEntity(new ParameterizedTypeReference<>() {
		});
		List<Map<String, Object>> edges = full.field("neighborhood.edges").toEntity(new ParameterizedTypeReference<>() {
		});
		assertThat(full.field("neighborhood.truncated").toEntity(Boolean.class)).isFalse();
		assertThat(nodes.getFirst()).containsEntry("id", "city-hangzhou").containsEntry("depth", 0);
		assertThat(nodes).extracting(n -> n.get("id")).doesNotHaveDuplicates().contains("htz-hangzhou", "lab-zhijiang");
		var ids = nodes.stream().map(n -> n.get("id")).toList();
		assertThat(edges).isNotEmpty().allSatisfy(edge -> {
			assertThat(ids).contains(edge.get("source"), edge.get("target"));
			assertThat((List<?>) edge.get("sources")).isNotEmpty();
			assertThat(((Map<?, ?>) edge.get("fact")).get("id")).isEqualTo(edge.get("id"));
		});
		assertThat(edges).extracting(e -> e.get("id")).doesNotHaveDuplicates();

		var capped = run(neighborhood, Map.of("id", "city-hangzhou", "depth", 2, "limit", 3));
		assertThat(capped.field("neighborhood.truncated").toEntity(Boolean.class)).isTrue();
		assertThat(capped.field("neighborhood.nodes").toEntity(List.class)).hasSize(4);

		var labsOnly = run(neighborhood, Map.of("id", "city-hangzhou", "kinds", List.of("Laboratory")));
		assertThat(labsOnly.field("neighborhood.nodes").toEntity(List.class).toString()).doesNotContain("HighTechZone");

		var unknown = this.graphql.document(neighborhood).variable("id", "nowhere").executeSync();
		assertThat((Object) unknown.field("neighborhood").getValue()).isNull();
		var tooDeep = this.graphql.document(neighborhood)
			.variables(Map.of("id", "city-hangzhou", "depth", 50))
			.executeSync();
		assertThat(tooDeep.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", "depth");
		});
	}

	@Test
	void aShortestPathLinksHangzhouToTheDepartmentWithTheSourceOfEachLink() {
		var shortestPaths = """
				query path($from: ID!, $to: ID!, $maxHops: Int) {
				  path(from: $from, to: $to, maxHops: $maxHops) {
				    length
				    nodes { id depth }
				    edges { id type source target sources { quote } }
				  }
				}
				""";
		var response = run(shortestPaths, Map.of("from", "city-hangzhou", "to", "dept-zhejiang-kjt"));
		List<Map<String, Object>> paths = response.field("path").toEntity(new ParameterizedTypeReference<>() {
		});
		assertThat(paths).isNotEmpty().allSatisfy(path -> {
			assertThat(path).containsEntry("length", 2);
			@SuppressWarnings("unchecked")
			var nodes = (List<Map<String, Object>>) path.get("nodes");
			assertThat(nodes.getFirst()).containsEntry("id", "city-hangzhou");
			assertThat(nodes.getLast()).containsEntry("id", "dept-zhejiang-kjt");
			@SuppressWarnings("unchecked")
			var edges = (List<Map<String, Object>>) path.get("edges");
			assertThat(edges).hasSize(2).allSatisfy(edge -> assertThat((List<?>) edge.get("sources")).isNotEmpty());
		});
		assertThat(run(shortestPaths, Map.of("from", "city-hangzhou", "to", "dept-zhejiang-kjt", "maxHops", 1))
			.field("path")
			.toEntity(List.class)).isEmpty();
	}

	byte[] export(String format, String query) {
		var uri = UriComponentsBuilder.fromPath("/export." + format)
			.queryParam("query", "{query}")
			.build()
			.toUriString();
		return this.http.get().uri(uri, query).retrieve().body(byte[].class);
	}

	@Test
	void csvIsAPlainTableThatReadersTakeWithTheirDefaults() throws Exception {
		var bytes = export("csv", ZONES);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		// The header first, nothing before it, and RFC 4180 line ends.
		assertThat(text.lines().findFirst().orElseThrow()).startsWith("id,name,");
		assertThat(text).endsWith("\r\n").doesNotContain("CC BY 4.0");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n");
		var records = ExplorerBrowserTests.strictCsv(text);
		assertThat(records).hasSize(8);
		assertThat(records.stream().map(CSVRecord::size).distinct()).singleElement()
			.isEqualTo(text.lines().findFirst().orElseThrow().split(",").length);
		var hangzhou = records.stream().filter(r -> r.get("id").equals("htz-hangzhou")).findFirst().orElseThrow();
		assertThat(hangzhou.get("name")).isEqualTo("杭州高新技术产业开发区");
		assertThat(hangzhou.get("rankings.rank")).isEqualTo("5");
		assertThat(hangzhou.get("rankings.sources.quote")).contains("杭州第5");
		assertThat(ExplorerBrowserTests.pythonCsvReader(text))
			.isEqualTo("rows=8 columns=%d".formatted(records.getFirst().size()));
	}

	@Test
	void theZipHoldsTheSameTableWithItsSourcesAndLicence() throws IOException {
		var files = new java.util.LinkedHashMap<String, byte[]>();
		try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(export("zip", ZONES)),
				StandardCharsets.UTF_8)) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), zip.readAllBytes());
			}
		}
		assertThat(files).containsOnlyKeys("innograph-export.csv", "sources.csv", "LICENSE.txt");
		assertThat(files.get("innograph-export.csv")).isEqualTo(export("csv", ZONES));
		assertThat(new String(files.get("LICENSE.txt"), StandardCharsets.UTF_8)).contains("CC BY 4.0");
		var sources = ExplorerBrowserTests
			.strictCsv(new String(files.get("sources.csv"), StandardCharsets.UTF_8).substring(1));
		assertThat(sources).extracting(row -> row.get("source"))
			.doesNotHaveDuplicates()
			.anySatisfy(source -> assertThat(source).contains("浙江省科技廳連續兩年榮獲"));
	}

	@Test
	void graphmlParsesBackAsADirectedGraphWithItsSources() throws Exception {
		var bytes = export("graphml", NEIGHBOURHOOD);
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		var graph = (Element) document.getElementsByTagName("graph").item(0);
		assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
		var nodes = document.getElementsByTagName("node");
		var edges = document.getElementsByTagName("edge");
		// Ningbo, its province, zone and the rest of the seed, and its ten districts and
		// counties.
		assertThat(nodes.getLength()).isEqualTo(15);
		assertThat(edges.getLength()).isEqualTo(14);
		var nodeIds = new ArrayList<String>();
		for (int i = 0; i < nodes.getLength(); i++) {
			nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
		}
		for (int i = 0; i < edges.getLength(); i++) {
			var edge = (Element) edges.item(i);
			assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
		}
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("CC BY 4.0", "宁波高新区位于宁波市");
		readBackWithNetworkx(bytes, 15, 14);
	}

	/** Gephi's format as NetworkX reads it, where NetworkX is installed. */
	private static void readBackWithNetworkx(byte[] graphml, int nodes, int edges) throws Exception {
		var check = new ProcessBuilder("python3", "-c", "import networkx").start();
		Assumptions.assumeTrue(check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0,
				"NetworkX is not installed");
		var file = Files.createTempFile("innograph", ".graphml");
		try {
			Files.write(file, graphml);
			var read = new ProcessBuilder("python3", "-c",
					"import networkx, sys; g = networkx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())",
					file.toString())
				.redirectErrorStream(true)
				.start();
			var output = new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			assertThat(read.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(output).isEqualTo(nodes + " " + edges + " True");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void cytoscapeJsonHasElementsWithDataAndTheLicence() {
		var bytes = export("json", NEIGHBOURHOOD);
		Map<String, Object> json = JsonMapper.builder().build().readValue(bytes, Map.class);
		@SuppressWarnings("unchecked")
		var elements = (Map<String, List<Map<String, Map<String, Object>>>>) json.get("elements");
		assertThat(elements.get("nodes")).hasSize(15).allSatisfy(n -> assertThat(n.get("data")).containsKey("id"));
		assertThat(elements.get("edges")).hasSize(14)
			.allSatisfy(e -> assertThat(e.get("data")).containsKeys("id", "source", "target", "type"));
		assertThat(json.get("data").toString()).contains("CC BY 4.0");
	}

	@Test
	void anExportOfABadQueryOrFormatIsAClearError() {
		var badFormat = this.http.get()
			.uri("/export.xls?query={q}", "{ documents { id } }")
			.exchange((request, response) -> response.getStatusCode());
		assertThat(badFormat).isEqualTo(HttpStatusCode.valueOf(400));
		var badQuery = this.http.get()
			.uri("/export.csv?query={q}", "{ nope }")
			.exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
		assertThat(badQuery).contains("nope", "errors");
		var post = this.http.post()
			.uri("/export.csv")
			.body(Map.of("query", "query($id: ID!) { document(id: $id) { id title } }", "variables",
					Map.of("id", "zjkjt-2023-04-20")))
			.retrieve()
			.body(byte[].class);
		assertThat(new String(post, StandardCharsets.UTF_8)).contains("zjkjt-2023-04-20");
		try (var reader = new InputStreamReader(new ByteArrayInputStream(post), StandardCharsets.UTF_8)) {
			assertThat(reader.read()).isEqualTo(0xFEFF);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Stream<Arguments> badExports() {
		var mutation = """
				{"query": "mutation M($id: ID!) { deleteEntity(input: {id: $id}) { deletedId } }",
				 "variables": {"id": "city-ningbo"}}""";
		return Stream.of(Arguments.of("GET", "/export.csv", null, 400, "'query' is missing"),
				Arguments.of("GET", "/export.csv?query={q}&variables={v}", null, 400,
						"'variables' must be a JSON object"),
				Arguments.of("GET", "/export.csv?query={q}&variables=[1]", null, 400,
						"'variables' must be a JSON object"),
				Arguments.of("GET", "/export.pdf?query={q}", null, 400, "pdf"),
				Arguments.of("POST", "/export.csv", "{}", 400, "'query' is missing"),
				Arguments.of("POST", "/export.csv", "", 400, "The body is empty"),
				Arguments.of("POST", "/export.csv", "{\"query\": ", 400, null),
				Arguments.of("POST", "/export.csv", mutation, 405, "Exports run queries only"));
	}

	@ParameterizedTest
	@MethodSource("badExports")
	void badInputToTheExportIsAClientErrorThatSaysWhatWasWrong(String method, String uri, @Nullable String body,
			int status, @Nullable String message) {
		var request = this.http.method(HttpMethod.valueOf(method))
			.uri(uri, Map.of("q", "{ city(name: \"杭州\") { id } }", "v", "{not-json"))
			.header("Authorization", "Bearer test-admin-key");
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		var answer = request.exchange((req, res) -> Map.entry(res.getStatusCode().value(),
				new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		assertThat(answer.getKey()).as(answer.getValue()).isEqualTo(status);
		if (message != null) {
			assertThat(answer.getValue()).contains(message);
		}
		assertThat(this.store.read("MATCH (e:Entity {id: 'city-ningbo'}) RETURN count(e) AS n", Map.of(),
				r -> r.get("n").asLong()))
			.containsExactly(1L);
	}

	@Autowired
	ExecutionGraphQlService graphQlService;

	@Test
	void aRequestMarkedQueriesOnlyRunsNoMutationEvenWithAnAdminKey() {
		// What the export's own check would refuse first, refused again where execution
		// starts: a document the check read otherwise still runs no mutation.
		var request = new DefaultExecutionGraphQlRequest(
				"mutation M($id: ID!) { deleteEntity(input: {id: $id}) { deletedId } }", null,
				Map.of("id", "city-ningbo"), null, "queries-only-test", null);
		// The context key under which ApiKeys puts a token's roles.
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(LimitedDocuments.QUERIES_ONLY, true, "roles", Set.of(Role.ADMIN)))
			.build());
		var response = this.graphQlService.execute(request).block();
		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("Only queries run here"));
		assertThat(response.isValid()).isFalse();
		assertThat(this.store.read("MATCH (e:Entity {id: 'city-ningbo'}) RETURN count(e) AS n", Map.of(),
				r -> r.get("n").asLong()))
			.containsExactly(1L);
	}

}
