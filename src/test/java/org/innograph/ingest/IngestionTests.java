package org.innograph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.innograph.EmbeddedServiceTest;
import org.innograph.ingest.IngestRefused.Problem;
import org.innograph.ingest.Proposal.ProposedFact;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Ingestion against the real embedded store: the dictionary comes from the graph, the
 * seed article meets the floor, loads are idempotent and atomic, concurrent loads leave
 * one copy, an edited proposal loads as edited, and curated JSON and CSV import through
 * the same writer.
 */
@EmbeddedServiceTest
class IngestionTests {

	static final String SEED_DOCUMENT = "zjkjt-2023-04-20";

	@Autowired
	Ingestion ingestion;

	@Autowired
	GraphStore store;

	@AfterEach
	void removeIngested() {
		IngestedData.remove(this.store);
	}

	long count(String cypher, Map<String, Object> parameters) {
		return this.store.read(cypher, parameters, r -> r.get(0).asLong()).getFirst();
	}

	long ingestedFactsOf(String documentId) {
		return count("""
				MATCH (d:Document {id: $id})<-[:IN]-(:Source)<-[:SOURCED_FROM]-(f:Fact)
				WHERE f.id STARTS WITH 'ing-'
				RETURN count(DISTINCT f)""", Map.of("id", documentId));
	}

	@Test
	void theSeedArticleMeetsTheFloorWithTheGraphsOwnDictionary() throws Exception {
		var proposal = this.ingestion.propose(SeedGazetteer.seedArticle());
		assertThat(proposal.document().id()).isEqualTo(SEED_DOCUMENT);
		assertThat(proposal.document().alreadyInGraph()).isTrue();
		var stored = this.store.read("MATCH (d:Document {id: $id}) RETURN d.text AS text", Map.of("id", SEED_DOCUMENT),
				r -> r.get("text").asString());
		assertThat(proposal.document().text()).as("the cleaner gives the text the seed stores")
			.isEqualTo(stored.getFirst());
		// The curated facts have their own ids: for the extractor they are not there.
		assertThat(proposal.facts()).allSatisfy(f -> assertThat(f.loadStatus()).isEqualTo("NEW"));
		var gold = ProposalJson.read(Files.readString(SeedGazetteer.GOLD), Evaluation.Gold.class);
		var score = Evaluation.score("seed", proposal, gold);
		var details = score.details(Evaluation.names(proposal));
		assertThat(score.foundLenient()).as(details).isEqualTo(40);
		assertThat(score.foundStrict()).as(details).isGreaterThanOrEqualTo(22);
		assertThat(score.rightLenient()).as(details).isGreaterThanOrEqualTo(score.proposed() - 1);
		for (var fact : proposal.facts()) {
			assertThat(stored.getFirst().substring(fact.start(), fact.end())).isEqualTo(fact.quote());
		}
	}

