package org.innograph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.innograph.ingest.Gazetteer.Known;
import org.innograph.ingest.IngestRefused.Problem;
import org.innograph.ingest.Proposal.ProposedDocument;
import org.innograph.ingest.Proposal.ProposedEntity;
import org.innograph.ingest.Proposal.ProposedFact;
import org.innograph.seed.SeedException;
import org.innograph.seed.SeedFile;
import org.innograph.seed.SeedFile.DocumentEntry;
import org.innograph.seed.SeedFile.EntityEntry;
import org.innograph.seed.SeedFile.FactEntry;
import org.innograph.seed.SeedFile.SourceEntry;
import org.innograph.seed.SeedGraph;
import org.innograph.seed.SeedGraph.Existing;
import org.innograph.seed.SeedGraph.HeldText;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Service;

/**
 * Ingestion against the graph: the dictionary comes from the graph's entities, a dry run
 * marks what is already there, and a load writes a proposal in one transaction of
 * {@code MERGE}s keyed by the document's content hash and by stable fact ids. A load
 * completes or leaves the graph as it was; loading the same document again, or twice at
 * once, leaves one copy. A proposal is the whole of its document's facts: a fact an
 * earlier load wrote and the proposal no longer holds is removed in the same transaction.
 */
@Service
class Ingestion {

	private final GraphStore store;

	private final IngestRules rules;

	private final ArticlePipeline pipeline;

	Ingestion(GraphStore store, IngestProperties properties) {
		this.store = store;
		this.rules = IngestRules.load();
		this.pipeline = new ArticlePipeline(this.rules, properties.maxBytes());
	}

	/** The dictionary of every Chinese name form of the graph's entities. */
	Gazetteer gazetteer() {
		return dictionary(entries(), null);
	}

	/**
	 * An entity of the graph as the dictionary reads it, with the note saying who
	 * proposed it.
	 */
	private record Entry(Known known, String note) {
	}

	private List<Entry> entries() {
		return this.store.read(
				"""
						MATCH (e:Entity)
						RETURN e.id AS id, e.kind AS kind, e.name AS name, e.zhHant AS zhHant, coalesce(e.aliases, []) AS aliases,
						       coalesce(e.note, '') AS note
						""",
				Map.of(),
				r -> new Entry(new Known(r.get("id").asString(), r.get("kind").asString(), r.get("name").asString(),
						r.get("zhHant").isNull() ? null : r.get("zhHant").asString(),
						r.get("aliases").asList(v -> v.asString())), r.get("note").asString()));
	}

	/**
	 * The dictionary of the graph, or of the graph as it was before a document: without
	 * the entities that its own ingestion proposed, so that reading it again proposes
	 * what it did the first time (they come back as the same candidates, already
	 * written).
	 */
	private Gazetteer dictionary(List<Entry> entries, @Nullable String withoutDocument) {
		var note = (withoutDocument == null) ? null : proposedBy(withoutDocument);
		return new Gazetteer(entries.stream().filter(e -> !e.note().equals(note)).map(Entry::known).toList(),
				this.rules.places().known());
	}

	/** A dry run: the proposal, with what the graph already holds marked. */
	Proposal propose(byte[] bytes) {
		return propose(bytes, null);
	}

