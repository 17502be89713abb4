package org.innograph.store;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Where the graph lives.
 *
 * @param dataDir the embedded store's home directory, used only when no external Neo4j
 * URI is configured
 * @param boltPort the loopback port of the embedded store's Bolt connector; 0 picks a
 * free one
 * @param database the database to query; the server's default when unset
 * @param queryTimeout how long one transaction may run before the store cancels it
 * @param inProcessReads whether the embedded store is read in process rather than over
 * its Bolt connector (writes always go through the driver)
 * @param txLogFileSize the size at which the embedded store starts a new transaction log
 * file; Neo4j's default, 256 MB preallocated for each database, makes a seed graph of a
 * few MB take over 500 MB on disk
 * @param txLogRetention which transaction logs the embedded store keeps after a
 * checkpoint, in Neo4j's form ({@code 64M size}, {@code 2 files}, {@code 7 days}); they
 * serve recovery, not backups, which {@code backup} writes on its own
 */
@ConfigurationProperties("innograph.store")
public record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int boltPort,
		@Nullable String database, @DefaultValue("10s") Duration queryTimeout,
		@DefaultValue("true") boolean inProcessReads, @DefaultValue("16MB") DataSize txLogFileSize,
		@DefaultValue("64M size") String txLogRetention) {

	/**
	 * Whether an external Neo4j is configured ({@code spring.neo4j.uri}, environment
	 * variable {@code SPRING_NEO4J_URI}); when not, the store is embedded.
	 */
	public static boolean externalUriSet(PropertyResolver environment) {
		return StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

	/** The settings as bound from the environment, before any context exists. */
	public static StoreProperties bind(Environment environment) {
		return Binder.get(environment).bindOrCreate("innograph.store", Bindable.of(StoreProperties.class));
	}

	/** The database of the embedded store: the one set, or Neo4j's default. */
	public String embeddedDatabase() {
		return (this.database != null && !this.database.isBlank()) ? this.database
				: GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
	}

}
