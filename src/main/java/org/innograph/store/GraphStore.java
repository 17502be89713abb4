package org.innograph.store;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one door to Neo4j. Reads run in read transactions, routed as reads, so that a
 * cluster behind a {@code neo4j://} URI can spread them over its secondaries; writes run
 * in managed transactions, which the driver retries on transient failures (so every write
 * must be safe to repeat). Reads of the embedded store run in process, without Bolt
 * ({@link InProcessReads}), unless {@code innograph.store.in-process-reads} is false.
 * Every transaction has the configured timeout. Each call is one round trip, and is
 * counted, so that tests can prove that a GraphQL request costs a number of round trips
 * bounded by its depth. Every write transaction also raises the graph's version
 * ({@link #version()}) before it commits, so that the version changes with every write.
 */
@Component
public class GraphStore {

	/** At debug level, every read's Cypher and parameters. */
	private static final Logger log = LoggerFactory.getLogger(GraphStore.class);

	private final Driver driver;

	private final SessionConfig readSession;

	private final SessionConfig writeSession;

	private final TransactionConfig transactionConfig;

	private final AtomicLong roundTrips = new AtomicLong();

	/**
	 * Raises the graph's version (created by migration V0007): run last in every write
	 * transaction, so that its lock is held only while the transaction commits. It also
	 * numbers the changes the transaction recorded ({@link ChangeLog}) with the new
	 * version: the lock makes the numbers follow the order of the commits, so that a
	 * reader never sees a change numbered after one it has not seen yet.
	 */
	public static final String RAISE_VERSION = """
			MATCH (v:GraphVersion {id: 'graph'})
			SET v.version = v.version + 1
			WITH v
			CALL (v) {
			  MATCH (c:PendingChange)
			  WITH c ORDER BY c.step, c.factId, c.documentId
			  WITH collect(c) AS changes
			  UNWIND range(0, size(changes) - 1) AS i
			  WITH changes[i] AS c, i
			  SET c.seq = v.version, c.n = i
			  REMOVE c:PendingChange
			}
			""";

	/**
	 * The round trips of the request being served, when it counts them: a request's data
	 * fetchers and batch loaders see it through context propagation.
	 */
	public static final ThreadLocal<@Nullable AtomicInteger> REQUEST_ROUND_TRIPS = new ThreadLocal<>();

	/**
	 * When the request being served runs out of time ({@link System#nanoTime()}), when it
	 * has a limit: no transaction of it outlives the request, however many it runs.
	 */
	public static final ThreadLocal<@Nullable Long> REQUEST_DEADLINE = new ThreadLocal<>();

	/** Reads of the embedded store, in process; null for an external store. */
	private final @Nullable InProcessReads inProcess;

	private final Duration timeout;

	private final @Nullable String database;

	/**
	 * This process's bookmarks: each of its transactions waits until the store has every
	 * write this process made, so that on a cluster a read after a write never meets a
	 * secondary that has not caught up.
	 */
	private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

	GraphStore(Driver driver, StoreProperties store, ObjectProvider<DatabaseManagementService> embedded) {
		this.driver = driver;
		this.timeout = store.queryTimeout();
		var dbms = store.inProcessReads() ? embedded.getIfAvailable() : null;
		this.inProcess = (dbms != null) ? new InProcessReads(dbms.database(store.embeddedDatabase())) : null;
		this.database = (store.database() != null && !store.database().isBlank()) ? store.database() : null;
		this.readSession = sessionConfig(AccessMode.READ, Set.of());
		this.writeSession = sessionConfig(AccessMode.WRITE, Set.of());
		// The store cancels a transaction that runs longer, so a slow query stops there
		// too.
		this.transactionConfig = TransactionConfig.builder().withTimeout(store.queryTimeout()).build();
	}

	private SessionConfig sessionConfig(AccessMode mode, Set<Bookmark> waitFor) {
		var config = SessionConfig.builder().withDefaultAccessMode(mode).withBookmarkManager(this.bookmarks);
		if (this.database != null) {
			config.withDatabase(this.database);
		}
		if (!waitFor.isEmpty()) {
			config.withBookmarks(waitFor);
		}
		return config.build();
	}

	/**
	 * The session of a request's transaction: it waits, besides for this process's
	 * writes, for those the client's bookmarks name (made through another replica).
	 */
	private SessionConfig sessionOfTheRequest(SessionConfig plain, AccessMode mode) {
		var request = Bookmarks.OF_THE_REQUEST.get();
		if (request == null) {
			return plain;
		}
		var waitFor = request.toWaitFor();
		return waitFor.isEmpty() ? plain : sessionConfig(mode, waitFor);
	}

	/**
	 * Runs one read query of a request, within the request's time limit, and maps each
	 * record.
	 */
	public <T> List<T> read(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		var left = timeLeft();
		return (left == null) ? read(cypher, parameters, mapper, this.transactionConfig, this.timeout)
				: read(cypher, parameters, mapper, TransactionConfig.builder().withTimeout(left).build(), left);
	}

	/**
	 * The request's time left when it is shorter than the store's limit, null when the
	 * store's limit is the shorter; a request out of time runs nothing more.
	 */
	private @Nullable Duration timeLeft() {
		var deadline = REQUEST_DEADLINE.get();
		if (deadline == null) {
			return null;
		}
		var left = Duration.ofNanos(deadline - System.nanoTime());
		if (left.compareTo(Duration.ofMillis(1)) < 0) {
			throw new RequestOutOfTime();
		}
		return (left.compareTo(this.timeout) < 0) ? left : null;
	}

	/**
	 * Runs one read query of maintenance (migrations, seed, backup) without the requests'
	 * time limit: such work may meet a cold store, whose first queries are slow to plan.
	 */
	public <T> List<T> readForMaintenance(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		return read(cypher, parameters, mapper, TransactionConfig.empty(), null);
	}

	/**
	 * Reads of maintenance that share one transaction, and may write a file as they go.
	 */
	@FunctionalInterface
	public interface ReadWork<T> {

		T read(QueryRunner reads) throws IOException;

	}

	/**
	 * Runs maintenance reads (a backup) in one read transaction through the driver,
	 * without a time limit and without retries (the work may have written a file): the
	 * work takes each result record by record, as the driver fetches them a batch at a
	 * time, so that no result needs to fit in memory.
	 */
	public <T> T readInOneTransaction(ReadWork<T> work) throws IOException {
		count();
		try (var session = this.driver.session(this.readSession);
				var tx = session.beginTransaction(TransactionConfig.empty())) {
			var result = work.read(tx);
			tx.commit();
			return result;
		}
	}

	private <T> List<T> read(String cypher, Map<String, ?> parameters, Function<Record, T> mapper,
			TransactionConfig config, @Nullable Duration timeout) {
		count();
		if (log.isDebugEnabled()) {
			log.debug("read {}\n{}", parameters, cypher);
		}
		@SuppressWarnings("unchecked")
		var params = (Map<String, Object>) parameters;
		if (this.inProcess != null) {
			// One store in this process: every committed write is there to read.
			return this.inProcess.read(cypher, params, mapper, timeout);
		}
		try (var session = this.driver.session(sessionOfTheRequest(this.readSession, AccessMode.READ))) {
			return session.executeRead(tx -> tx.run(cypher, params).list(mapper::apply), config);
		}
	}

	/**
	 * Runs a unit of work in one write transaction: it commits whole or not at all. The
	 * driver may run the work again after a transient failure.
	 */
	public <T> T write(Function<TransactionContext, T> work) {
		var left = timeLeft();
		return write(work,
				(left == null) ? this.transactionConfig : TransactionConfig.builder().withTimeout(left).build());
	}

	/**
	 * Runs a unit of maintenance work in one write transaction, without the requests'
	 * time limit.
	 */
	public <T> T writeForMaintenance(Function<TransactionContext, T> work) {
		return write(work, TransactionConfig.empty());
	}

	private <T> T write(Function<TransactionContext, T> work, TransactionConfig config) {
		count();
		try (var session = this.driver.session(sessionOfTheRequest(this.writeSession, AccessMode.WRITE))) {
			var written = session.executeWrite(tx -> {
				var result = work.apply(tx);
				tx.run(RAISE_VERSION).consume();
				return result;
			}, config);
			var request = Bookmarks.OF_THE_REQUEST.get();
			if (request != null) {
				request.wrote(session.lastBookmarks());
			}
			return written;
		}
	}

	/**
	 * The graph's version: its store's id and the count of write transactions committed
	 * to it, which changes with every write through this class (and every bulk load);
	 * null before the migrations made it. One round trip.
	 */
	public @Nullable String version() {
		return read("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.store + '/' + v.version AS version", Map.of(),
				r -> r.get("version").asString())
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Runs one schema command in its own transaction (they cannot share one with writes).
	 */
	public void schema(String cypher) {
		count();
		try (var session = this.driver.session(this.writeSession)) {
			session.run(cypher).consume();
		}
	}

	/**
	 * Takes the store's set-up lock, waiting while another process holds it. The lock
	 * node's uniqueness constraint comes first, so that two processes starting on an
	 * empty store make one lock, not two; it is made only when missing, since a schema
	 * command would wait on the holder's lock while the holder's migrations wait on it.
	 * The store ends a wait that would deadlock, and the lock is then asked for again.
	 * @param holder who holds it, kept on the lock node for whoever looks
	 */
	public SetUpLock setUpLock(String holder) {
		for (int attempt = 1;; attempt++) {
			try {
				return takeSetUpLock(holder);
			}
			catch (TransientException | ClientException ex) {
				if (attempt == 10) {
					throw ex;
				}
				log.debug("Asking for the set-up lock again", ex);
				try {
					Thread.sleep(200L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	private SetUpLock takeSetUpLock(String holder) {
		var constraint = read("SHOW CONSTRAINTS YIELD name WHERE name = 'set_up_lock_id' RETURN name", Map.of(),
				r -> r.get("name").asString());
		if (constraint.isEmpty()) {
			schema("CREATE CONSTRAINT set_up_lock_id IF NOT EXISTS FOR (l:SetUpLock) REQUIRE l.id IS UNIQUE");
		}
		count();
		var session = this.driver.session(this.writeSession);
		try {
			var tx = session.beginTransaction(TransactionConfig.empty());
			tx.run("MERGE (l:SetUpLock {id: 'store'}) SET l.holder = $holder, l.since = datetime()",
					Map.of("holder", holder))
				.consume();
			return new SetUpLock(session, tx);
		}
		catch (RuntimeException ex) {
			session.close();
			throw ex;
		}
	}

	/** Verifies that the store answers, failing fast with the driver's error when not. */
	public void verifyConnectivity() {
		this.driver.verifyConnectivity();
	}

	private void count() {
		this.roundTrips.incrementAndGet();
		var request = REQUEST_ROUND_TRIPS.get();
		if (request != null) {
			request.incrementAndGet();
		}
	}

	/** The number of round trips to Neo4j since start-up. */
	public long roundTrips() {
		return this.roundTrips.get();
	}

}
