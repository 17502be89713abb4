package org.innograph.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.internal.batchimport.staging.ExecutionMonitors;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;

import org.springframework.util.FileSystemUtils;

import static org.innograph.bulk.Chunk.list;
import static org.innograph.bulk.Chunk.props;

/**
 * Writes the chunks into an embedded store that has no databases yet with Neo4j's own
 * bulk importer, the one behind {@code neo4j-admin database import}: it writes the store
 * files directly, in parallel stages, without transactions, which only an empty store
 * allows. The graph is the one {@link CoreApiWriter} writes, node for node, with the
 * records of a completed load, so that loading again writes nothing.
 * <p>
 * The import goes to a staging home beside the store and is moved into place only when it
 * completed: a stopped import leaves no store, and the next run starts it again. The
 * schema (constraints and indexes) is not the importer's: the migrations create it when
 * the store starts, over the imported nodes.
 * <p>
 * This is the one class that uses the importer's internal classes (Neo4j offers no public
 * API for it in process): an upgrade that changes them fails to compile here, or fails
 * the import tests of {@code GenerateCommandTests}, which compare the imported graph with
 * the one Cypher writes.
 */
final class OfflineImport {

	private static final String STAGING = "import-staging";

	private final Path home;

	private final String database;

	private final int threads;

	OfflineImport(Path home, String database, int threads) {
		this.home = home.toAbsolutePath().normalize();
		this.database = database;
		this.threads = threads;
	}

	/**
	 * Whether the store has no data directory yet: only then can the importer write it.
	 */
	boolean applies() {
		return !Files.exists(layout(this.home).dataDirectory());
	}