	/**
	 * A dry run, with the date the page was published when the caller knows it. The same
	 * article in another encoding or with other page chrome is the document the graph
	 * has: its facts are proposed against the text the graph holds, so that their quotes
	 * and offsets are that text's.
	 */
	Proposal propose(byte[] bytes, @Nullable String pageDate) {
		var entries = entries();
		var gazetteer = dictionary(entries, null);
		var proposal = this.pipeline.propose(bytes, gazetteer, pageDate);
		var stored = this.store.read(FIND_DOCUMENT,
				Map.of("key", proposal.document().key(), "sha256", proposal.document().sha256()),
				r -> List.of(r.get("id").asString(), r.get("text").asString("")));
		if (!stored.isEmpty()) {
			var before = dictionary(entries, stored.getFirst().get(0));
			var storedText = stored.getFirst().get(1);
			var text = (storedText.isEmpty()) ? bytes : storedText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			var again = this.pipeline.propose(text, before,
					(pageDate != null) ? pageDate : proposal.document().publishedAt());
			var d = again.document();
			proposal = new Proposal(new ProposedDocument(d.id(), proposal.document().sha256(), d.title(),
					d.titleZhHans(), d.publisher(), d.publishedAt(), d.language(), proposal.document().charset(),
					d.text(), true, d.contentKey()), again.entities(), again.facts(), again.warnings());
		}
		var ids = proposal.facts().stream().map(ProposedFact::id).toList();
		var state = this.store
			.read("""
					OPTIONAL MATCH (d:Document) WHERE d.contentKey = $key OR d.sha256 = $sha256
					WITH d LIMIT 1
					OPTIONAL MATCH (f:Fact) WHERE f.id IN $ids
					RETURN d.id AS documentId, collect(f.id) AS present
					""", Map.of("key", proposal.document().key(), "sha256", proposal.document().sha256(), "ids", ids),
					r -> r)
			.getFirst();
		var present = new HashSet<>(state.get("present").asList(v -> v.asString()));
		var facts = proposal.facts()
			.stream()
			.map(f -> f.withLoadStatus(present.contains(f.id()) ? "PRESENT" : "NEW"))
			.toList();
		var d = proposal.document();
		var document = state.get("documentId").isNull() ? d
				: new ProposedDocument(state.get("documentId").asString(), d.sha256(), d.title(), d.titleZhHans(),
						d.publisher(), d.publishedAt(), d.language(), d.charset(), d.text(), true, d.key());
		// A candidate an earlier load of this article wrote is in the graph now: not NEW.
		var candidates = proposal.entities().stream().filter(e -> !e.existing()).map(ProposedEntity::id).toList();
		var written = new HashSet<>(this.store.read("MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id",
				Map.of("ids", candidates), r -> r.get("id").asString()));
		var entities = proposal.entities()
			.stream()
			.map(e -> (e.existing() || !written.contains(e.id())) ? e
					: new ProposedEntity(e.id(), e.kind(), e.name(), e.zhHant(), true, e.quote(), e.start(), e.end()))
			.toList();
		return new Proposal(document, entities, facts, proposal.warnings());
	}

	private static final String FIND_DOCUMENT = """
			MATCH (d:Document) WHERE d.contentKey = $key OR d.sha256 = $sha256
			RETURN d.id AS id, d.text AS text LIMIT 1
			""";

	/** Reads, proposes and loads in one go. */
	LoadResult ingest(byte[] bytes) {
		return load(propose(bytes));
	}

	/**
	 * Loads a proposal, as a dry run produced it or as a person edited it. A fact without
	 * a known subject is attached to the entity that stands for the document, with a
	 * warning; anything else wrong refuses the whole proposal. A fact of an earlier load
	 * of the document that the proposal drops is removed.
	 */
	LoadResult load(Proposal proposal) {
		return load(proposal, false);
	}

	/**
	 * Loads a proposal; a batch load (the command line) is not bound by the requests'
	 * time limit, since a long article on a cold store may take longer.
	 */
	LoadResult load(Proposal proposal, boolean batch) {
		var d = proposal.document();
		if (d.sha256() == null || !d.sha256().matches("[0-9a-f]{64}") || d.text() == null || d.text().isBlank()) {
			throw new IngestRefused(Problem.BAD_PROPOSAL,
					"The proposal's document needs its sha256 (64 hex digits) and its text");
		}
		Function<TransactionContext, LoadResult> work = tx -> {
			var state = tx.run("""
					OPTIONAL MATCH (d:Document) WHERE d.contentKey = $key OR d.sha256 = $sha256
					WITH d LIMIT 1
					OPTIONAL MATCH (e:Entity) WHERE e.id IN $entityIds
					WITH d, collect(e.id) AS entities
					OPTIONAL MATCH (f:Fact) WHERE f.id IN $factIds
					RETURN d.id AS documentId, coalesce(d.text, '') AS text, entities, collect(f.id) AS facts
					""",
					Map.of("key", d.key(), "sha256", d.sha256(), "entityIds",
							proposal.entities().stream().map(Proposal.ProposedEntity::id).toList(), "factIds",
							proposal.facts().stream().map(ProposedFact::id).toList()))
				.single();
			var existingDocument = state.get("documentId").isNull() ? null : state.get("documentId").asString();
			var existingEntities = Set.copyOf(state.get("entities").asList(v -> v.asString()));
			var presentFacts = Set.copyOf(state.get("facts").asList(v -> v.asString()));
			var documentId = (existingDocument != null) ? existingDocument : d.id();
			var warnings = new ArrayList<>(proposal.warnings());
			var file = toSeedFile(proposal, documentId, existingDocument == null, existingEntities, warnings);
			var texts = Map.of("ingest:" + d.sha256(), new HeldText(d.text(), d.sha256()));
			var existing = new Existing(existingEntities,
					(existingDocument == null) ? Map.of() : Map.of(existingDocument, state.get("text").asString()));
			var graph = build(file.file(), texts, existing);
			// Facts an earlier version loaded without marking them are this document's
			// too.
			tx.run("""
					MATCH (:Document {id: $id})<-[:IN]-(:Source)<-[:SOURCED_FROM]-(f:Fact)
					WHERE f.loadedBy IS NULL AND f.id STARTS WITH 'ing-'
					SET f.loadedBy = $loadedBy
					""", Map.of("id", documentId, "loadedBy", loadedBy(documentId))).consume();
			graph.write(tx, loadedBy(documentId));
			tx.run("MATCH (d:Document {id: $id}) SET d.contentKey = coalesce(d.contentKey, $key)",
					Map.of("id", documentId, "key", d.key()))
				.consume();
			int created = (int) file.factIds().stream().filter(id -> !presentFacts.contains(id)).count();
			int newEntities = (int) file.file()
				.entities()
				.stream()
				.filter(e -> !existingEntities.contains(e.id()))
				.count();
			return new LoadResult(documentId, existingDocument == null, file.factIds().size(), created,
					file.factIds().size() - created, newEntities, List.copyOf(warnings));
		};
		return batch ? this.store.writeForMaintenance(work) : this.store.write(work);
	}

