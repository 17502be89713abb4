package org.innograph.changes;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.innograph.EmbeddedServiceTest;
import org.innograph.ingest.IngestedData;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed end to end, over both transports: a client subscribed to
 * {@code factsChanged} receives the facts of a document ingested through the API within a
 * second; it disconnects, another document is ingested, and subscribing again from its
 * last cursor delivers exactly the changes it missed, none twice.
 */
@EmbeddedServiceTest
class ChangeFeedTests {

	static final Path ARTICLE = Path.of("src/test/resources/ingest/articles/simplified-clean.txt");

	static final Path SEED_ARTICLE = Path.of("graph-schema/seed/documents/000_f7761f349029cf22.txt");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String FACTS_CHANGED = """
			subscription($after: String) {
			  factsChanged(after: $after) {
			    cursor change factId kind subjectIds at
			    fact { id ... on Metric { name value unit } }
			  }
			}""";

	static final String DOCUMENTS_ADDED = """
			subscription($after: String) {
			  documentsAdded(after: $after) { cursor at document { id title } }
			}""";

	/** The key of the entry a subscription that ended in an error puts in its queue. */
	static final String ENDED = "subscription ended with";

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	/**
	 * Plans the feed's queries once (a fresh store's first run of a query is slow) by
	 * reading the last fact change the log holds: the timings are of a warm service.
	 */
	@BeforeEach
	void warmUp() throws Exception {
		var last = this.store.read("""
				MATCH (c:Change {kind: 'FACT'})
				RETURN c.seq AS seq, c.n AS n ORDER BY seq DESC, n DESC LIMIT 1""", Map.of(),
				r -> new ChangeCursor(r.get("seq").asLong(), r.get("n").asLong() - 1));
		assertThat(last).as("the seed's facts are in the change log").isNotEmpty();
		// Over WebSocket: the service notices at once that the client left.
		var client = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql-ws", new StandardWebSocketClient())
			.build();
		var events = new LinkedBlockingQueue<Map<String, Object>>();
		var feed = subscribe(client, FACTS_CHANGED, "factsChanged", last.getFirst().encode(), events);
		try {
			assertThat(events.poll(30, TimeUnit.SECONDS)).isNotNull();
		}
		finally {
			feed.dispose();
			client.stop().block(Duration.ofSeconds(5));
		}
	}

	@AfterEach
	void removeIngested() {
		IngestedData.remove(this.store);
	}

