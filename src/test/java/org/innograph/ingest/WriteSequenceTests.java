package org.innograph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.innograph.EmbeddedServiceTest;
import org.innograph.entity.Entities;
import org.innograph.entity.Vocabulary;
import org.innograph.ingest.Proposal.Place;
import org.innograph.ingest.Proposal.ProposedDocument;
import org.innograph.ingest.Proposal.ProposedEntity;
import org.innograph.ingest.Proposal.ProposedFact;
import org.innograph.names.NameForms;
import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of writes against the real embedded store, checked after every step
 * against a model the test keeps: upserts of entities over HTTP that give some name forms
 * and leave out others, reviewed loads of two documents whose facts move between
 * subjects, change type and sources, or are dropped, and reloads of the last proposal.
 * After each step every name form an entity holds resolves to it and no other key does,
 * every fact has exactly one subject (or one pair of ends and one shortcut), its one kind
 * and exactly its sources, and the counts by subject match the model. A reload changes no
 * count at all. The seeds are fixed, so a failure names the sequence that repeats it
 * ({@code -Dinnograph.writes.seed=N -Dinnograph.writes.sequences=1}).
 */
@EmbeddedServiceTest
class WriteSequenceTests {

	static final int SEQUENCES = Integer.getInteger("innograph.writes.sequences", 1000);

	static final long FIRST_SEED = Long.getLong("innograph.writes.seed", 20261204L);

	/** The document upserts cite: the seed article, with a quote it holds. */
	static final String CITED = "zjkjt-2023-04-20";

	static final String CITED_QUOTE = "長興、新昌等5個縣(市)";

	static final List<String> DOCUMENTS = List.of("doc-writes-a", "doc-writes-b");

	static final Map<String, String> TEXTS = Map.of("doc-writes-a", """
			写测甲市科技局发布工作总结
			写测甲市新增高新技术企业120家。写测乙市研发投入增长12%。写测候选一发布评价报告。
			写测实验室位于写测甲市。写测丙区获批国家级示范区。写测乙市排名第3位。专利授权2000件。
			""", "doc-writes-b", """
			写测乙市科技局发布年度报告
			写测乙市技术合同成交额达到80亿元。写测候选二入选重点名单。写测甲市排名第7位。
			写测丙区新增省级重点实验室5个。写测实验室落户写测乙市。人才总量增长8%。
			""");

	/** Entities the upserts write, with their kinds; candidates come from loads. */
	static final Map<String, String> UPSERTED = new LinkedHashMap<>(
			Map.of("pt-city-a", "City", "pt-city-b", "City", "pt-county-c", "County", "pt-lab-d", "Laboratory"));

	/** Candidates a proposal may add: id, kind, name as the text has it. */
	static final Map<String, String> CANDIDATES = Map.of("pt-cand-1", "写测候选一", "pt-cand-2", "写测候选二");

	static final List<String> ZH_HANS = List.of("写测甲市", "写测乙市", "写测丙区", "写测实验室", "写测丁县");

	static final List<String> ZH_HANT = List.of("寫測甲市", "寫測乙市", "寫測丙區", "寫測實驗室");

	static final List<String> EN = List.of("Alpha Test City", "Beta Test", "Gamma Test District", "Test Lab");

	static final List<String> PINYIN = List.of("Xiě Cè Jiǎ Shì", "Xie Ce Yi", "Xiěcè Bǐng Qū");

	static final List<String> ALIASES = List.of("写测甲", "WT Alpha", "写测别名", "寫測乙");

	@Autowired
	Ingestion ingestion;

	@Autowired
	GraphStore store;

	@Autowired
	Entities entities;

	@LocalServerPort
	int port;

	@AfterEach
	void removeTestData() {
		removeWrites(this.store);
	}

	@Test
	void randomSequencesOfUpsertsLoadsAndReloadsKeepTheGraphTrue() {
		var editor = HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Authorization", "Bearer test-editor-key")
			.build();
		var started = System.nanoTime();
		int steps = 0;
		for (int sequence = 0; sequence < SEQUENCES; sequence++) {
			long seed = FIRST_SEED + sequence;
			var run = new Sequence(new Random(seed), editor);
			try {
				steps += run.play();
			}
			catch (AssertionError | RuntimeException ex) {
				throw new AssertionError("sequence with seed %d failed after: %s".formatted(seed, run.log), ex);
			}
			removeWrites(this.store);
		}
		System.out.printf("WriteSequenceTests: %d sequences, %d steps, %.1f s%n", SEQUENCES, steps,
				(System.nanoTime() - started) / 1e9);
	}

