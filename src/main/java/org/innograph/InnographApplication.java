package org.innograph;

import java.nio.file.Path;
import java.util.Arrays;

import org.innograph.backup.BackupCommand;
import org.innograph.bulk.GenerateCommand;
import org.innograph.ingest.IngestCommand;
import org.innograph.store.EarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Innograph: a GraphQL knowledge graph of innovation data on Neo4j, where every fact
 * carries its source document and quote.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InnographApplication {

	public static void main(String[] args) throws Exception {
		if (args.length >= 2 && (args[0].equals("backup") || args[0].equals("restore"))) {
			System.exit(BackupCommand.run(args[0], Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length)));
		}
		if (args.length >= 1 && (args[0].equals("ingest") || args[0].equals("import"))) {
			System.exit(IngestCommand.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length >= 1 && args[0].equals("generate")) {
			System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		var application = new SpringApplication(InnographApplication.class);
		// Only the service itself: a test's context may never take the store it would
		// start.
		application.addListeners(EarlyStart.listener());
		application.run(args);
	}

}
