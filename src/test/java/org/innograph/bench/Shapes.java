package org.innograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innograph.names.NameForms;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * The fixed mix of query shapes, each three ways that must give the same answer: an
 * Innograph GraphQL document, the Cypher a Neo4j expert would write for it, and an
 *
 * @neo4j/graphql document over equivalent type definitions. Each way has a function that
 * reduces its answer to a canonical list of lines, which the benchmark compares.
 */
final class Shapes {

	/** One shape: its three forms and how to read each answer. */
	record Shape(String name, String innograph, Map<String, Object> variables, String cypher,
			Map<String, Object> parameters, String peer, Function<JsonNode, List<String>> innographAnswer,
			Function<List<Record>, List<String>> cypherAnswer, Function<JsonNode, List<String>> peerAnswer) {
	}

	/** The entities the shapes start from, read from the loaded graph. */
	record Targets(String cityName, String cityEn, String county, String otherCity) {
	}

	private Shapes() {
	}

	static List<Shape> all(Targets t) {
		var shapes = new ArrayList<Shape>();
		var cityKeys = NameForms.lookupKeys(t.cityName());
		shapes.add(new Shape("lookup by name", """
				query bench_lookup($name: String!) { city(name: $name) { id name } }""", Map.of("name", t.cityName()),
				"""
						MATCH (k:NameKey)<-[known:KNOWN_AS]-(c:City)
						WHERE k.key IN $keys
						WITH c, min(known.rank) AS rank
						ORDER BY rank, c.id
						LIMIT 1
						RETURN c.id AS id, c.name AS name""", Map.of("keys", cityKeys), """
						query bench_lookup($name: String!) { cities(where: {name: {eq: $name}}) { id name } }""",
				(j) -> List.of(j.at("/city/id").asString() + "|" + j.at("/city/name").asString()),
				(rs) -> rs.stream().map(r -> r.get("id").asString() + "|" + r.get("name").asString()).toList(),
				(j) -> lines(j.get("cities"), c -> c.get("id").asString() + "|" + c.get("name").asString())));

		shapes.add(new Shape("city → zones → rankings → sources (3 hops)", """
				query bench_hops($name: String!) { city(name: $name) { id highTechZones { id rankings {
				  rank list edition sources { quote document { title } } } } } }""", Map.of("name", t.cityName()), """
				MATCH (k:NameKey)<-[known:KNOWN_AS]-(c:City)
				WHERE k.key IN $keys
				WITH c, min(known.rank) AS rank
				ORDER BY rank, c.id
				LIMIT 1
				MATCH (c)<-[:LOCATED_IN]-(z:HighTechZone)
				RETURN z.id AS zone, COLLECT {
				  MATCH (z)<-[:ABOUT]-(r:Ranking)
				  RETURN r { .rank, .list, .edition, sources: COLLECT {
				    MATCH (r)-[:SOURCED_FROM]->(s:Source)-[:IN]->(d:Document)
				    RETURN {quote: s.quote, title: d.title} } }
				} AS rankings""", Map.of("keys", cityKeys), """
				query bench_hops($name: String!) { cities(where: {name: {eq: $name}}) { id highTechZones { id rankings {
				  rank list edition sources { quote document { title } } } } } }""",
				(j) -> hops(j.at("/city/highTechZones"), false), Shapes::hopsOfRecords,
				(j) -> hops(j.at("/cities/0/highTechZones"), true)));

		shapes.add(new Shape("filtered, sorted page with totalCount", """
				query bench_page { entities(kind: "HighTechZone", where: {level: {eq: "NATIONAL"}},
				  orderBy: [{field: NAME}], first: 10) { totalCount edges { node { id name } } } }""", Map.of(), """
				MATCH (z:HighTechZone {level: $level})
				WITH z ORDER BY z.name, z.id LIMIT 10
				WITH collect(z.id + '|' + z.name) AS page
				RETURN page, COUNT { MATCH (z:HighTechZone {level: $level}) } AS total""", Map.of("level", "NATIONAL"),
				"""
						query bench_page { highTechZonesConnection(where: {level: {eq: "NATIONAL"}}, sort: [{name: ASC}],
						  first: 10) { totalCount edges { node { id name } } } }""",
				(j) -> page(j.get("entities")), (rs) -> {
					var lines = new ArrayList<String>(List.of("total " + rs.getFirst().get("total").asLong()));
					lines.addAll(rs.getFirst().get("page").asList(v -> v.asString()));
					return lines;
				}, (j) -> page(j.get("highTechZonesConnection"))));

		shapes.add(new Shape("group-by aggregation", """
				query bench_groups($list: String!) { rankingsConnection(where: {list: {eq: $list}}) {
				  groupBy(keys: [EDITION]) { keys { value } count aggregate { min max } } } }""",
				Map.of("list", "国家高新区综合评价"), """
						MATCH (r:Ranking {list: $list})
						RETURN r.edition AS edition, count(*) AS count, min(r.rank) AS min, max(r.rank) AS max
						ORDER BY edition""", Map.of("list", "国家高新区综合评价"), """
						query bench_groups { rankingGroups(list: "国家高新区综合评价") { edition count min max } }""",
				// Groups are a set: Innograph lists the largest first.
				(j) -> sorted(lines(j.at("/rankingsConnection/groupBy"),
						g -> g.at("/keys/0/value").asString() + "|" + g.get("count").asInt() + "|"
								+ number(g.at("/aggregate/min")) + "|" + number(g.at("/aggregate/max")))),
				(rs) -> rs.stream()
					.map(r -> r.get("edition").asInt() + "|" + r.get("count").asInt() + "|" + r.get("min").asInt() + "|"
							+ r.get("max").asInt())
					.toList(),
				(j) -> lines(j.get("rankingGroups"), g -> g.get("edition").asInt() + "|" + g.get("count").asInt() + "|"
						+ g.get("min").asInt() + "|" + g.get("max").asInt())));

		var key = NameForms.key(t.cityEn());
		var folded = NameForms.fold(t.cityEn());
		var whole = folded.equals(key) ? key : "(" + folded + ") OR (" + key + ")";
		// The last word also as a prefix, as the service searches while a name is typed.
		var lucene = "(" + whole + ") OR " + folded.substring(folded.lastIndexOf(' ') + 1) + "*";
		shapes.add(new Shape("search", """
				query bench_search($text: String!) { search(text: $text, first: 10) { score entity { id name } } }""",
				Map.of("text", t.cityEn()), """
						CALL () {
						  MATCH (:NameKey {key: $key})<-[:KNOWN_AS]-(e:Entity)
						  RETURN e, 10.0 AS score
						  UNION ALL
						  MATCH (k:NameKey)<-[:KNOWN_AS]-(e:Entity)
						  WHERE k.key STARTS WITH $key AND k.key <> $key
						  WITH e, max(toFloat(size($key)) / size(k.key)) AS typed
						  ORDER BY typed DESC, COUNT { (e)--() } DESC LIMIT 40
						  RETURN e, 5.0 * typed AS score
						  UNION ALL
						  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 40}) YIELD node, score
						  RETURN node AS e, score
						}
						WITH e, sum(score) AS score
						ORDER BY score DESC, COUNT { (e)--() } DESC, e.name, e.id
						LIMIT 10
						RETURN e.id AS id, e.name AS name, score""", Map.of("key", key, "lucene", lucene),
				"""
						query bench_search { search(key: "%s", lucene: "%s", first: 10) { id name score } }"""
					.formatted(key, lucene),
				(j) -> lines(j.get("search"),
						h -> h.at("/entity/id").asString() + "|" + h.at("/entity/name").asString() + "|"
								+ score(h.get("score").asDouble())),
				(rs) -> rs.stream()
					.map(r -> r.get("id").asString() + "|" + r.get("name").asString() + "|"
							+ score(r.get("score").asDouble()))
					.toList(),
				(j) -> lines(j.get("search"), h -> h.get("id").asString() + "|" + h.get("name").asString() + "|"
						+ score(h.get("score").asDouble()))));

		shapes.add(new Shape("neighbourhood, depth 2", """
				query bench_neighbourhood($id: ID!) { neighborhood(id: $id, depth: 2) {
				  truncated nodes { id depth } edges { id type source target } } }""", Map.of("id", t.county()),
				NEIGHBOURHOOD, Map.of("id", t.county()), """
						query bench_neighbourhood { neighborhood(id: "%s") {
						  truncated nodes { id depth } edges { id type source target } } }""".formatted(t.county()),
				(j) -> subgraph(j.get("neighborhood")), (rs) -> {
					var r = rs.getFirst();
					var lines = new ArrayList<String>(List.of("truncated " + r.get("truncated").asBoolean()));
					r.get("nodes")
						.asList(v -> v)
						.forEach(n -> lines.add(n.get("id").asString() + "@" + n.get("depth").asInt()));
					r.get("edges")
						.asList(v -> v)
						.forEach(e -> lines.add(e.get("id").asString() + "|" + e.get("type").asString() + "|"
								+ e.get("source").asString() + "|" + e.get("target").asString()));
					return sorted(lines);
				}, (j) -> subgraph(j.get("neighborhood"))));

		shapes.add(
				new Shape("shortest path", """
						query bench_path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4, limit: 1) {
						  length nodes { id } } }""", Map.of("from", t.county(), "to", t.otherCity()), """
						MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
						MATCH p = ANY SHORTEST (a)-[:%s]-{1,4}(b)
						RETURN length(p) AS length, [n IN nodes(p) | n.id] AS nodes""".formatted(LINKS),
						Map.of("from", t.county(), "to", t.otherCity()),
						"""
								query bench_path { shortestPath(from: "%s", to: "%s") { length nodes } }"""
							.formatted(t.county(), t.otherCity()),
						// Several paths can be shortest: the length and the ends are the
						// answer.
						(j) -> path(j.at("/path/0/length").asInt(), j.at("/path/0/nodes/0/id").asString(),
								j.at("/path/0/nodes").get(j.at("/path/0/nodes").size() - 1).at("/id").asString()),
						(rs) -> {
							var nodes = rs.getFirst().get("nodes").asList(v -> v.asString());
							return path(rs.getFirst().get("length").asInt(), nodes.getFirst(), nodes.getLast());
						}, (j) -> {
							var nodes = j.at("/shortestPath/nodes");
							return path(j.at("/shortestPath/length").asInt(), nodes.get(0).asString(),
									nodes.get(nodes.size() - 1).asString());
						}));
		return shapes;
	}