	/** What the test expects of one entity. */
	record Names(String kind, String zhHans, @Nullable String zhHant, @Nullable String en, @Nullable String pinyin,
			List<String> aliases) {

		List<@Nullable String> forms() {
			var forms = new ArrayList<@Nullable String>(List.of(this.zhHans));
			forms.add(this.zhHant);
			forms.add(this.en);
			forms.add(this.pinyin);
			forms.addAll(this.aliases);
			return forms;
		}

		Set<String> keys() {
			return NameForms.keys(forms(), Vocabulary.ADMINISTRATIVE.contains(this.kind));
		}

	}

	/** What the test expects of one fact: its kind, its ends and its quotes. */
	record Expected(String label, @Nullable String subject, @Nullable String from, @Nullable String to,
			Set<String> quotes) {

		/** The shortcut a relation has between its ends, with its fact's id. */
		static @Nullable String shortcut(ProposedFact f) {
			return "RELATION".equals(f.type()) ? f.id() + " " + f.relation() + " " + f.from() + ">" + f.to() : null;
		}

		static Expected of(ProposedFact f) {
			var quotes = new TreeSet<String>();
			f.places().forEach(p -> quotes.add(p.quote()));
			return switch (f.type()) {
				case "METRIC" -> new Expected("Metric", f.subject(), null, null, quotes);
				case "RANKING" -> new Expected("Ranking", f.subject(), null, null, quotes);
				case "DESIGNATION" -> new Expected("Designation", f.subject(), null, null, quotes);
				default -> new Expected("Relation", null, f.from(), f.to(), quotes);
			};
		}

	}

	/** One random sequence and the model it keeps. */
	final class Sequence {

		final Random random;

		final HttpSyncGraphQlClient editor;

		final List<String> log = new ArrayList<>();

		/** The entities the graph should hold, by id. */
		final Map<String, Names> model = new TreeMap<>();

		/** The last proposal loaded for each document. */
		final Map<String, Proposal> loaded = new HashMap<>();

		/** The sources entities cite in the test documents: document and quote. */
		final Set<String> entityQuotes = new HashSet<>();

		Sequence(Random random, HttpSyncGraphQlClient editor) {
			this.random = random;
			this.editor = editor;
		}

		int play() {
			int length = 3 + this.random.nextInt(5);
			for (int step = 0; step < length; step++) {
				int dice = this.random.nextInt(10);
				if (dice < 3) {
					upsert();
				}
				else if (dice < 8 || this.loaded.isEmpty()) {
					load(DOCUMENTS.get(this.random.nextInt(DOCUMENTS.size())));
				}
				else {
					reload();
				}
				check();
			}
			return length;
		}

		<T> T pick(List<T> items) {
			return items.get(this.random.nextInt(items.size()));
		}

		@Nullable String maybe(List<String> items) {
			return this.random.nextBoolean() ? null : pick(items);
		}

		void upsert() {
			var id = pick(List.copyOf(UPSERTED.keySet()));
			var kind = UPSERTED.get(id);
			var input = new HashMap<String, Object>();
			input.put("id", id);
			input.put("kind", kind);
			input.put("zhHans", pick(ZH_HANS));
			input.put("source", Map.of("documentId", CITED, "quote", CITED_QUOTE));
			var zhHant = maybe(ZH_HANT);
			var en = maybe(EN);
			var pinyin = maybe(PINYIN);
			List<String> aliases = this.random.nextBoolean() ? null
					: ALIASES.stream().filter(a -> this.random.nextInt(3) == 0).toList();
			putIfPresent(input, "zhHant", zhHant);
			putIfPresent(input, "en", en);
			putIfPresent(input, "pinyin", pinyin);
			putIfPresent(input, "aliases", aliases);
			this.log.add("upsert " + input);
			var response = this.editor.document("""
					mutation upsertEntity($input: UpsertEntityInput!) {
					  upsertEntity(input: $input) {
					    created
					    errors { field message }
					    entity { id kind name names { zhHant en aliases } sources { quote document { id } } }
					  }
					}
					""").variable("input", input).executeSync();
			assertThat(response.getErrors()).isEmpty();
			assertThat(response.field("upsertEntity.errors").toEntityList(Map.class)).isEmpty();
			// A form left out keeps the one the entity has.
			var held = this.model.get(id);
			this.model.put(id,
					new Names(kind, (String) input.get("zhHans"),
							(zhHant != null || held == null) ? zhHant : held.zhHant(),
							(en != null || held == null) ? en : held.en(),
							(pinyin != null || held == null) ? pinyin : held.pinyin(),
							(aliases != null) ? aliases : (held != null) ? held.aliases() : List.of()));
		}

