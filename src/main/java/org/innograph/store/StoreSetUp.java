package org.innograph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The work that readies the store before the service answers from it: the migrations,
 * then the seed, the reference data and the like, each registered as a step. It runs once
 * every bean exists and before the HTTP port opens. An external store that is away at
 * start-up does not stop the service: it starts, reports not ready (this indicator is in
 * the readiness group), and does the work when the store comes, so that an orchestrator
 * waits instead of restarting it in a loop.
 */
@Component
public class StoreSetUp implements SmartInitializingSingleton, HealthIndicator, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StoreSetUp.class);

	/** How often a patient start asks whether the store has come. */
	static final Duration RETRY_EVERY = Duration.ofSeconds(2);

	private record Step(int order, String name, Runnable work) {
	}

	private final List<Step> steps = new ArrayList<>();

	private final Driver driver;

	private final GraphStore store;

	private final boolean external;

	private volatile State state = State.PENDING;

	private volatile @Nullable String failure;

	private volatile @Nullable Thread waiting;

	enum State {

		PENDING, WAITING_FOR_THE_STORE, DONE, FAILED

	}

	StoreSetUp(Driver driver, GraphStore store, Environment environment) {
		this.driver = driver;
		this.store = store;
		this.external = StoreProperties.externalUriSet(environment);
	}

	/**
	 * Adds a step; steps run by their order, lowest first.
	 * @param order where the step runs: the migrations are 0
	 * @param name what the step does, for the log and the health details
	 * @param work the step
	 */
	public synchronized void add(int order, String name, Runnable work) {
		this.steps.add(new Step(order, name, work));
	}

	/** Whether every step has run. */
	public boolean done() {
		return this.state == State.DONE;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.external && !reachable()) {
			log.warn("The store is not reachable: starting without it, not ready, and setting it up when it comes");
			this.state = State.WAITING_FOR_THE_STORE;
			this.waiting = Thread.ofVirtual().name("store-set-up").start(this::waitForTheStore);
			return;
		}
		// The embedded store, or an external one that is there: as before, a failure
		// stops the start.
		runSteps();
	}

	private void waitForTheStore() {
		while (true) {
			try {
				Thread.sleep(RETRY_EVERY);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			if (!reachable()) {
				continue;
			}
			try {
				runSteps();
				log.info("The store came: set up, and ready");
				return;
			}
			catch (ServiceUnavailableException | SessionExpiredException ex) {
				// Gone again before the work was done; every step is safe to repeat.
				log.warn("The store went away during the set-up; trying again: {}", ex.getMessage());
				this.state = State.WAITING_FOR_THE_STORE;
			}
			catch (RuntimeException ex) {
				this.state = State.FAILED;
				this.failure = ex.getMessage();
				log.error("Setting up the store failed; the service stays not ready", ex);
				return;
			}
		}
	}

	private boolean reachable() {
		try {
			this.driver.verifyConnectivity();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Runs the steps under the store's set-up lock: replicas that start together set the
	 * store up one after the other, and each step finds the work of the one before done.
	 */
	private void runSteps() {
		List<Step> ordered;
		synchronized (this) {
			ordered = this.steps.stream().sorted(Comparator.comparingInt(Step::order)).toList();
		}
		var started = System.nanoTime();
		try (var lock = this.store.setUpLock(HOLDER)) {
			var waited = (System.nanoTime() - started) / 1_000_000;
			if (waited >= 1_000) {
				// A cold store's first queries, or another process setting the store up.
				log.info("Took the store's set-up lock in {} ms", waited);
			}
			for (var step : ordered) {
				try {
					step.work().run();
				}
				catch (ServiceUnavailableException | SessionExpiredException ex) {
					throw ex;
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException("Setting up the store failed at its " + step.name(), ex);
				}
			}
		}
		this.state = State.DONE;
	}

	/** This process, as the set-up lock names its holder. */
	private static final String HOLDER = ProcessHandle.current().pid() + "@"
			+ java.util.Objects.requireNonNullElse(System.getenv("HOSTNAME"), "localhost");

	/** Stops waiting for the store when the service stops. */
	@Override
	public void destroy() {
		var thread = this.waiting;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public Health health() {
		var builder = (this.state == State.DONE) ? Health.up() : Health.down();
		builder.withDetail("state", this.state.name());
		var failed = this.failure;
		if (failed != null) {
			builder.withDetail("failure", failed);
		}
		return builder.build();
	}

}
