package org.innograph.changes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.stereotype.Component;

/**
 * Reads the change log for subscribers. One poller thread, running only while someone
 * subscribes, reads the graph's version on an interval (one lookup of one node); when it
 * has moved past what a subscriber has read, that subscriber reads the log after its own
 * cursor, a page at a time, with one indexed query. Each subscriber keeps its own cursor,
 * so a slow one neither holds the others back nor skips anything, and reading the graph
 * rather than an in-process bus lets another replica's writes show up too.
 */
@Component
class ChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	/** The changes after a cursor, in the order of their commits. */
	private static final String AFTER = """
			MATCH (c:Change)
			WHERE c.seq >= $seq AND (c.seq > $seq OR c.n > $n)
			RETURN c.seq AS seq, c.n AS n, c.kind AS kind, c.op AS op, c.factId AS factId, c.factKind AS factKind,
			  coalesce(c.subjectIds, []) AS subjectIds, c.documentId AS documentId, toString(c.at) AS at
			ORDER BY c.seq, c.n
			LIMIT $limit
			""";

	/** The longest wait before a failed read of the log is tried again. */
	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private final GraphStore store;

	private final int pageSize;

	/** The graph's version, read on each tick while anyone listens. */
	private final Sinks.Many<Long> versions = Sinks.many().multicast().directBestEffort();

	private final Duration pollInterval;

	/** How many subscribers listen, and the poller that runs while any do. */
	private int listeners;

	private @Nullable ScheduledExecutorService poller;

	ChangeFeed(GraphStore store, ChangeProperties properties) {
		this.store = store;
		this.pageSize = properties.pageSize();
		this.pollInterval = properties.pollInterval();
	}

	/**
	 * The graph's version on each tick, for as long as the subscriber listens. The first
	 * subscriber starts the poller and the last one stops it, under one lock, so that a
	 * subscriber who comes as another leaves never joins a poller that is stopping.
	 */
	private Flux<Long> versions() {
		return Flux.defer(() -> {
			listen();
			return this.versions.asFlux();
		}).doFinally(signal -> leave());
	}

	private synchronized void listen() {
		if (this.listeners++ == 0) {
			var thread = Thread.ofPlatform().daemon().name("change-feed-poller").factory();
			this.poller = Executors.newSingleThreadScheduledExecutor(thread);
			this.poller.scheduleWithFixedDelay(this::poll, 0, this.pollInterval.toNanos(), TimeUnit.NANOSECONDS);
		}
	}

	private synchronized void leave() {
		if (--this.listeners == 0 && this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
	}

	private void poll() {
		try {
			// One thread emits: the sink's emissions are serial.
			this.versions.tryEmitNext(version());
		}
		catch (RuntimeException ex) {
			// The store away for a moment: the next tick tries again.
			log.debug("Cannot read the graph's version", ex);
		}
	}

	/** The end of the log now: every change committed so far is at or before it. */
	ChangeCursor now() {
		return ChangeCursor.endOf(version());
	}

	/**
	 * The log's changes after the cursor (or after now, when null), a page at a time, as
	 * they are committed; for as long as the subscriber listens.
	 */
	Flux<List<Change>> after(@Nullable ChangeCursor after) {
		return Mono.fromCallable(() -> {
			if (after != null) {
				return new Reader(after, -1);
			}
			var version = version();
			return new Reader(ChangeCursor.endOf(version), version);
		})
			.subscribeOn(Schedulers.boundedElastic())
			.flatMapMany(reader -> versions().onBackpressureLatest()
				.concatMap(version -> (version > reader.readUpTo) ? reader.drain(version) : Flux.empty(), 1));
	}

	/** One subscriber's place in the log. */
	private final class Reader {

		private ChangeCursor cursor;

		/** The version up to which the log has been read. */
		private long readUpTo;

		Reader(ChangeCursor cursor, long readUpTo) {
			this.cursor = cursor;
			this.readUpTo = readUpTo;
		}

		/**
		 * Reads everything after the cursor: the version was read first, so the log holds
		 * every change up to it.
		 */
		Flux<List<Change>> drain(long version) {
			return page().expand(page -> (page.size() == ChangeFeed.this.pageSize) ? page() : Mono.empty())
				.filter(page -> !page.isEmpty())
				// A page is taken only when read whole, so reading again goes on from the
				// last one the subscriber got: a read that fails for a moment neither
				// ends
				// the subscription nor repeats or skips a change.
				.retryWhen(Retry.backoff(Long.MAX_VALUE, ChangeFeed.this.pollInterval)
					.maxBackoff(MAX_BACKOFF)
					.doBeforeRetry(retry -> log.warn("Cannot read the change log; reading again", retry.failure())))
				.doOnComplete(() -> this.readUpTo = version);
		}

		private Mono<List<Change>> page() {
			return Mono.fromCallable(() -> {
				var page = ChangeFeed.this.store.read(AFTER,
						Map.of("seq", this.cursor.seq(), "n", this.cursor.n(), "limit", ChangeFeed.this.pageSize),
						Change::from);
				if (!page.isEmpty()) {
					this.cursor = page.getLast().cursor();
				}
				return page;
			}).subscribeOn(Schedulers.boundedElastic());
		}

	}

	private long version() {
		return this.store
			.read("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version", Map.of(),
					r -> r.get("version").asLong())
			.stream()
			.findFirst()
			.orElse(0L);
	}

}
