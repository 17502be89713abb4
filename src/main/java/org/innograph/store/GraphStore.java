package org.innograph.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * The one door to Neo4j. Reads are routed as reads, so that a cluster behind a
 * {@code neo4j://} URI can spread them over its secondaries; writes run in managed
 * transactions, which the driver retries on transient failures (so every write must be
 * safe to repeat). Each call is one round trip, and is counted, so that tests can prove
 * that a GraphQL request costs a number of round trips bounded by its depth.
 */
@Component
public class GraphStore {

	private final Driver driver;

	private final QueryConfig readConfig;

	private final SessionConfig writeSession;

	private final AtomicLong roundTrips = new AtomicLong();

	GraphStore(Driver driver, StoreProperties store) {
		this.driver = driver;
		var read = QueryConfig.builder().withRouting(RoutingControl.READ);
		var session = SessionConfig.builder();
		if (store.database() != null && !store.database().isBlank()) {
			read.withDatabase(store.database());
			session.withDatabase(store.database());
		}
		this.readConfig = read.build();
		this.writeSession = session.build();
	}

	/** Runs one read query and maps each record. */
	public <T> List<T> read(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		this.roundTrips.incrementAndGet();
		@SuppressWarnings("unchecked")
		var params = (Map<String, Object>) parameters;
		return this.driver.executableQuery(cypher)
			.withParameters(params)
			.withConfig(this.readConfig)
			.execute()
			.records()
			.stream()
			.map(mapper)
			.toList();
	}

	/**
	 * Runs a unit of work in one write transaction: it commits whole or not at all. The
	 * driver may run the work again after a transient failure.
	 */
	public <T> T write(Function<TransactionContext, T> work) {
		this.roundTrips.incrementAndGet();
		try (var session = this.driver.session(this.writeSession)) {
			return session.executeWrite(work::apply);
		}
	}

	/**
	 * Runs one schema command in its own transaction (they cannot share one with writes).
	 */
	public void schema(String cypher) {
		this.roundTrips.incrementAndGet();
		try (var session = this.driver.session(this.writeSession)) {
			session.run(cypher).consume();
		}
	}

	/** Verifies that the store answers, failing fast with the driver's error when not. */
	public void verifyConnectivity() {
		this.driver.verifyConnectivity();
	}

	/** The number of round trips to Neo4j since start-up. */
	public long roundTrips() {
		return this.roundTrips.get();
	}

}