	/**
	 * Imports the chunks as one load, recorded under {@code load}.
	 * @param estimatedItems roughly how many nodes and relationships the chunks hold; the
	 * importer sizes its caches by it
	 */
	BulkLoader.Result run(String load, List<Supplier<Chunk>> chunks, long estimatedItems) throws IOException {
		var staging = this.home.resolve(STAGING);
		// What a stopped import left: it never reached the store.
		FileSystemUtils.deleteRecursively(staging);
		var config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, staging).build();
		var stagingLayout = layout(staging);
		var graph = new ChunkInput(load, chunks);
		var start = System.nanoTime();
		try (var fs = new DefaultFileSystemAbstraction();
				var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
			var importer = BatchImporterFactory.withHighestPriority()
				.instantiate(stagingLayout.databaseLayout(this.database), fs, PageCacheTracer.NULL, configuration(),
						NullLogService.getInstance(), ExecutionMonitors.defaultVisible(), DefaultAdditionalIds.EMPTY,
						new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
						TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
						EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY,
						DatabaseCreationOptions.EMPTY_CREATION_OPTIONS);
			var nodes = estimatedItems / 5;
			importer.doImport(Input.input(
					graph::nodes, graph::relationships, IdType.STRING, Input.knownEstimates(nodes,
							estimatedItems - nodes, nodes * 4, nodes, nodes * 200, nodes * 8, nodes * 2),
					graph.groups, false));
		}
		catch (Exception ex) {
			FileSystemUtils.deleteRecursively(staging);
			throw new IOException("The import failed, and nothing was written to the store: " + ex.getMessage(), ex);
		}
		Files.createDirectories(this.home);
		Files.move(stagingLayout.dataDirectory(), layout(this.home).dataDirectory());
		FileSystemUtils.deleteRecursively(staging);
		return new BulkLoader.Result(graph.nodes.get(), graph.relationships.get(), chunks.size(), 0,
				(System.nanoTime() - start) / 1_000_000);
	}

	private Configuration configuration() {
		int workers = this.threads;
		return new Configuration() {
			@Override
			public int maxNumberOfWorkerThreads() {
				return workers;
			}

			// The label and relationship type lookups, which every store has and every
			// label scan reads: without them a scan reads all nodes.
			@Override
			public IndexConfig indexConfig() {
				return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
			}
		};
	}

	private static Neo4jLayout layout(Path home) {
		return Neo4jLayout.of(Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
	}

	/**
	 * The chunks as the importer reads them: all nodes first, then all relationships,
	 * each pass generating the chunks again (they are deterministic) rather than holding
	 * the graph in memory. Ids are the nodes' own, in one group per uniqueness
	 * constraint.
	 */
	private static final class ChunkInput {

		final Groups groups = new Groups();

		final Group documents = this.groups.getOrCreate("Document");

		final Group sources = this.groups.getOrCreate("Source");

		final Group sourced = this.groups.getOrCreate("Sourced");

		final Group nameKeys = this.groups.getOrCreate("NameKey");

		final Group records = this.groups.getOrCreate("BulkRecord");

		final AtomicLong nodes = new AtomicLong();

		final AtomicLong relationships = new AtomicLong();

		private final String load;

		private final List<Supplier<Chunk>> chunks;

		private final ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC);

		ChunkInput(String load, List<Supplier<Chunk>> chunks) {
			this.load = load;
			this.chunks = chunks;
		}

		InputIterator nodes() {
			// Name keys are shared between entities of any chunk: each is imported once.
			Set<String> keys = ConcurrentHashMap.newKeySet();
			return new Rows(this.chunks, (chunk, index, out) -> {
				if (index == 0) {
					out.add(v -> node(v, this.records, "load:" + this.load, new String[] { "BulkLoad" },
							Map.of("id", this.load, "startedAt", this.at)));
				}
				out.add(v -> node(v, this.records, "chunk:" + chunk.name(), new String[] { "BulkChunk" },
						Map.of("load", this.load, "name", chunk.name(), "at", this.at)));
				for (var row : chunk.documents()) {
					out.add(v -> node(v, this.documents, id(row), new String[] { "Document" }, row));
				}
				for (var row : chunk.sources()) {
					out.add(v -> node(v, this.sources, id(props(row)), new String[] { "Source" }, props(row)));
				}
				for (var row : chunk.entities()) {
					out.add(v -> node(v, this.sourced, id(props(row)),
							new String[] { "Entity", "Sourced", (String) row.get("kind") }, props(row)));
					for (var name : list(row, "keys")) {
						var key = (String) map(name).get("key");
						if (keys.add(key)) {
							out.add(v -> node(v, this.nameKeys, key, new String[] { "NameKey" }, Map.of("key", key)));
						}
					}
				}
				for (var row : chunk.facts()) {
					out.add(v -> node(v, this.sourced, id(props(row)),
							new String[] { "Fact", "Sourced", (String) row.get("label") }, props(row)));
				}
				for (var row : chunk.relations()) {
					out.add(v -> node(v, this.sourced, id(props(row)), new String[] { "Fact", "Sourced", "Relation" },
							props(row)));
				}
			});
		}

		InputIterator relationships() {
			return new Rows(this.chunks, (chunk, index, out) -> {
				for (var row : chunk.sources()) {
					out.add(v -> link(v, this.sources, id(props(row)), "IN", this.documents,
							(String) row.get("documentId"), null, null));
				}
				for (var row : chunk.entities()) {
					var entity = id(props(row));
					for (var name : list(row, "keys")) {
						var key = map(name);
						out.add(v -> link(v, this.sourced, entity, "KNOWN_AS", this.nameKeys, (String) key.get("key"),
								"rank", key.get("rank")));
					}
					sourcedFrom(out, entity, row);
				}
				for (var row : chunk.facts()) {
					var fact = id(props(row));
					var subject = (String) row.get("subjectId");
					out.add(v -> link(v, this.sourced, fact, "ABOUT", this.sourced, subject, null, null));
					if (row.get("awardId") instanceof String award) {
						out.add(v -> link(v, this.sourced, fact, "OF_AWARD", this.sourced, award, null, null));
						out.add(v -> link(v, this.sourced, subject, "HOLDS", this.sourced, award, "factId", fact));
					}
					if (row.get("grantorId") instanceof String grantor) {
						out.add(v -> link(v, this.sourced, fact, "GRANTED_BY", this.sourced, grantor, null, null));
					}
					sourcedFrom(out, fact, row);
				}
				for (var row : chunk.relations()) {
					var fact = id(props(row));
					var from = (String) row.get("fromId");
					var to = (String) row.get("toId");
					out.add(v -> link(v, this.sourced, fact, "FROM", this.sourced, from, null, null));
					out.add(v -> link(v, this.sourced, fact, "TO", this.sourced, to, null, null));
					out.add(v -> link(v, this.sourced, from, (String) row.get("type"), this.sourced, to, "factId",
							fact));
					sourcedFrom(out, fact, row);
				}
			});
		}

		private void sourcedFrom(List<Entity> out, String id, Map<String, Object> row) {
			for (var source : list(row, "sourceIds")) {
				out.add(v -> link(v, this.sourced, id, "SOURCED_FROM", this.sources, (String) source, null, null));
			}
		}

		private void node(InputEntityVisitor visitor, Group group, String id, String[] labels,
				Map<String, Object> properties) throws IOException {
			visitor.id(id, group);
			visitor.labels(labels);
			for (var property : properties.entrySet()) {
				visitor.property(property.getKey(), CoreApiWriter.storable(property.getValue()), false);
			}
			visitor.endOfEntity();
			// The load's own records are not counted, as the transactional writers do
			// not.
			if (group != this.records) {
				this.nodes.incrementAndGet();
			}
		}

		private void link(InputEntityVisitor visitor, Group fromGroup, String from, String type, Group toGroup,
				String to, String property, Object value) throws IOException {
			visitor.startId(from, fromGroup);
			visitor.type(type);
			visitor.endId(to, toGroup);
			if (property != null) {
				visitor.property(property, CoreApiWriter.storable(value), false);
			}
			visitor.endOfEntity();
			this.relationships.incrementAndGet();
		}

		private static String id(Map<String, Object> properties) {
			return (String) properties.get("id");
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> map(Object value) {
			return (Map<String, Object>) value;
		}

	}

	/** One node or relationship, written to the importer's visitor. */
	private interface Entity {

		void writeTo(InputEntityVisitor visitor) throws IOException;

	}

	/** What one chunk holds, as entities in the order the importer reads them. */
	private interface Rendering {

		void render(Chunk chunk, int index, List<Entity> out);

	}

	/**
	 * Hands each of the importer's threads the next chunk, generated and rendered by that
	 * thread, so that generating runs in parallel too.
	 */
	private static final class Rows implements InputIterator {

		private final List<Supplier<Chunk>> chunks;

		private final Rendering rendering;

		private final AtomicInteger next = new AtomicInteger();

		Rows(List<Supplier<Chunk>> chunks, Rendering rendering) {
			this.chunks = chunks;
			this.rendering = rendering;
		}

		@Override
		public InputChunk newChunk() {
			return new RowChunk();
		}

		@Override
		public boolean next(InputChunk chunk) {
			int index = this.next.getAndIncrement();
			if (index >= this.chunks.size()) {
				return false;
			}
			var entities = new ArrayList<Entity>();
			this.rendering.render(this.chunks.get(index).get(), index, entities);
			((RowChunk) chunk).reset(entities);
			return true;
		}

		@Override
		public void close() {
		}

	}

	private static final class RowChunk implements InputChunk {

		private List<Entity> entities = List.of();

		private int position;

		void reset(List<Entity> entities) {
			this.entities = entities;
			this.position = 0;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			if (this.position >= this.entities.size()) {
				return false;
			}
			this.entities.get(this.position++).writeTo(visitor);
			return true;
		}

		@Override
		public void close() {
		}

	}

}
