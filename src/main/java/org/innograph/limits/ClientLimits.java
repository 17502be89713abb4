package org.innograph.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps one client's requests from starving the others: each client (its API key, when it
 * is one of the service's, else its address) may have a few requests in flight and make
 * so many a second on average, with bursts; past either it is answered {@code 429} with
 * {@code Retry-After}, before anything is parsed or read. Loopback clients (a local
 * proxy, the benchmark) are not limited unless configured: behind a proxy, the proxy
 * should limit by the real address.
 */
final class ClientLimits extends OncePerRequestFilter {

	private final ClientLimitsProperties limits;

	private final MeterRegistry meters;

	/** The clients seen lately, the least recent forgotten first: bounded memory. */
	private final Map<String, Client> clients;

	/** Whether a bearer token is one of the service's keys: only those name a client. */
	private final Predicate<String> knownKey;

	ClientLimits(ClientLimitsProperties limits, MeterRegistry meters, Predicate<String> knownKey) {
		this.limits = limits;
		this.knownKey = knownKey;
		this.meters = meters;
		this.clients = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Client> eldest) {
				return size() > limits.maxClients() && eldest.getValue().idle();
			}
		};
	}

	/** One client's token bucket and requests in flight. */
	private static final class Client {

		private double tokens;

		private long refilledAt = System.nanoTime();

		private int inFlight;

		Client(double burst) {
			this.tokens = burst;
		}

		boolean idle() {
			return this.inFlight == 0;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = clientKey(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Client client;
		long waitMillis;
		synchronized (this.clients) {
			client = this.clients.computeIfAbsent(key, k -> new Client(this.limits.burst()));
			waitMillis = admit(client);
		}
		if (waitMillis > 0) {
			refuse(response, waitMillis, (client.inFlight >= this.limits.concurrent()) ? "concurrent" : "rate");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			synchronized (this.clients) {
				client.inFlight--;
			}
		}
	}

	/** Takes a token and a place in flight; else how long to wait, in milliseconds. */
	private long admit(Client client) {
		long now = System.nanoTime();
		client.tokens = Math.min(this.limits.burst(),
				client.tokens + (now - client.refilledAt) / 1e9 * this.limits.requestsPerSecond());
		client.refilledAt = now;
		if (client.inFlight >= this.limits.concurrent()) {
			return 1000;
		}
		if (client.tokens < 1) {
			return (long) Math.ceil((1 - client.tokens) / this.limits.requestsPerSecond() * 1000);
		}
		client.tokens--;
		client.inFlight++;
		return 0;
	}

	/**
	 * The API key's hash, else the address; null for a loopback client left unlimited.
	 */
	private @Nullable String clientKey(HttpServletRequest request) {
		var authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.startsWith("Bearer ") && this.knownKey.test(authorization)) {
			// An invented token is no new client: it would buy a fresh allowance.
			return "key:" + Sha256.hex(authorization.substring(7).strip());
		}
		var address = request.getRemoteAddr();
		if (!this.limits.limitLoopback() && loopback(address)) {
			return null;
		}
		return "address:" + address;
	}

	private static boolean loopback(String address) {
		return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
	}

	private void refuse(HttpServletResponse response, long waitMillis, String limit) throws IOException {
		this.meters.counter("innograph.query.rejected", "limit", "client-" + limit).increment();
		long seconds = Math.max(1, (waitMillis + 999) / 1000);
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(seconds));
		response.setContentType("application/json");
		var message = limit.equals("rate")
				? "Too many requests from this client: at most %s a second on average; retry after %d s"
					.formatted(this.limits.requestsPerSecond(), seconds)
				: "Too many requests from this client at once: at most %d in flight; retry after %d s"
					.formatted(this.limits.concurrent(), seconds);
		response.getOutputStream()
			.write("""
					{"errors":[{"message":"%s","extensions":{"classification":"BAD_REQUEST","limit":"client %s"}}]}"""
				.formatted(message, limit)
				.getBytes(StandardCharsets.UTF_8));
	}

}
