package org.innograph.system;

import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.innograph.EmbeddedServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operation names are the client's to choose: however many a client invents, the request
 * metrics keep a bounded set of tags, and the requests are still counted.
 */
@EmbeddedServiceTest
class OperationTagsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void inventedOperationNamesDoNotGrowTheMetrics() {
		var http = RestClient.create("http://127.0.0.1:" + this.port);
		long before = count();
		int requests = RequestIds.OPERATION_TAGS + 50;
		for (int i = 0; i < requests; i++) {
			var name = "op_" + UUID.randomUUID().toString().replace('-', '_') + "_" + "x".repeat(i % 3 == 0 ? 200 : 1);
			http.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("query", "query " + name + " { city(name: \"杭州\") { id } }", "operationName", name))
				.retrieve()
				.toBodilessEntity();
		}
		var tags = new HashSet<String>();
		this.meters.find("innograph.cypher.round.trips").meters().forEach(m -> tags.add(m.getId().getTag("operation")));
		assertThat(tags).hasSizeLessThanOrEqualTo(RequestIds.OPERATION_TAGS + 1).contains("other");
		assertThat(tags).noneMatch(tag -> tag.length() > 64);
		assertThat(count() - before).isEqualTo(requests);
	}

	private long count() {
		return this.meters.find("innograph.cypher.round.trips").summaries().stream().mapToLong(s -> s.count()).sum();
	}

}