	static final String LINKS = "LOCATED_IN|ADVANCES|BASED_ON|EXHIBITED_AT|ORGANISED_BY|PUBLISHED|NAMED_AFTER|"
			+ "PARTICIPATES_IN|REFORMS|FOLLOWS|CONTRIBUTES_TO|PART_OF|HOLDS";

	static final String NEIGHBOURHOOD = """
			MATCH (c:Entity {id: $id})
			CALL (c) {
			  MATCH p = ANY SHORTEST (c)-[:%1$s]-{1,2}(n:Entity)
			  WHERE n <> c
			  WITH n, length(p) AS depth
			  ORDER BY depth, n.name, n.id
			  LIMIT 101
			  RETURN collect({node: n, depth: depth}) AS found
			}
			WITH c, found[0..100] AS kept, size(found) > 100 AS truncated
			WITH c, kept, truncated, [c.id] + [k IN kept | k.node.id] AS ids
			CALL (ids) {
			  UNWIND ids AS id
			  MATCH (:Entity {id: id})-[r:%1$s]->(b:Entity)
			  WHERE b.id IN ids
			  WITH DISTINCT r
			  RETURN collect({id: r.factId, type: type(r), source: startNode(r).id, target: endNode(r).id}) AS edges
			}
			RETURN [{id: c.id, depth: 0}] + [k IN kept | {id: k.node.id, depth: k.depth}] AS nodes, edges, truncated
			""".formatted(LINKS);