	/**
	 * Loads curated facts in the seed's format (documents, entities and facts; a bulk
	 * import from JSON or CSV) in one transaction, as a batch without the requests' time
	 * limit; they may refer to entities and documents the graph already has.
	 */
	LoadResult importCurated(SeedFile file, Map<String, HeldText> texts) {
		var entityIds = new ArrayList<String>();
		var documentIds = new ArrayList<String>();
		for (var f : file.facts()) {
			addAll(entityIds, f.subject(), f.holder(), f.from(), f.to(), f.awardId(), f.grantorId());
			if (f.sources() != null) {
				f.sources().forEach(s -> documentIds.add(s.doc()));
			}
		}
		return this.store.writeForMaintenance(tx -> {
			var state = tx.run("""
					OPTIONAL MATCH (e:Entity) WHERE e.id IN $entityIds
					WITH collect(e.id) AS entities
					OPTIONAL MATCH (d:Document) WHERE d.id IN $documentIds
					WITH entities, collect([d.id, coalesce(d.text, '')]) AS documents
					OPTIONAL MATCH (f:Fact) WHERE f.id IN $factIds
					RETURN entities, documents, collect(f.id) AS facts
					""", Map.of("entityIds", entityIds, "documentIds", documentIds, "factIds",
					file.facts().stream().map(FactEntry::id).toList()))
				.single();
			var documents = new HashMap<String, String>();
			for (var pair : state.get("documents").asList(v -> v.asList(x -> x.asString()))) {
				documents.put(pair.get(0), pair.get(1));
			}
			var existing = new Existing(Set.copyOf(state.get("entities").asList(v -> v.asString())), documents);
			var present = Set.copyOf(state.get("facts").asList(v -> v.asString()));
			build(file, texts, existing).write(tx);
			int created = (int) file.facts().stream().filter(f -> !present.contains(f.id())).count();
			var firstDocument = file.documents().isEmpty() ? (documentIds.isEmpty() ? "" : documentIds.getFirst())
					: file.documents().getFirst().id();
			return new LoadResult(firstDocument, false, file.facts().size(), created, file.facts().size() - created,
					(int) file.entities().stream().filter(e -> !existing.entityIds().contains(e.id())).count(),
					List.of());
		});
	}

	private static void addAll(List<String> ids, @Nullable String... values) {
		for (var value : values) {
			if (value != null) {
				ids.add(value);
			}
		}
	}

	private static SeedGraph build(SeedFile file, Map<String, HeldText> texts, Existing existing) {
		try {
			return SeedGraph.of(file, texts, existing);
		}
		catch (SeedException ex) {
			throw new IngestRefused(Problem.BAD_FACTS, "Nothing was loaded: " + String.join("; ", ex.problems()));
		}
	}

	private record Converted(SeedFile file, List<String> factIds) {
	}

	/**
	 * The entity that stands for what a document is about when the text names no subject
	 * for a fact: its publisher, or else the document itself as an event (the news it
	 * reports), a candidate a person reviews.
	 */
	/**
	 * What a document's facts are marked as loaded by: its proposal is the whole of them,
	 * so a fact a reviewed proposal drops is removed at its load.
	 */
	static String loadedBy(String documentId) {
		return "document:" + documentId;
	}