		void load(String documentId) {
			var text = TEXTS.get(documentId);
			var sentences = sentences(text);
			var entities = new ArrayList<ProposedEntity>();
			var subjects = new ArrayList<String>();
			this.model.forEach((id, names) -> {
				entities.add(new ProposedEntity(id, names.kind(), names.zhHans(), null, true, null, null, null));
				subjects.add(id);
			});
			CANDIDATES.forEach((id, name) -> {
				if (text.contains(name) && !this.model.containsKey(id) && this.random.nextBoolean()) {
					int start = text.indexOf(name);
					entities.add(new ProposedEntity(id, "Organisation", name, null, false, name, start,
							start + name.length()));
					subjects.add(id);
				}
			});
			var facts = new ArrayList<ProposedFact>();
			if (!subjects.isEmpty()) {
				for (int i = 0; i < 6; i++) {
					if (this.random.nextInt(3) > 0) {
						facts.add(randomFact(documentId + "-" + i, text, sentences, subjects));
					}
				}
			}
			var document = new ProposedDocument(documentId, Sha256.hex(text.getBytes(StandardCharsets.UTF_8)),
					"写测" + documentId, null, null, "2026-12-04", "zh-Hans", "UTF-8", text, false, null);
			var proposal = new Proposal(document, entities, facts, List.of());
			this.log.add("load " + documentId + " " + facts.stream().map(WriteSequenceTests::describe).toList()
					+ " candidates " + entities.stream().filter(e -> !e.existing()).map(ProposedEntity::id).toList());
			var result = WriteSequenceTests.this.ingestion.load(proposal);
			assertThat(result.warnings()).isEmpty();
			assertThat(result.facts()).isEqualTo(facts.size());
			for (var e : entities) {
				if (!e.existing() && !this.model.containsKey(e.id())) {
					this.model.put(e.id(), new Names("Organisation", e.name(), null, null, null, List.of()));
					this.entityQuotes.add(documentId + " " + e.quote());
				}
			}
			this.loaded.put(documentId, proposal);
		}

		ProposedFact randomFact(String suffix, String text, List<String> sentences, List<String> subjects) {
			var id = "ptf-" + suffix;
			var quote = pick(sentences);
			int start = text.indexOf(quote);
			var subject = pick(subjects);
			var fact = switch (this.random.nextInt(4)) {
				case 0 -> ProposedFact.metric(id, "test", 0.9, quote, start, start + quote.length(), subject, "写测指标",
						this.random.nextInt(1000), null, "count", "若干", "EXACT", "2022", "ACHIEVED");
				case 1 -> ProposedFact.ranking(id, "test", 0.9, quote, start, start + quote.length(), subject,
						1 + this.random.nextInt(20), "写测排名", 2022);
				case 2 -> ProposedFact.designation(id, "test", 0.9, quote, start, start + quote.length(), subject,
						"写测称号", 2022, "ACHIEVED");
				default -> {
					var others = subjects.stream().filter(s -> !s.equals(subject)).toList();
					yield others.isEmpty()
							? ProposedFact.ranking(id, "test", 0.9, quote, start, start + quote.length(), subject, 1,
									"写测排名", 2022)
							: ProposedFact.relation(id, "test", 0.9, quote, start, start + quote.length(), subject,
									pick(List.of("LOCATED_IN", "PART_OF")), pick(others), "位于", null);
				}
			};
			if (this.random.nextInt(3) == 0) {
				var again = pick(sentences);
				int at = text.indexOf(again);
				fact = fact.alsoAt(new Place(again, at, at + again.length()));
			}
			return fact;
		}

		void reload() {
			var documentId = pick(List.copyOf(new TreeSet<>(this.loaded.keySet())));
			this.log.add("reload " + documentId);
			var before = totals();
			var result = WriteSequenceTests.this.ingestion.load(this.loaded.get(documentId));
			assertThat(result.factsCreated()).as("a reload creates no fact").isZero();
			assertThat(totals()).as("a reload changes nothing").isEqualTo(before);
		}