	private static List<String> path(int length, String from, String to) {
		return List.of("length " + length, from + " → " + to);
	}

	private static String score(double score) {
		return "%.4f".formatted(score);
	}

	private static String number(JsonNode n) {
		return n.isNull() || n.isMissingNode() ? "null" : String.valueOf((long) n.asDouble());
	}

	private static List<String> page(JsonNode connection) {
		var lines = new ArrayList<String>(List.of("total " + connection.get("totalCount").asInt()));
		for (var edge : connection.get("edges")) {
			lines.add(edge.at("/node/id").asString() + "|" + edge.at("/node/name").asString());
		}
		return lines;
	}

	private static List<String> subgraph(JsonNode g) {
		var lines = new ArrayList<String>(List.of("truncated " + g.get("truncated").asBoolean()));
		for (var n : g.get("nodes")) {
			lines.add(n.get("id").asString() + "@" + n.get("depth").asInt());
		}
		for (var e : g.get("edges")) {
			lines.add(e.get("id").asString() + "|" + e.get("type").asString() + "|" + e.get("source").asString() + "|"
					+ e.get("target").asString());
		}
		return sorted(lines);
	}

	private static List<String> hops(JsonNode zones, boolean documentIsList) {
		var lines = new ArrayList<String>();
		for (var z : zones) {
			lines.add(z.get("id").asString());
			for (var r : z.get("rankings")) {
				for (var s : r.get("sources")) {
					var title = documentIsList ? s.at("/document/0/title") : s.at("/document/title");
					lines
						.add(z.get("id").asString() + "|" + r.get("rank").asInt() + "|" + r.get("list").asString() + "|"
								+ r.get("edition").asInt() + "|" + s.get("quote").asString() + "|" + title.asString());
				}
			}
		}
		return sorted(lines);
	}

	private static List<String> hopsOfRecords(List<Record> records) {
		var lines = new ArrayList<String>();
		for (var z : records) {
			var zone = z.get("zone").asString();
			lines.add(zone);
			for (var r : z.get("rankings").asList(v -> v)) {
				for (var s : r.get("sources").asList(v -> v)) {
					lines.add(zone + "|" + r.get("rank").asInt() + "|" + r.get("list").asString() + "|"
							+ r.get("edition").asInt() + "|" + s.get("quote").asString() + "|"
							+ s.get("title").asString());
				}
			}
		}
		return sorted(lines);
	}

	private static List<String> lines(JsonNode array, Function<JsonNode, String> line) {
		var lines = new ArrayList<String>();
		for (var item : array) {
			lines.add(line.apply(item));
		}
		return lines;
	}

	private static List<String> sorted(List<String> lines) {
		var copy = new ArrayList<>(lines);
		copy.sort(null);
		return copy;
	}

}
