package org.innograph;

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

	public static void main(String[] args) {
		SpringApplication.run(InnographApplication.class, args);
	}

}