	@Test
	void loadingTheSeedArticleTwiceLeavesOneCopy() {
		var first = this.ingestion.ingest(SeedGazetteer.seedArticle());
		assertThat(first.documentId()).isEqualTo(SEED_DOCUMENT);
		assertThat(first.documentCreated()).isFalse();
		assertThat(first.factsCreated()).isEqualTo(first.facts()).isGreaterThanOrEqualTo(40);
		var facts = ingestedFactsOf(SEED_DOCUMENT);
		assertThat(facts).isEqualTo(first.facts());
		var nodes = count("MATCH (n) RETURN count(n)", Map.of());
		var relationships = count("MATCH ()-[r]->() RETURN count(r)", Map.of());

		var second = this.ingestion.ingest(SeedGazetteer.seedArticle());
		assertThat(second.factsCreated()).isZero();
		assertThat(second.factsPresent()).isEqualTo(first.facts());
		assertThat(second.entitiesCreated()).isZero();
		assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)", Map.of())).isEqualTo(relationships);
		assertThat(
				count("MATCH (d:Document {sha256: $sha}) RETURN count(d)",
						Map.of("sha",
								first.documentId().isEmpty() ? ""
										: this.ingestion.propose(SeedGazetteer.seedArticle()).document().sha256())))
			.isOne();
		// Every stored quote of an ingested fact is the text at its offsets.
		assertThat(count("""
				MATCH (d:Document {id: $id})<-[:IN]-(s:Source)<-[:SOURCED_FROM]-(f:Fact)
				WHERE f.id STARTS WITH 'ing-' AND substring(d.text, s.start, s.end - s.start) <> s.quote
				RETURN count(s)""", Map.of("id", SEED_DOCUMENT))).isZero();
	}

	@Test
	void twoLoadsAtOnceLeaveOneCopy() throws Exception {
		var bytes = (new String(Files.readAllBytes(GeneralisationTests.ARTICLES.resolve("simplified-clean.txt")),
				StandardCharsets.UTF_8) + "\n本文为并发测试。")
			.getBytes(StandardCharsets.UTF_8);
		var barrier = new CyclicBarrier(4);
		var loads = new ArrayList<Callable<LoadResult>>();
		for (int i = 0; i < 4; i++) {
			loads.add(() -> {
				barrier.await();
				return this.ingestion.ingest(bytes);
			});
		}
		List<LoadResult> results;
		try (var pool = Executors.newFixedThreadPool(4)) {
			results = pool.invokeAll(loads).stream().map(f -> {
				try {
					return f.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
		var proposal = this.ingestion.propose(bytes);
		var documentId = proposal.document().id();
		assertThat(results).extracting(LoadResult::documentId).containsOnly(documentId);
		// Each load saw the graph without the others' work, so each reports every fact as
		// new; the graph holds one copy.
		assertThat(results).allSatisfy(r -> assertThat(r.facts()).isEqualTo(proposal.facts().size()));
		assertThat(
				count("MATCH (d:Document {sha256: $sha}) RETURN count(d)", Map.of("sha", proposal.document().sha256())))
			.isOne();
		assertThat(ingestedFactsOf(documentId)).isEqualTo(proposal.facts().size());
		assertThat(count("MATCH (e:Entity {name: '苏州市'}) RETURN count(e)", Map.of())).isOne();
		assertThat(count("""
				MATCH (f:Fact)-[r:SOURCED_FROM]->(s:Source)
				WHERE f.id STARTS WITH 'ing-'
				WITH f, s, count(r) AS links WHERE links > 1
				RETURN count(*)""", Map.of())).isZero();
	}

	@Test
	void anEditedProposalLoadsAsEdited() {
		var proposal = this.ingestion.propose("""
				某省科技厅发布2023年工作总结
				来源：某省科技厅
				2023年，全省新增高新技术企业1200家，技术合同成交额同比增长15%，省级重点实验室达到86个。
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(proposal.facts()).hasSize(3);
		var edited = new ArrayList<ProposedFact>();
		var first = proposal.facts().getFirst();
		// The reviewer corrects a value and drops a fact.
		edited.add(new ProposedFact(first.id(), first.type(), first.rule(), 1.0, first.quote(), first.start(),
				first.end(), first.subject(), "新增高新技术企业数量", 1300.0, null, first.unit(), first.rawText(), first.bound(),
				first.period(), first.status(), null, null, null, null, null, null, null, null, null, null, null));
		edited.add(proposal.facts().get(1));
		var json = ProposalJson
			.write(new Proposal(proposal.document(), proposal.entities(), edited, proposal.warnings()));
		var result = this.ingestion.load(ProposalJson.read(json));
		assertThat(result.factsCreated()).isEqualTo(2);
		var values = this.store.read("MATCH (f:Fact {id: $id}) RETURN f.value AS v, f.name AS name, f.rule AS rule",
				Map.of("id", first.id()),
				r -> r.get("v").asDouble() + " " + r.get("name").asString() + " " + r.get("rule").asString());
		assertThat(values).containsExactly("1300.0 新增高新技术企业数量 figure");
		assertThat(count("MATCH (f:Fact {id: $id}) RETURN count(f)", Map.of("id", proposal.facts().get(2).id())))
			.isZero();
	}

	@Test
	void aProposalThatBreaksTheRulesWritesNothing() {
		var proposal = this.ingestion
			.propose("某省科技厅发布通知\n来源：某省科技厅\n2023年，全省新增高新技术企业1200家，省级重点实验室达到86个。".getBytes(StandardCharsets.UTF_8));
		var fact = proposal.facts().getFirst();
		var broken = new ProposedFact(fact.id(), fact.type(), fact.rule(), fact.confidence(), "文中没有的话", 0, 6,
				fact.subject(), fact.name(), fact.value(), null, "furlongs", fact.rawText(), fact.bound(),
				fact.period(), fact.status(), null, null, null, null, null, null, null, null, null, null, null);
		var nodes = count("MATCH (n) RETURN count(n)", Map.of());
		assertThatExceptionOfType(IngestRefused.class)
			.isThrownBy(() -> this.ingestion.load(new Proposal(proposal.document(), proposal.entities(),
					List.of(broken, proposal.facts().get(1)), List.of())))
			.satisfies(ex -> assertThat(ex.problem()).isEqualTo(Problem.BAD_FACTS))
			.withMessageContaining("does not occur in the text")
			.withMessageContaining("unknown unit furlongs");
		assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodes);
	}

	@Test
	void curatedFactsImportFromJsonAndCsvThroughTheSameWriter(@TempDir Path dir) throws Exception {
		var json = dir.resolve("curated.json");
		Files.writeString(json, """
				{"entities": [{"id": "pol-imp-test-fund", "kind": "Policy", "zhHans": "浙科贷",
				   "sources": [{"doc": "zjkjt-2023-04-20", "quote": "新增“浙科貸”831億元"}]}],
				 "facts": [{"id": "imp-json-1", "type": "METRIC", "subject": "pol-imp-test-fund", "name": "新增贷款",
				   "value": 83100000000, "unit": "CNY", "rawText": "831億元", "period": "2022",
				   "sources": [{"doc": "zjkjt-2023-04-20", "quote": "新增“浙科貸”831億元"}]}]}
				""");
		var csv = dir.resolve("curated.csv");
		Files.writeString(csv, """
				id,type,subject,rank,list,edition,doc,quote
				imp-csv-1,RANKING,city-ningbo,13,国家高新区综合评价,2022,zjkjt-2023-04-20,寧波第13位
				""");
		var fromJson = this.ingestion.importCurated(CuratedFiles.read(json).file(), Map.of());
		var fromCsv = this.ingestion.importCurated(CuratedFiles.read(csv).file(), Map.of());
		assertThat(fromJson.factsCreated()).isOne();
		assertThat(fromJson.entitiesCreated()).isOne();
		assertThat(fromCsv.factsCreated()).isOne();
		assertThat(this.ingestion.importCurated(CuratedFiles.read(csv).file(), Map.of()).factsCreated()).isZero();
		assertThat(count("""
				MATCH (:City {id: 'city-ningbo'})<-[:ABOUT]-(r:Ranking {id: 'imp-csv-1'})-[:SOURCED_FROM]->(s:Source)
				WHERE s.verbatim AND s.quote = '寧波第13位'
				RETURN count(r)""", Map.of())).isOne();
		var bad = dir.resolve("bad.csv");
		Files.writeString(bad, "id,type,colour,doc,quote\nimp-bad,METRIC,red,zjkjt-2023-04-20,x\n");
		assertThatExceptionOfType(IngestRefused.class).isThrownBy(() -> CuratedFiles.read(bad))
			.withMessageContaining("unknown: [colour]");
	}

	@Test
	void ingestionAndImportEachRaiseTheGraphsVersion(@TempDir Path dir) throws Exception {
		var before = this.store.version();
		assertThat(before).isNotNull();
		this.ingestion.ingest(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var ingested = this.store.version();
		assertThat(ingested).isNotEqualTo(before);
		var csv = dir.resolve("curated.csv");
		Files.writeString(csv, """
				id,type,subject,rank,list,edition,doc,quote
				imp-version-1,RANKING,city-ningbo,13,国家高新区综合评价,2022,zjkjt-2023-04-20,寧波第13位
				""");
		this.ingestion.importCurated(CuratedFiles.read(csv).file(), Map.of());
		assertThat(this.store.version()).isNotEqualTo(ingested);
		// Same store, so the same store id: only the count moved on.
		assertThat(this.store.version()).startsWith(before.substring(0, before.indexOf('/') + 1));
	}

	static final String ARTICLE = """
			某省科技厅发布2023年工作总结
			来源：某省科技厅
			2023年，全省新增高新技术企业1200家，技术合同成交额同比增长15%，省级重点实验室达到86个。
			""";

	@Test
	void oneArticleInAnotherEncodingOrChromeIsOneDocument() {
		var first = this.ingestion.ingest(ARTICLE.getBytes(StandardCharsets.UTF_8));
		assertThat(first.documentCreated()).isTrue();
		var gb18030 = this.ingestion.ingest(ARTICLE.getBytes(java.nio.charset.Charset.forName("GB18030")));
		var chrome = this.ingestion
			.ingest(("首页 | 新闻 | 政务 | 服务\n" + ARTICLE + "责任编辑：王某\n").getBytes(StandardCharsets.UTF_8));
		for (var again : List.of(gb18030, chrome)) {
			assertThat(again.documentId()).isEqualTo(first.documentId());
			assertThat(again.documentCreated()).isFalse();
			assertThat(again.factsCreated()).isZero();
			assertThat(again.factsPresent()).isEqualTo(first.facts());
		}
		assertThat(count("MATCH (d:Document) WHERE d.id STARTS WITH 'doc-' RETURN count(d)", Map.of())).isOne();
		assertThat(count("MATCH (d:Document {id: $id}) WHERE d.contentKey IS NOT NULL RETURN count(d)",
				Map.of("id", first.documentId())))
			.isOne();
	}

	@Test
	void aFactWithoutAKnownSubjectIsLoadedForReviewNotDropped() {
		var proposal = this.ingestion.propose(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var orphan = proposal.facts().getFirst().about(null, null, null);
		var unknown = proposal.facts().get(1).about("prov-nowhere", null, null);
		var edited = new Proposal(proposal.document(), proposal.entities(),
				List.of(orphan, unknown, proposal.facts().get(2)), proposal.warnings());
		var result = this.ingestion.load(ProposalJson.read(ProposalJson.write(edited)));
		assertThat(result.facts()).isEqualTo(3);
		assertThat(result.factsCreated()).isEqualTo(3);
		assertThat(ingestedFactsOf(result.documentId())).as("every fact the proposal holds is written").isEqualTo(3);
		assertThat(result.warnings()).filteredOn(w -> w.contains("for review")).hasSize(2);
		assertThat(count("""
				MATCH (f:Fact)-[:ABOUT]->(e:Entity) WHERE f.id IN $ids AND f.note STARTS WITH 'needs review'
				RETURN count(DISTINCT e)""", Map.of("ids", List.of(orphan.id(), unknown.id()))))
			.as("both wait for review on the entity that stands for the document")
			.isOne();
	}

	@Test
	void aReviewedProposalThatMovesAFactLeavesItUnderItsNewSubjectOnly() {
		var proposal = this.ingestion.propose(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var fact = proposal.facts().getFirst();
		this.ingestion.load(proposal);
		var moved = fact.about("city-ningbo", null, null);
		var entities = new java.util.ArrayList<>(proposal.entities());
		entities.add(new Proposal.ProposedEntity("city-ningbo", "City", "宁波市", null, true, null, null, null));
		var edited = new Proposal(proposal.document(), entities, List.of(moved), proposal.warnings());
		this.ingestion.load(ProposalJson.read(ProposalJson.write(edited)));
		assertThat(this.store.read("""
				MATCH (f:Fact {id: $id})-[:ABOUT]->(e:Entity) RETURN e.id AS id""", Map.of("id", fact.id()),
				r -> r.get("id").asString()))
			.containsExactly("city-ningbo");
	}

	@Test
	void aFactAReviewedProposalDropsIsRemovedWithTheSourcesOnlyItCited() {
		var proposal = this.ingestion.propose(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var first = this.ingestion.load(proposal);
		assertThat(ingestedFactsOf(first.documentId())).isEqualTo(3);
		var dropped = proposal.facts().get(2);
		var edited = new Proposal(proposal.document(), proposal.entities(), proposal.facts().subList(0, 2),
				proposal.warnings());
		this.ingestion.load(ProposalJson.read(ProposalJson.write(edited)));
		assertThat(count("MATCH (f:Fact {id: $id}) RETURN count(f)", Map.of("id", dropped.id()))).isZero();
		assertThat(ingestedFactsOf(first.documentId())).isEqualTo(2);
		assertThat(count("""
				MATCH (:Document {id: $id})<-[:IN]-(s:Source {quote: $quote}) RETURN count(s)""",
				Map.of("id", first.documentId(), "quote", dropped.quote())))
			.as("a quote only the dropped fact cited")
			.isZero();
	}

	@Test
	void aFactRestatedAsAnotherKindWithAnotherQuoteKeepsNothingOfItsOldForm() {
		var proposal = this.ingestion.propose(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var metric = proposal.facts().getFirst();
		this.ingestion.load(new Proposal(proposal.document(), proposal.entities(), List.of(metric), List.of()));
		var other = proposal.facts().get(2);
		var entities = new ArrayList<>(proposal.entities());
		entities.add(new Proposal.ProposedEntity("city-ningbo", "City", "宁波市", null, true, null, null, null));
		var relation = ProposedFact.relation(metric.id(), "test", 1.0, other.quote(), other.start(), other.end(),
				metric.subject(), "LOCATED_IN", "city-ningbo", "位于", null);
		this.ingestion.load(new Proposal(proposal.document(), entities, List.of(relation), List.of()));
		assertThat(this.store.read("""
				MATCH (f:Fact {id: $id})
				RETURN [l IN labels(f) WHERE l IN ['Metric', 'Ranking', 'Designation', 'Relation']] AS kinds,
				       COLLECT { MATCH (f)-[l]->(e:Entity) RETURN type(l) + ' ' + e.id AS link ORDER BY link } AS links,
				       COLLECT { MATCH (f)-[:SOURCED_FROM]->(s) RETURN s.quote } AS quotes""",
				Map.of("id", metric.id()),
				r -> r.get("kinds").asList() + " " + r.get("links").asList() + " " + r.get("quotes").asList()))
			.containsExactly("[Relation] [FROM %s, TO city-ningbo] [%s]".formatted(metric.subject(), other.quote()));
	}

	@Test
	void loadingAnIdenticalArticleAgainWritesNoMoreFacts() throws Exception {
		for (var article : List.of("simplified-clean.txt", "traditional-scraped.txt")) {
			var bytes = Files.readAllBytes(GeneralisationTests.ARTICLES.resolve(article));
			var first = this.ingestion.ingest(bytes);
			var nodes = count("MATCH (n) RETURN count(n)", Map.of());
			for (int again = 0; again < 2; again++) {
				var next = this.ingestion.ingest(bytes);
				assertThat(next.factsCreated()).as(article).isZero();
				assertThat(next.facts()).as(article).isEqualTo(first.facts());
				assertThat(count("MATCH (n) RETURN count(n)", Map.of())).as(article).isEqualTo(nodes);
			}
			assertThat(ingestedFactsOf(first.documentId())).as(article).isEqualTo(first.facts());
		}
	}

	@Test
	void aRelationRestatedBetweenOtherEntitiesLeavesNothingOfItsOldForm() {
		var proposal = this.ingestion.propose(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var quoted = proposal.facts().getFirst();
		var entities = new java.util.ArrayList<>(proposal.entities());
		entities.add(new Proposal.ProposedEntity("lab-xihu", "Laboratory", "西湖实验室", null, true, null, null, null));
		entities.add(new Proposal.ProposedEntity("city-hangzhou", "City", "杭州市", null, true, null, null, null));
		entities.add(new Proposal.ProposedEntity("city-ningbo", "City", "宁波市", null, true, null, null, null));
		for (var to : List.of("city-hangzhou", "city-ningbo")) {
			var relation = ProposedFact.relation("rel-moved-test", "test", 1.0, quoted.quote(), quoted.start(),
					quoted.end(), "lab-xihu", "LOCATED_IN", to, "位于", null);
			this.ingestion.load(new Proposal(proposal.document(), entities, List.of(relation), proposal.warnings()));
		}
		assertThat(this.store.read("""
				MATCH (a)-[r:LOCATED_IN]->(b) WHERE r.factId = 'rel-moved-test' RETURN a.id + '>' + b.id AS link""",
				Map.of(), r -> r.get("link").asString()))
			.containsExactly("lab-xihu>city-ningbo");
		assertThat(this.store
			.read("""
					MATCH (:Fact {id: 'rel-moved-test'})-[l:FROM|TO]->(e) RETURN type(l) + ' ' + e.id AS link ORDER BY link""",
					Map.of(), r -> r.get("link").asString()))
			.containsExactly("FROM lab-xihu", "TO city-ningbo");
	}

	@Test
	void aFactStatedTwiceIsOneFactWithTwoSources() {
		var proposal = this.ingestion.propose(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var fact = proposal.facts().getFirst();
		int again = proposal.document().text().indexOf("省级重点实验室");
		var twice = fact.alsoAt(new Proposal.Place("省级重点实验室", again, again + "省级重点实验室".length()));
		var result = this.ingestion
			.load(new Proposal(proposal.document(), proposal.entities(), List.of(twice), proposal.warnings()));
		assertThat(result.facts()).isOne();
		assertThat(
				count("MATCH (f:Fact {id: $id})-[:SOURCED_FROM]->(s:Source) RETURN count(s)", Map.of("id", fact.id())))
			.isEqualTo(2);
	}

	@Test
	void aReviewedProposalRoundTripsThroughJsonWithoutLoss() {
		var proposal = this.ingestion.propose(ARTICLE.getBytes(StandardCharsets.UTF_8));
		var facts = new ArrayList<>(proposal.facts());
		int again = proposal.document().text().indexOf("省级重点实验室");
		// What a reviewer adds: a second place, a note, a fact moved to another subject.
		facts.set(0, facts.get(0).alsoAt(new Proposal.Place("省级重点实验室", again, again + 7)));
		facts.set(1, facts.get(1).about(null, null, "the text does not say whose"));
		var reviewed = new Proposal(proposal.document(), proposal.entities(), facts,
				List.of("reviewed by hand", "第二条"));
		assertThat(ProposalJson.read(ProposalJson.write(reviewed))).isEqualTo(reviewed);
	}

	@Test
	void theReportGroupsFactsBySubjectAndSentenceWithTheirContext() {
		var text = """
				某省科技厅发布2023年工作总结
				来源：某省科技厅
				2023年，全省新增高新技术企业1200家，技术合同成交额同比增长15%。全省省级重点实验室达到86个。
				""";
		var proposal = this.ingestion.propose(text.getBytes(StandardCharsets.UTF_8));
		var facts = new ArrayList<>(proposal.facts());
		facts.set(2, facts.get(2).about(null, null, "the text does not say whose"));
		var report = ProposalReport
			.of(new Proposal(proposal.document(), proposal.entities(), facts, proposal.warnings()));
		assertThat(report).contains("Facts: 3, 3 NEW, 0 PRESENT")
			.contains("Needs review: 1 facts")
			.contains("needs review: the text does not say whose")
			.contains("【");
		// One heading for the two facts of the first sentence, stated once.
		assertThat(report.lines().filter(l -> l.startsWith("  ¶ 2023年，全省新增高新技术企业1200家"))).hasSize(1);
		assertThat(report.lines().filter(l -> l.startsWith("    NEW "))).hasSize(3);
	}

	@Test
	void placesTheSeedDoesNotKnowLinkToTheRealDivisions() {
		var proposal = this.ingestion.propose("""
				合肥市科技局发布2023年工作总结
				2023年，合肥市高新技术企业达到8000家。临安区新增省级重点实验室3个。吉林新增高新技术企业2000家。
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(proposal.facts()).extracting(ProposedFact::subject)
			.as("合肥市, 临安区, and 吉林 as the province rather than the city")
			.containsExactly("city-340100", "county-330112", "prov-220000");
		assertThat(proposal.entities()).filteredOn(e -> e.id().equals("county-330112"))
			.singleElement()
			.satisfies(e -> assertThat(e.existing()).isTrue());
	}

	@Test
	void aNationalZoneOfTheReferenceListLinksToItsEntity() {
		var proposal = this.ingestion.propose("""
				湖南省高新区评价报告发布
				2020年，长沙高新区实现技工贸总收入3500亿元。株洲高新技术产业开发区新增高新技术企业120家。
				""".getBytes(StandardCharsets.UTF_8));
		var zones = this.store.read("""
				MATCH (z:HighTechZone) WHERE z.name IN ['长沙高新技术产业开发区', '株洲高新技术产业开发区']
				RETURN z.id AS id ORDER BY z.name DESC""", Map.of(), r -> r.get("id").asString());
		assertThat(zones).hasSize(2);
		assertThat(proposal.facts()).extracting(ProposedFact::subject).containsExactlyElementsOf(zones);
		assertThat(proposal.entities()).filteredOn(e -> zones.contains(e.id()))
			.hasSize(2)
			.allSatisfy(e -> assertThat(e.existing()).isTrue());
	}

	@Test
	void aDesignationStatedAsAGoalLoadsAsATarget() {
		var proposal = this.ingestion.propose("""
				宁波市科技创新三年行动计划发布
				到2025年，力争宁波市获批建设国家科技成果转移转化示范区。2023年，温州市入选国家知识产权强市建设试点城市。
				""".getBytes(StandardCharsets.UTF_8));
		var designations = proposal.facts().stream().filter(f -> f.type().equals("DESIGNATION")).toList();
		assertThat(designations).extracting(ProposedFact::status).containsExactly("TARGET", "ACHIEVED");
		this.ingestion.load(proposal);
		var stored = this.store.read("""
				UNWIND $ids AS id MATCH (d:Designation {id: id}) RETURN d.status AS status""",
				Map.of("ids", designations.stream().map(ProposedFact::id).toList()), r -> r.get("status").asString());
		assertThat(stored).containsExactly("TARGET", "ACHIEVED");
	}

	@Test
	void aNationalZoneWrittenWithItsLevelLinksToo() {
		var proposal = this.ingestion.propose("""
				深圳高新区发展规划发布
				2022年，深圳国家高新区新增国家高新技术企业500家。
				""".getBytes(StandardCharsets.UTF_8));
		var shenzhen = this.store.read("MATCH (z:HighTechZone) WHERE '深圳高新区' IN z.aliases RETURN z.id AS id", Map.of(),
				r -> r.get("id").asString());
		assertThat(proposal.facts()).extracting(ProposedFact::subject).containsExactlyElementsOf(shenzhen);
	}

	@Test
	void aZoneTheGraphLacksLoadsWithTheLevelItsNameStatesAndNoneIsGuessed() {
		var proposal = this.ingestion.propose("""
				某某高新区工作会议召开
				2022年，某某高新区新增高新技术企业120家。2022年，某某国家高新区新增科技型中小企业80家。
				""".getBytes(StandardCharsets.UTF_8));
		var result = this.ingestion.load(proposal);
		assertThat(result.factsCreated()).isEqualTo(proposal.facts().size());
		var zones = this.store.read("""
				MATCH (z:Entity) WHERE z.name IN ['某某高新区', '某某国家高新区']
				RETURN z.name + ' ' + head([l IN labels(z) WHERE l IN ['HighTechZone', 'InnovationZone']])
				       + ' ' + coalesce(z.level, '-') AS zone""", Map.of(), r -> r.get("zone").asString());
		assertThat(zones).containsExactlyInAnyOrder("某某高新区 InnovationZone -", "某某国家高新区 HighTechZone NATIONAL");
	}

	@Test
	void readingAnArticleAgainProposesWhatItDidTheFirstTime() {
		var text = """
				某某高新区工作会议召开
				2022年，某某高新区新增高新技术企业120家，在全省开发区综合考评中位列第一。纳斯科创园已集聚小微科技企业188家。
				""".getBytes(StandardCharsets.UTF_8);
		var first = this.ingestion.propose(text);
		this.ingestion.load(first);
		var again = this.ingestion.propose(text);
		assertThat(again.facts()).extracting(ProposedFact::id)
			.containsExactlyElementsOf(first.facts().stream().map(ProposedFact::id).toList());
		assertThat(again.facts()).extracting(ProposedFact::loadStatus).containsOnly("PRESENT");
		assertThat(again.entities()).as("its candidates, written by the first load").allMatch(e -> e.existing());
		assertThat(this.ingestion.load(again).factsCreated()).isZero();
	}

}
