package org.innograph.limits;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client's requests cannot starve the others: past its rate or its requests in flight
 * a client is answered 429 with Retry-After, while other clients (another address, an API
 * key) keep their own allowance, and loopback clients are left alone unless configured.
 */
class ClientLimitsTests {

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	ClientLimits limits(double perSecond, double burst, int concurrent) {
		return new ClientLimits(new ClientLimitsProperties(true, perSecond, burst, concurrent, 100, false), this.meters,
				authorization -> authorization.equals("Bearer some-editor-key"));
	}

	static MockHttpServletRequest from(String address) {
		var request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr(address);
		return request;
	}

	static MockHttpServletResponse send(ClientLimits filter, MockHttpServletRequest request) throws Exception {
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response,
				(req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
		return response;
	}

	@Test
	void aClientOverItsRateIsToldWhenToComeBackAndOthersAreNot() throws Exception {
		// One token every five seconds: none comes back during the test.
		var filter = limits(0.2, 2, 8);
		assertThat(send(filter, from("203.0.113.5")).getStatus()).isEqualTo(200);
		assertThat(send(filter, from("203.0.113.5")).getStatus()).isEqualTo(200);
		var refused = send(filter, from("203.0.113.5"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 5);
		assertThat(refused.getContentAsString()).contains("Too many requests from this client",
				"\"limit\":\"client rate\"");
		assertThat(send(filter, from("198.51.100.7")).getStatus()).as("another address").isEqualTo(200);
		var withKey = from("203.0.113.5");
		withKey.addHeader("Authorization", "Bearer some-editor-key");
		assertThat(send(filter, withKey).getStatus()).as("an API key is a client of its own").isEqualTo(200);
		var invented = from("203.0.113.5");
		invented.addHeader("Authorization", "Bearer anything-at-all");
		assertThat(send(filter, invented).getStatus()).as("an invented key buys no new allowance").isEqualTo(429);
		assertThat(this.meters.counter("innograph.query.rejected", "limit", "client-rate").count()).isEqualTo(2);
	}

	@Test
	void aClientRefillsAtItsRate() throws Exception {
		var filter = limits(0.5, 1, 8);
		assertThat(send(filter, from("203.0.113.5")).getStatus()).isEqualTo(200);
		assertThat(send(filter, from("203.0.113.5")).getStatus()).isEqualTo(429);
		Thread.sleep(2100);
		assertThat(send(filter, from("203.0.113.5")).getStatus()).isEqualTo(200);
	}

	@Test
	void aClientWithTooManyRequestsInFlightWaitsForOneToEnd() throws Exception {
		var filter = limits(100, 100, 1);
		var started = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		FilterChain slow = (req, res) -> {
			started.countDown();
			try {
				release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		var first = Thread.ofVirtual().start(() -> {
			try {
				filter.doFilter(from("203.0.113.5"), new MockHttpServletResponse(), slow);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		var refused = send(filter, from("203.0.113.5"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("at most 1 in flight");
		release.countDown();
		first.join();
		assertThat(send(filter, from("203.0.113.5")).getStatus()).isEqualTo(200);
	}

	@Test
	void loopbackClientsAreLeftAloneUnlessConfigured() throws Exception {
		var filter = limits(0.2, 1, 1);
		for (int i = 0; i < 10; i++) {
			assertThat(send(filter, from("127.0.0.1")).getStatus()).isEqualTo(200);
		}
		var strict = new ClientLimits(new ClientLimitsProperties(true, 0.2, 1, 1, 100, true), this.meters,
				authorization -> false);
		assertThat(send(strict, from("127.0.0.1")).getStatus()).isEqualTo(200);
		assertThat(send(strict, from("127.0.0.1")).getStatus()).isEqualTo(429);
	}

}
