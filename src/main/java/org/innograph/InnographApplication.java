package org.innograph;

import org.innograph.cli.Commands;
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
		var command = Commands.run(InnographApplication.class, args);
		if (command.isPresent()) {
			System.exit(command.getAsInt());
		}
		var application = new SpringApplication(InnographApplication.class);
		// Only the service itself: a test's context may never take the store it would
		// start.
		application.addListeners(EarlyStart.listener());
		application.run(args);
	}

}