		Map<String, Long> totals() {
			return WriteSequenceTests.this.store
				.read("""
						MATCH (n) WITH count(n) AS nodes
						MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
						""", Map.of(),
						r -> Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("relationships").asLong()))
				.getFirst();
		}

		void check() {
			checkNames();
			checkFacts();
		}

		/**
		 * Every name the entity holds is the model's and resolves to it; its keys are
		 * exactly those of its names, so a name it dropped no longer finds it.
		 */
		void checkNames() {
			var rows = WriteSequenceTests.this.store.read("""
					MATCH (e:Entity) WHERE e.id STARTS WITH 'pt-'
					RETURN e.id AS id, e.kind AS kind, e.name AS zhHans, e.zhHant AS zhHant, e.en AS en,
					       e.pinyin AS pinyin, coalesce(e.aliases, []) AS aliases,
					       COLLECT { MATCH (e)-[:KNOWN_AS]->(k:NameKey) RETURN k.key } AS keys
					""", Map.of(), r -> Map.entry(r.get("id").asString(),
					Map.entry(new Names(r.get("kind").asString(), r.get("zhHans").asString(), text(r.get("zhHant")),
							text(r.get("en")), text(r.get("pinyin")), r.get("aliases").asList(v -> v.asString())),
							Set.copyOf(r.get("keys").asList(v -> v.asString())))));
			var stored = new TreeMap<String, Names>();
			rows.forEach(row -> {
				stored.put(row.getKey(), row.getValue().getKey());
				assertThat(row.getValue().getValue()).as("the name keys of %s", row.getKey())
					.isEqualTo(row.getValue().getKey().keys());
			});
			assertThat(stored).isEqualTo(this.model);
			// Through the reads the API uses: every form of one entity finds it.
			if (!this.model.isEmpty()) {
				var id = pick(List.copyOf(this.model.keySet()));
				for (var form : this.model.get(id).forms()) {
					if (form != null) {
						assertThat(WriteSequenceTests.this.entities.byName(form, null)).as("%s by %s", id, form)
							.anySatisfy(e -> assertThat(e.id()).isEqualTo(id));
					}
				}
			}
			assertThat(WriteSequenceTests.this.store.read("""
					MATCH (k:NameKey) WHERE k.key IN $keys AND NOT EXISTS { (k)<-[:KNOWN_AS]-() }
					RETURN count(k) AS n""", Map.of("keys", poolKeys()), r -> r.get("n").asLong()).getFirst())
				.as("name keys no entity is known by")
				.isZero();
		}

