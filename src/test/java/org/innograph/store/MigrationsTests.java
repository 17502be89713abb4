package org.innograph.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.innograph.InnographApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a start does with the migrations a store already records: an edited one stops it,
 * one this version does not have is reported and left alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsTests {

	private final Path dir = Path.of("target/neo4j-test/migrations-" + UUID.randomUUID());

	@Test
	void aMigrationChangedAfterItWasAppliedStopsTheStart() {
		try (var context = start()) {
			write(context, "MATCH (m:Migration {version: 1}) SET m.checksum = 'edited'");
		}
		assertThatThrownBy(this::start).rootCause()
			.hasMessage("Migration V0001 (Constraints) was changed after it was applied: add a new migration instead");
	}

	@Test
	void aMigrationThisVersionDoesNotHaveIsReportedAndTheStartGoesOn(CapturedOutput output) throws Exception {
		try (var context = start()) {
			write(context, "CREATE (:Migration {version: 99, checksum: 'newer', description: 'From_a_newer_version'})");
		}
		try (var context = start()) {
			assertThat(context.getBean(GraphStore.class)
				.readForMaintenance("MATCH (m:Migration) RETURN count(m) AS n", Map.of(), r -> r.get("n").asLong()))
				.containsExactly((long) Migrations.available().size() + 1);
		}
		assertThat(output).contains("The store has migration V99 applied, which this version does not have");
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE)
			.run("--innograph.store.data-dir=" + this.dir, "--innograph.seed.enabled=false",
					"--innograph.reference.enabled=false");
	}

	private static void write(ConfigurableApplicationContext context, String cypher) {
		context.getBean(GraphStore.class).writeForMaintenance(tx -> tx.run(cypher).consume());
	}

}
