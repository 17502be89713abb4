package org.innograph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Starts the embedded store as soon as the settings are known, before the application
 * context exists, so that Neo4j's start (most of the service's) runs beside Spring's
 * instead of after it. {@link EmbeddedNeo4jConfiguration} takes the store it started; an
 * application that fails before taking it shuts it down, so no store stays locked. The
 * service's {@code main} registers it (a test's context, which may never take the store,
 * does not); {@code innograph.store.early-start=false} starts the store with the other
 * beans instead.
 */
public final class EarlyStart implements SmartApplicationListener {

	private static final Map<Path, CompletableFuture<DatabaseManagementService>> STARTING = new ConcurrentHashMap<>();

	/**
	 * The home of the store this application started early; one instance per application.
	 */
	private @Nullable Path home;

	private EarlyStart() {
	}

	/** A listener for one application. */
	public static SmartApplicationListener listener() {
		return new EarlyStart();
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			var environment = prepared.getEnvironment();
			if (StoreProperties.externalUriSet(environment)
					|| !environment.getProperty("innograph.store.early-start", Boolean.class, true)) {
				return;
			}
			var store = StoreProperties.bind(environment);
			this.home = home(store);
			STARTING.computeIfAbsent(this.home, home -> {
				var starting = new CompletableFuture<DatabaseManagementService>();
				var thread = new Thread(() -> {
					try {
						var dbms = EmbeddedNeo4jConfiguration.start(store);
						// The first Cypher query of a fresh process spends seconds
						// starting the query compiler: spend them here, beside
						// Spring's start.
						dbms.database(store.embeddedDatabase())
							.executeTransactionally("MATCH (m:Migration) RETURN count(m) AS applied");
						starting.complete(dbms);
					}
					catch (Throwable ex) {
						starting.completeExceptionally(ex);
					}
				}, "embedded-neo4j-start");
				thread.setDaemon(true);
				thread.start();
				return starting;
			});
		}
		else if (event instanceof ApplicationFailedEvent && this.home != null) {
			// Not taken by the context (which shuts down what it took): nobody else will.
			var starting = STARTING.remove(this.home);
			if (starting != null) {
				starting.thenAccept(DatabaseManagementService::shutdown);
			}
		}
	}

	/** The store started early for these settings, or null: the caller starts it. */
	static @Nullable DatabaseManagementService take(StoreProperties store) {
		var starting = STARTING.remove(home(store));
		return (starting != null) ? starting.join() : null;
	}

	private static Path home(StoreProperties store) {
		return store.dataDir().toAbsolutePath().normalize();
	}

}