	@Test
	void aGraphqlWsClientReceivesTheFactsOfAnIngestedDocumentAndResumesWithoutLossOrDuplicates() throws Exception {
		var cursor = changeCursor();
		var client = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql-ws", new StandardWebSocketClient())
			.build();
		var facts = new LinkedBlockingQueue<Map<String, Object>>();
		var documents = new LinkedBlockingQueue<Map<String, Object>>();
		Disposable factFeed = subscribe(client, FACTS_CHANGED, "factsChanged", cursor, facts);
		Disposable documentFeed = subscribe(client, DOCUMENTS_ADDED, "documentsAdded", cursor, documents);

		var first = ingest(Files.readString(ARTICLE));
		var firstFacts = factsOf(first.documentId());
		assertThat(firstFacts).hasSizeGreaterThan(3);
		var received = take(facts, firstFacts.size(), first.committedAt());
		assertThat(ids(received)).containsExactlyInAnyOrderElementsOf(firstFacts);
		assertThat(received).allSatisfy(event -> {
			assertThat(event).containsEntry("change", "UPSERTED");
			assertThat(((Map<?, ?>) event.get("fact")).get("id")).isEqualTo(event.get("factId"));
		});
		var added = take(documents, 1, first.committedAt());
		assertThat(((Map<?, ?>) added.getFirst().get("document")).get("id")).isEqualTo(first.documentId());

		factFeed.dispose();
		documentFeed.dispose();
		client.stop().block(Duration.ofSeconds(5));
		var last = (String) received.getLast().get("cursor");

		var second = ingest(Files.readString(SEED_ARTICLE));
		var secondFacts = factsOf(second.documentId());
		assertThat(secondFacts).doesNotContainAnyElementsOf(firstFacts).hasSizeGreaterThan(3);

		var again = WebSocketGraphQlClient
			.builder("ws://127.0.0.1:" + this.port + "/graphql-ws", new StandardWebSocketClient())
			.build();
		var resumed = new LinkedBlockingQueue<Map<String, Object>>();
		Disposable resumedFeed = subscribe(again, FACTS_CHANGED, "factsChanged", last, resumed);
		try {
			var logged = factChangesAfter(last);
			var missed = take(resumed, logged.size(), System.nanoTime());
			assertThat(cursors(missed)).as("every change after the cursor, in order").isEqualTo(logged);
			assertThat(ids(missed)).containsAll(secondFacts);
			assertThat(resumed.poll(600, TimeUnit.MILLISECONDS)).as("nothing more, nothing twice").isNull();
		}
		finally {
			resumedFeed.dispose();
			again.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void anSseClientReceivesTheFactsOfAnIngestedDocumentAndResumesWithoutLossOrDuplicates() throws Exception {
		var cursor = changeCursor();
		var events = new LinkedBlockingQueue<Map<String, Object>>();
		var stream = sse(FACTS_CHANGED, cursor, "factsChanged", events);

		var first = ingest(Files.readString(ARTICLE));
		var firstFacts = factsOf(first.documentId());
		var received = take(events, firstFacts.size(), first.committedAt());
		assertThat(ids(received)).containsExactlyInAnyOrderElementsOf(firstFacts);
		stream.close();
		var last = (String) received.getLast().get("cursor");

		var second = ingest(Files.readString(SEED_ARTICLE));
		var secondFacts = factsOf(second.documentId());
		var resumed = new LinkedBlockingQueue<Map<String, Object>>();
		try (var again = sse(FACTS_CHANGED, last, "factsChanged", resumed)) {
			var logged = factChangesAfter(last);
			var missed = take(resumed, logged.size(), System.nanoTime());
			assertThat(cursors(missed)).as("every change after the cursor, in order").isEqualTo(logged);
			assertThat(ids(missed)).containsAll(secondFacts);
			assertThat(resumed.poll(600, TimeUnit.MILLISECONDS)).as("nothing more, nothing twice").isNull();
		}
	}

	/**
	 * The poll's cost: one read of the graph's version a tick (200 ms) however many
	 * subscribe, while nothing is written.
	 */
	@Test
	void pollingReadsTheVersionOnceATickHoweverManySubscribe() throws Exception {
		var cursor = changeCursor();
		var first = sse(FACTS_CHANGED, cursor, "factsChanged", new LinkedBlockingQueue<>());
		var second = sse(DOCUMENTS_ADDED, cursor, "documentsAdded", new LinkedBlockingQueue<>());
		try {
			Thread.sleep(500);
			var start = this.store.roundTrips();
			Thread.sleep(2000);
			var reads = this.store.roundTrips() - start;
			System.out.printf("change feed: %d reads in 2 s with two idle subscribers%n", reads);
			assertThat(reads).as("one a tick, not one per subscriber").isBetween(5L, 12L);
		}
		finally {
			first.close();
			second.close();
		}
	}

	@Test
	void aCursorThatIsNoneIsRefused() throws Exception {
		var events = new LinkedBlockingQueue<Map<String, Object>>();
		var errors = new ArrayList<String>();
		try (var stream = sse(FACTS_CHANGED, "not-a-cursor", "factsChanged", events, errors)) {
			var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			while (errors.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		assertThat(errors).singleElement().asString().contains("is not a change cursor");
	}

	@SuppressWarnings("unchecked")
	private static Disposable subscribe(WebSocketGraphQlClient client, String document, String field,
			@Nullable String after, BlockingQueue<Map<String, Object>> into) {
		var request = client.document(document);
		if (after != null) {
			request = request.variable("after", after);
		}
		return request.executeSubscription()
			.subscribe(response -> into.add((Map<String, Object>) response.field(field).getValue()),
					error -> into.add(Map.of(ENDED, String.valueOf(error))));
	}

	/**
	 * The events the test waits for. The target is a second from the write that made them
	 * (or the subscription, for events already in the log): the time is printed, not
	 * asserted, since a loaded machine moves it; the test fails only when they do not
	 * come within 10 s.
	 */
	private static List<Map<String, Object>> take(BlockingQueue<Map<String, Object>> queue, int count, long since)
			throws InterruptedException {
		var events = new ArrayList<Map<String, Object>>();
		var deadline = since + TimeUnit.SECONDS.toNanos(10);
		while (events.size() < count) {
			var event = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			assertThat(event).as("event %d of %d within 10 s", events.size() + 1, count)
				.isNotNull()
				.doesNotContainKey(ENDED);
			events.add(event);
		}
		System.out.printf("change feed: %d events, the last %d ms after the write (target: 1,000 ms)%n", count,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since));
		return events;
	}

	private static List<String> ids(List<Map<String, Object>> events) {
		var cursors = cursors(events);
		assertThat(new HashSet<>(cursors)).as("no event twice").hasSameSizeAs(cursors);
		return events.stream().map(event -> (String) event.get("factId")).toList();
	}

	/** The fact changes the log holds after a cursor, as the cursors of their events. */
	private List<String> factChangesAfter(String cursor) {
		var after = ChangeCursor.decode("after", cursor);
		return this.store.read("""
				MATCH (c:Change {kind: 'FACT'})
				WHERE c.seq > $seq OR (c.seq = $seq AND c.n > $n)
				RETURN c.seq AS seq, c.n AS n ORDER BY seq, n""", Map.of("seq", after.seq(), "n", after.n()),
				r -> new ChangeCursor(r.get("seq").asLong(), r.get("n").asLong()).encode());
	}

	private static List<String> cursors(List<Map<String, Object>> events) {
		return events.stream().map(event -> (String) event.get("cursor")).toList();
	}

	private Set<String> factsOf(String documentId) {
		return Set.copyOf(this.store.read("MATCH (f:Fact {loadedBy: $by}) RETURN f.id AS id",
				Map.of("by", "document:" + documentId), r -> r.get("id").asString()));
	}

	private String changeCursor() {
		return http().document("{ changeCursor }").executeSync().field("changeCursor").toEntity(String.class);
	}

	private HttpSyncGraphQlClient http() {
		return HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + this.port + "/graphql")).build();
	}

	private record Ingested(String documentId, long committedAt) {
	}

	private Ingested ingest(String text) {
		var response = http().mutate().header("Authorization", "Bearer test-editor-key").build().document("""
				mutation($input: IngestDocumentInput!) {
				  ingestDocument(input: $input) { documentId errors { message } }
				}""").variable("input", Map.of("text", text)).executeSync();
		var committedAt = System.nanoTime();
		assertThat(response.field("ingestDocument.errors").toEntityList(Map.class)).isEmpty();
		return new Ingested(response.field("ingestDocument.documentId").toEntity(String.class), committedAt);
	}

	private InputStream sse(String document, @Nullable String after, String field,
			BlockingQueue<Map<String, Object>> into) throws Exception {
		return sse(document, after, field, into, new ArrayList<>());
	}

	/**
	 * A plain HTTP client reading {@code text/event-stream}: each {@code next} event's
	 * data is one GraphQL result. Closing the returned stream disconnects.
	 */
	@SuppressWarnings("unchecked")
	private InputStream sse(String document, @Nullable String after, String field,
			BlockingQueue<Map<String, Object>> into, List<String> errors) throws Exception {
		var variables = new java.util.HashMap<String, @Nullable Object>();
		variables.put("after", after);
		var body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
		var in = response.body();
		Thread.ofVirtual().start(() -> {
			try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("data:")) {
						var result = JSON.readValue(line.substring(5).strip(), Map.class);
						if (result.get("errors") instanceof List<?> list && !list.isEmpty()) {
							list.forEach(error -> errors.add(String.valueOf(((Map<?, ?>) error).get("message"))));
						}
						else if (result.get("data") instanceof Map<?, ?> data && data.get(field) != null) {
							into.add((Map<String, Object>) data.get(field));
						}
					}
				}
			}
			catch (Exception ex) {
				// Closed by the test: the client disconnected.
			}
		});
		return in;
	}

}
