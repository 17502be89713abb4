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
 * metrics tag only registered names and count the rest under one tag, so
 * {@code /actuator/prometheus} does not grow with them.
 */
@EmbeddedServiceTest
class OperationTagsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	RestClient http() {
		return RestClient.create("http://127.0.0.1:" + this.port);
	}

	void send(String name) {
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "query " + name + " { city(name: \"杭州\") { id } }", "operationName", name))
			.retrieve()
			.toBodilessEntity();
	}

	int prometheusBytes() {
		return http().get().uri("/actuator/prometheus").retrieve().body(byte[].class).length;
	}

	@Test
	void inventedOperationNamesDoNotGrowTheMetrics() {
		// The first invented name creates the 'other' series; the next 400 add none.
		send("invented_first");
		long before = count();
		int sizeBefore = prometheusBytes();
		int requests = 400;
		for (int i = 0; i < requests; i++) {
			send("op_" + UUID.randomUUID().toString().replace('-', '_') + "_" + "x".repeat(1000));
		}
		int sizeAfter = prometheusBytes();
		System.out.printf("/actuator/prometheus: %d bytes before %d invented operation names, %d after%n", sizeBefore,
				requests, sizeAfter);
		var tags = new HashSet<String>();
		this.meters.find("innograph.cypher.round.trips").meters().forEach(m -> tags.add(m.getId().getTag("operation")));
		assertThat(tags).contains(RequestIds.OTHER).noneMatch(tag -> tag.startsWith("op_"));
		assertThat(count() - before).isEqualTo(requests);
		// Counts and sums take a few more digits; no series is added.
		assertThat(sizeAfter - sizeBefore).isLessThan(2_000);
	}

	@Test
	void registeredOperationNamesHaveTheirOwnTag() {
		// The explorer's operations are registered by default.
		send("Search");
		assertThat(this.meters.find("innograph.cypher.round.trips").tag("operation", "Search").summary()).isNotNull();
		send("NotRegistered");
		assertThat(this.meters.find("innograph.cypher.round.trips").tag("operation", "NotRegistered").summary())
			.isNull();
	}

	private long count() {
		return this.meters.find("innograph.cypher.round.trips").summaries().stream().mapToLong(s -> s.count()).sum();
	}

}