	/** The note on an entity that a document's ingestion proposed. */
	static String proposedBy(String documentId) {
		return "proposed by ingestion of " + documentId;
	}

	/** The level a zone's name states: 国家(级) or 省级; null when it states none. */
	static @Nullable String zoneLevel(String name) {
		if (name.contains("国家")) {
			return "NATIONAL";
		}
		return name.contains("省级") ? "PROVINCIAL" : null;
	}

	private static EntityEntry documentSubject(ProposedDocument d, String documentId) {
		var name = (d.publisher() != null) ? d.publisher() : d.title();
		var kind = (d.publisher() != null) ? Entities.kindOf(NormalisedText.of(name).text()) : "Event";
		var id = Entities.idPrefix(kind) + "-" + org.innograph.store.Sha256.hex(kind + ":" + name).substring(0, 12);
		return new EntityEntry(id, kind, ChineseCharacters.simplified(name), null, null, null, null, null, null, null,
				null, "proposed by ingestion for the facts of " + documentId + " that name no subject", List.of());
	}

	/** The proposal in the seed's format, so that the seed's loader writes it. */
	private static Converted toSeedFile(Proposal proposal, String documentId, boolean newDocument,
			Set<String> existingEntities, List<String> warnings) {
		var d = proposal.document();
		var documents = new ArrayList<DocumentEntry>();
		if (newDocument) {
			documents.add(new DocumentEntry(documentId, "PRIMARY", "ARTICLE", d.title(), d.titleZhHans(), d.publisher(),
					null, null, d.publishedAt(), null, "ingest:" + d.sha256(), d.language()));
		}
		var entities = new ArrayList<EntityEntry>();
		var defined = new HashSet<>(existingEntities);
		for (var e : proposal.entities()) {
			if (e.existing() || existingEntities.contains(e.id())) {
				continue;
			}
			var sources = (e.quote() == null) ? List.<SourceEntry>of()
					: List.of(new SourceEntry(documentId, e.quote(), false, null, e.start(), e.end()));
			// A zone the text names without its level (某某高新区) is proposed as an
			// innovation
			// zone: the level is not guessed.
			var level = "HighTechZone".equals(e.kind()) ? zoneLevel(e.name()) : null;
			var kind = ("HighTechZone".equals(e.kind()) && level == null) ? "InnovationZone" : e.kind();
			entities.add(new EntityEntry(e.id(), kind, e.name(), e.zhHant(), null, null, null, level, null, null, null,
					proposedBy(documentId), sources));
			defined.add(e.id());
		}
		var facts = new ArrayList<FactEntry>();
		String fallback = null;
		for (var f : proposal.facts()) {
			String review = f.review();
			var relation = "RELATION".equals(f.type());
			var subject = relation ? f.from() : f.subject();
			if (subject == null || !defined.contains(subject)) {
				// Nothing is dropped: a fact whose subject the text did not make known is
				// the
				// document's, through the entity that stands for it, and waits for a
				// person.
				if (fallback == null) {
					var holder = documentSubject(d, documentId);
					if (defined.add(holder.id())) {
						entities.add(holder);
					}
					fallback = holder.id();
				}
				review = "the subject %s is neither in the graph nor a candidate; attached to %s".formatted(subject,
						fallback);
				warnings.add("Fact %s: %s, for review".formatted(f.id(), review));
				subject = fallback;
			}
			if (relation && (f.to() == null || !defined.contains(f.to()))) {
				throw new IngestRefused(Problem.BAD_FACTS,
						"Nothing was loaded: the relation %s points at %s, which is neither in the graph nor a candidate"
							.formatted(f.id(), f.to()));
			}
			var sources = new ArrayList<SourceEntry>();
			for (var place : f.places()) {
				sources.add(new SourceEntry(documentId, place.quote(), false, null, place.start(), place.end()));
			}
			var designation = "DESIGNATION".equals(f.type());
			var note = (review == null) ? null : "needs review: " + review;
			facts.add(new FactEntry(f.id(), f.type(), null, false, note, sources,
					(designation || relation) ? null : subject, f.name(), null, f.value(), f.previousValue(), f.unit(),
					f.rawText(), f.bound(), f.period(), f.status(), f.rank(), f.list(), null, f.edition(), null,
					designation ? subject : null, f.year(), null, null, null, null, relation ? subject : null,
					f.relation(), f.to(), f.label(), f.rule(), f.confidence()));
		}
		return new Converted(new SeedFile(documents, entities, facts), facts.stream().map(FactEntry::id).toList());
	}

}
