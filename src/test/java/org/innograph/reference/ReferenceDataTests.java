package org.innograph.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.innograph.EmbeddedServiceTest;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real divisions in the service: every row of the dataset is an entity under its
 * parent, each is found by each of its name forms over HTTP, the seed's places are the
 * same entities with their codes, and loading again changes nothing.
 */
@EmbeddedServiceTest
class ReferenceDataTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@Autowired
	ReferenceLoader loader;

	HttpSyncGraphQlClient graphql;

	static List<Division> divisions() throws IOException {
		return Division.parse(new ClassPathResource("graph-schema/reference/divisions.csv")
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@BeforeEach
	void client() {
		this.graphql = HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + this.port + "/graphql"))
			.build();
	}

	@Test
	void everyRowOfTheDatasetIsOneDivisionUnderItsParent() throws IOException {
		var rows = divisions();
		var byLevel = rows.stream()
			.collect(Collectors.groupingBy(Division::level, TreeMap::new, Collectors.counting()));
		// 31 provinces, municipalities and autonomous regions and 3 regions; 342
		// prefecture
		// rows less 9 statistical placeholders (市辖区, 县, 省直辖县级行政区划…); 2,978 county
		// rows less 4 that repeat a city without counties (东莞, 中山, 儋州, 嘉峪关).
		assertThat(byLevel).containsExactly(Map.entry("COUNTY", 2974L), Map.entry("PREFECTURE", 333L),
				Map.entry("PROVINCE", 34L));
		assertThat(rows).extracting(Division::zhHans).doesNotContain("市辖区", "县", "省直辖县级行政区划");
		assertThat(rows).filteredOn(d -> d.zhHans().equals("东莞市"))
			.extracting(Division::level)
			.containsExactly("PREFECTURE");
		var held = this.store.read("""
				MATCH (e:Division) WHERE e.adminLevel IS NOT NULL
				RETURN e.adminLevel AS level, count(DISTINCT e.adminCode) AS codes, count(e) AS entities
				ORDER BY level""", Map.of(),
				r -> r.get("level").asString() + " " + r.get("codes").asLong() + " " + r.get("entities").asLong());
		assertThat(held).containsExactly("COUNTY 2974 2974", "PREFECTURE 333 333", "PROVINCE 34 34");
		var parents = rows.stream()
			.filter(d -> d.parent() != null)
			.map(d -> Map.of("code", d.code(), "parent", d.parent()))
			.toList();
		var linked = this.store.read("""
				UNWIND $rows AS row
				MATCH (e:Entity {adminCode: row.code})-[:LOCATED_IN]->(p:Entity {adminCode: row.parent})
				RETURN count(DISTINCT e) AS linked""", Map.of("rows", parents), r -> r.get("linked").asLong());
		assertThat(linked).containsExactly((long) parents.size());
		// A municipality's districts and a province's directly administered counties sit
		// under the province itself.
		assertThat(rows).filteredOn(d -> d.zhHans().equals("东城区"))
			.extracting(Division::parent)
			.containsExactly("110000");
		assertThat(rows).filteredOn(d -> d.zhHans().equals("济源市"))
			.extracting(Division::parent)
			.containsExactly("410000");
	}

	/**
	 * Every province-level division, every tenth of the rest and at least one of each
	 * kind: over 300 divisions, each looked up by its simplified, traditional, English
	 * and pinyin forms, fifteen to a request.
	 */
	@Test
	void everyDivisionIsFoundByEachOfItsFourNameForms() throws IOException {
		var rows = divisions();
		var sample = new LinkedHashMap<String, Division>();
		for (int i = 0; i < rows.size(); i++) {
			var d = rows.get(i);
			if (d.level().equals("PROVINCE") || i % 10 == 0) {
				sample.put(d.code(), d);
			}
		}
		rows.stream()
			.collect(Collectors.toMap(Division::kind, d -> d, (a, b) -> a))
			.values()
			.forEach(d -> sample.put(d.code(), d));
		assertThat(sample).hasSizeGreaterThan(300);
		assertThat(sample.values()).extracting(Division::kind).containsAll(rows.stream().map(Division::kind).toList());
		var lookups = new ArrayList<Map.Entry<Division, String>>();
		for (var d : sample.values()) {
			for (var form : List.of(d.zhHans(), d.zhHant(), d.en(), d.pinyin())) {
				lookups.add(Map.entry(d, form));
			}
		}
		var missing = new ArrayList<String>();
		for (int from = 0; from < lookups.size(); from += 15) {
			var batch = lookups.subList(from, Math.min(lookups.size(), from + 15));
			var query = new StringBuilder("query Lookups(");
			var fields = new StringBuilder();
			var variables = new LinkedHashMap<String, Object>();
			for (int i = 0; i < batch.size(); i++) {
				query.append((i > 0) ? ", " : "").append("$n").append(i).append(": String!");
				fields.append("l%d: entitiesByName(name: $n%d) { id }%n".formatted(i, i));
				variables.put("n" + i, batch.get(i).getValue());
			}
			var response = this.graphql.document(query.append(") {\n").append(fields).append("}").toString())
				.variables(variables)
				.executeSync();
			assertThat(response.getErrors()).isEmpty();
			for (int i = 0; i < batch.size(); i++) {
				var d = batch.get(i).getKey();
				List<Map<String, Object>> found = response.field("l" + i).getValue();
				var codes = this.store.read("UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.adminCode AS code",
						Map.of("ids", found.stream().map(m -> m.get("id")).toList()),
						r -> r.get("code").asString(null));
				if (!codes.contains(d.code())) {
					missing.add(d.code() + " by " + batch.get(i).getValue());
				}
			}
		}
		assertThat(missing).as("divisions not found by one of their forms").isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "重庆市, Chóngqìng Shì, Chongqing", "六安市, Lù'ān Shì, Lu'an", "蚌埠市, Bèngbù Shì, Bengbu",
			"丽水市, Lìshuǐ Shì, Lishui", "朝阳区, Cháoyáng Qū, Chaoyang District", "乐清市, Yuèqīng Shì, Yueqing",
			"内蒙古自治区, Nèiměnggǔ Zìzhìqū, Inner Mongolia", "香港特别行政区, Xiānggǎng Tèbiéxíngzhèngqū, Hong Kong" })
	void placeNamesAreReadAsPlacesAreNamed(String name, String pinyin, String english) {
		var found = this.graphql.document("""
				query ($name: String!) { entitiesByName(name: $name) { name names { pinyin en } } }""")
			.variable("name", pinyin)
			.executeSync()
			.field("entitiesByName")
			.toEntityList(Map.class);
		// 朝阳区 is two districts, read alike.
		assertThat(found).filteredOn(m -> m.get("name").equals(name))
			.isNotEmpty()
			.allSatisfy(m -> assertThat(m).containsEntry("names", Map.of("pinyin", pinyin, "en", english)));
	}

	@Test
	void aNameSeveralDivisionsShareListsThemAllWithTheirOwnNamesFirst() {
		var found = this.graphql
			.document("{ a: entitiesByName(name: \"朝阳区\") { id name } "
					+ "b: entitiesByName(name: \"河北\") { name } c: entitiesByName(name: \"临安\") { name } }")
			.executeSync();
		List<Map<String, Object>> chaoyang = found.field("a").getValue();
		assertThat(chaoyang).extracting(m -> m.get("id")).startsWith("county-110105", "county-220104");
		assertThat(chaoyang).extracting(m -> m.get("name")).contains("朝阳市", "朝阳县");
		List<Map<String, Object>> hebei = found.field("b").getValue();
		assertThat(hebei).extracting(m -> m.get("name")).containsExactly("河北省", "河北区");
		List<Map<String, Object>> linan = found.field("c").getValue();
		assertThat(linan).extracting(m -> m.get("name")).containsExactly("临安区");
	}

	@Test
	void theSeedsPlacesAreTheDivisionsWithTheirCodesAndFacts() {
		var hangzhou = this.graphql.document("""
				{ city(name: "杭州") { id adminCode adminKind province { id adminKind } counties { name adminKind }
				  rankings { rank } } }""").executeSync();
		assertThat(hangzhou.field("city.id").getValue().toString()).isEqualTo("city-hangzhou");
		assertThat(hangzhou.field("city.adminCode").getValue().toString()).isEqualTo("330100");
		assertThat(hangzhou.field("city.province.id").getValue().toString()).isEqualTo("prov-zhejiang");
		List<Map<String, Object>> counties = hangzhou.field("city.counties").getValue();
		assertThat(counties).hasSize(13).extracting(m -> m.get("name")).contains("临安区", "滨江区");
		assertThat(hangzhou.field("city.adminKind").getValue().toString()).isEqualTo("prefecture_city");
		assertThat(hangzhou.field("city.province.adminKind").getValue().toString()).isEqualTo("province");
		assertThat(counties).extracting(m -> m.get("adminKind")).contains("district", "county", "county_city");
		List<Object> rankings = hangzhou.field("city.rankings").getValue();
		assertThat(rankings).isNotEmpty();
		assertThat(this.store.read("""
				MATCH (e:Entity) WHERE e.adminCode IN ['330000', '330100', '331100', '330522']
				RETURN count(e) AS n, collect(e.id) AS ids""", Map.of(), r -> r.get("n").asLong()))
			.as("one entity per code, the seed's")
			.containsExactly(4L);
		// A division's sources name the dataset and never pass for a quote.
		assertThat(this.store.read("""
				MATCH (:Entity {adminCode: '330112'})-[:SOURCED_FROM]->(s:Source)-[:IN]->(d:Document)
				RETURN s.verbatim AS verbatim, d.kind AS kind, d.edition AS edition""", Map.of(),
				r -> r.get("verbatim").asBoolean() + " " + r.get("kind").asString() + " "
						+ r.get("edition").asString()))
			.containsExactly("false DATASET 2023");
	}

	@Test
	void everyNationalHighTechZoneOfTheListLiesInItsDivisionOnce() throws IOException {
		var zones = NationalHighTechZones.parse(new ClassPathResource("graph-schema/reference/high-tech-zones.csv")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(zones).hasSize(174);
		var rows = zones.stream()
			.map(z -> Map.of("name", NationalHighTechZones.nameKey(z.name()), "short",
					NationalHighTechZones.nameKey(z.shortName()), "code", z.divisionCode()))
			.toList();
		var located = this.store.read("""
				UNWIND $rows AS row
				MATCH (z:HighTechZone {level: 'NATIONAL'})
				WHERE any(n IN [z.name] + coalesce(z.aliases, []) WHERE
				          replace(replace(n, '高新技术产业开发区', '高新区'), '高新區', '高新区') IN [row.name, row.short])
				WITH row, collect(DISTINCT z) AS found
				RETURN row.name AS name, size(found) AS zones,
				       size([z IN found WHERE EXISTS { (z)-[:LOCATED_IN]->(:Entity {adminCode: row.code}) }
				             OR EXISTS { (z)-[:LOCATED_IN]->(:Entity)-[:LOCATED_IN]->(:Entity {adminCode: row.code}) }])
				         AS inDivision""", Map.of("rows", rows),
				r -> r.get("name").asString() + " " + r.get("zones").asInt() + " " + r.get("inDivision").asInt());
		assertThat(located).hasSize(174).allSatisfy(line -> assertThat(line).endsWith(" 1 1"));
	}

	@Test
	void aZoneOfTheListHasItsNamesItsYearAndThePageThatNamesIt() {
		var changsha = this.graphql.document("""
				{ city(name: "长沙") { highTechZones { name established
				    names { zhHant en pinyin aliases } sources { quote verbatim document { url role } } } } }""")
			.executeSync()
			.field("city.highTechZones")
			.toEntityList(Map.class);
		assertThat(changsha).filteredOn(z -> z.get("name").equals("长沙高新技术产业开发区")).singleElement().satisfies(z -> {
			assertThat(z).containsEntry("established", "1991");
			assertThat(z.get("names").toString()).contains("zhHant=長沙高新技術產業開發區",
					"en=Changsha National Hi-tech Industrial Development Zone",
					"pinyin=Chángshā Gāoxīn Jìshù Chǎnyè Kāifāqū", "长沙高新区");
			assertThat(z.get("sources").toString()).contains("verbatim=false", "role=BACKGROUND", "url=http");
		});
		// The seed's zones are not listed twice.
		var hangzhou = this.graphql.document("{ entitiesByName(name: \"杭州高新区\") { id } }")
			.executeSync()
			.field("entitiesByName")
			.toEntityList(Map.class);
		assertThat(hangzhou).extracting(m -> m.get("id")).containsExactly("htz-hangzhou");
	}

	@Test
	void aZoneIsFoundByTheOtherNamesTheListGivesWithThePageThatGivesThem() {
		var zhongguancun = this.graphql.document("""
				{ entitiesByName(name: "中关村示范区") { name sources { quote document { url } } } }""")
			.executeSync()
			.field("entitiesByName")
			.toEntityList(Map.class);
		assertThat(zhongguancun).singleElement().satisfies(z -> {
			assertThat(z).containsEntry("name", "中关村科技园区");
			assertThat(z.get("sources").toString()).contains("中关村国家自主创新示范区", "url=https://soolun.net/");
		});
	}

	@Test
	void loadingAgainChangesNothing() {
		// Another class in this context may have reloaded the seed, which rewrites its
		// places; the loader lays the divisions over them again on its next check.
		this.loader.loadIfMissing();
		var before = counts();
		assertThat(this.loader.loadIfMissing()).isFalse();
		this.store.write(tx -> tx.run("MATCH (m:ReferenceLoad) DELETE m").consume());
		assertThat(this.loader.loadIfMissing()).isTrue();
		assertThat(counts()).isEqualTo(before);
	}

	private List<Long> counts() {
		return this.store
			.read("""
					RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships""", Map.of(),
					r -> List.of(r.get("nodes").asLong(), r.get("relationships").asLong()))
			.getFirst();
	}

}