		/**
		 * Every fact is exactly the last proposal's: one kind, one subject or one pair of
		 * ends with one shortcut, exactly its sources; the counts by subject match, and
		 * no source of the documents is left uncited.
		 */
		void checkFacts() {
			var expected = new TreeMap<String, Expected>();
			this.loaded.values().forEach(p -> p.facts().forEach(f -> expected.put(f.id(), Expected.of(f))));
			var stored = new TreeMap<String, Expected>();
			WriteSequenceTests.this.store
				.read("""
						MATCH (f:Fact) WHERE f.id STARTS WITH 'ptf-'
						RETURN f.id AS id, [l IN labels(f) WHERE l IN ['Metric', 'Ranking', 'Designation', 'Relation']] AS kinds,
						       COLLECT { MATCH (f)-[:ABOUT]->(e) RETURN e.id } AS about,
						       COLLECT { MATCH (f)-[:FROM]->(e) RETURN e.id } AS from,
						       COLLECT { MATCH (f)-[:TO]->(e) RETURN e.id } AS to,
						       COLLECT { MATCH (f)-[:SOURCED_FROM]->(s) RETURN s.quote } AS quotes
						""",
						Map.of(), r -> r)
				.forEach(r -> {
					var id = r.get("id").asString();
					var kinds = r.get("kinds").asList(v -> v.asString());
					var about = r.get("about").asList(v -> v.asString());
					var from = r.get("from").asList(v -> v.asString());
					var to = r.get("to").asList(v -> v.asString());
					var relation = kinds.equals(List.of("Relation"));
					assertThat(kinds).as("the kinds of %s", id).hasSize(1);
					if (relation) {
						assertThat(about).as("%s is about nothing", id).isEmpty();
						assertThat(from).as("%s is from one entity", id).hasSize(1);
						assertThat(to).as("%s is to one entity", id).hasSize(1);
					}
					else {
						assertThat(about).as("%s has one subject", id).hasSize(1);
						assertThat(from).isEmpty();
						assertThat(to).isEmpty();
					}
					stored.put(id,
							new Expected(kinds.getFirst(), relation ? null : about.getFirst(),
									relation ? from.getFirst() : null, relation ? to.getFirst() : null,
									new TreeSet<>(r.get("quotes").asList(v -> v.asString()))));
				});
			assertThat(stored).isEqualTo(expected);
			// One shortcut per relation, of its type, between its ends; none for other
			// facts.
			var shortcuts = new TreeSet<String>();
			this.loaded.values().forEach(p -> p.facts().forEach(f -> {
				if (Expected.shortcut(f) != null) {
					shortcuts.add(Expected.shortcut(f));
				}
			}));
			assertThat(WriteSequenceTests.this.store.read("""
					MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH 'pt-' AND r.factId IS NOT NULL
					RETURN r.factId + ' ' + type(r) + ' ' + a.id + '>' + b.id AS shortcut
					""", Map.of(), r -> r.get("shortcut").asString())).containsExactlyInAnyOrderElementsOf(shortcuts);
			// Grouped by subject, as an analyst's group-by counts them.
			var bySubject = new TreeMap<String, Long>();
			expected.values()
				.forEach(f -> bySubject.merge((f.subject() != null) ? f.subject() : f.from(), 1L, Long::sum));
			var grouped = new TreeMap<String, Long>();
			WriteSequenceTests.this.store.read("""
					MATCH (f:Fact)-[:ABOUT|FROM]->(e:Entity) WHERE f.id STARTS WITH 'ptf-'
					RETURN e.id AS id, count(f) AS n
					""", Map.of(), r -> grouped.put(r.get("id").asString(), r.get("n").asLong()));
			assertThat(grouped).isEqualTo(bySubject);
			var quotes = new TreeSet<>(this.entityQuotes);
			this.loaded.forEach((documentId, proposal) -> proposal.facts()
				.forEach(f -> f.places().forEach(p -> quotes.add(documentId + " " + p.quote()))));
			var sources = new TreeSet<String>();
			WriteSequenceTests.this.store.read("""
					MATCH (d:Document)<-[:IN]-(s:Source) WHERE d.id IN $documents
					RETURN d.id + ' ' + s.quote AS source, EXISTS { (s)<-[:SOURCED_FROM]-() } AS cited
					""", Map.of("documents", DOCUMENTS), r -> {
				assertThat(r.get("cited").asBoolean()).as("%s is cited", r.get("source").asString()).isTrue();
				return sources.add(r.get("source").asString());
			});
			assertThat(sources).isEqualTo(quotes);
		}

	}

	static List<String> poolKeys() {
		var forms = new ArrayList<@Nullable String>();
		forms.addAll(ZH_HANS);
		forms.addAll(ZH_HANT);
		forms.addAll(EN);
		forms.addAll(PINYIN);
		forms.addAll(ALIASES);
		return List.copyOf(NameForms.keys(forms, true));
	}

	static List<String> sentences(String text) {
		var sentences = new ArrayList<String>();
		for (var line : text.strip().split("\n")) {
			for (var sentence : line.split("。")) {
				if (!sentence.isBlank()) {
					sentences.add(sentence.strip());
				}
			}
		}
		return sentences;
	}

	static String describe(ProposedFact f) {
		return f.id() + ":" + f.type() + ":" + ((f.subject() != null) ? f.subject() : f.from() + ">" + f.to()) + ":"
				+ f.places().stream().map(Place::quote).toList();
	}

	static @Nullable String text(org.neo4j.driver.Value value) {
		return value.isNull() ? null : value.asString();
	}

	static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	/** Removes what the sequences wrote, and nothing else. */
	static void removeWrites(GraphStore store) {
		store.write(tx -> {
			tx.run("MATCH (f:Fact) WHERE f.id STARTS WITH 'ptf-' DETACH DELETE f").consume();
			tx.run("MATCH (e:Entity) WHERE e.id STARTS WITH 'pt-' DETACH DELETE e").consume();
			tx.run("""
					MATCH (d:Document) WHERE d.id IN $documents
					OPTIONAL MATCH (d)<-[:IN]-(s:Source)
					DETACH DELETE s, d""", Map.of("documents", DOCUMENTS)).consume();
			tx.run("MATCH (k:NameKey) WHERE k.key IN $keys AND NOT EXISTS { (k)<-[:KNOWN_AS]-() } DELETE k",
					Map.of("keys", poolKeys()))
				.consume();
			return null;
		});
	}

}
