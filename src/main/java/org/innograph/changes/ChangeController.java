package org.innograph.changes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.fact.Fact;
import org.innograph.fact.FactRepository;
import org.innograph.source.Provenance;
import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * The change feed's subscriptions. Each page of the log becomes events with one batch
 * load of the facts (or documents) it names, so that a load of many facts costs one read,
 * not one per fact.
 */
@Controller
class ChangeController {

	private static final Set<String> FACT_KINDS = Set.of("Metric", "Ranking", "Designation", "Relation");

	private final ChangeFeed feed;

	private final FactRepository facts;

	private final Provenance provenance;

	ChangeController(ChangeFeed feed, FactRepository facts, Provenance provenance) {
		this.feed = feed;
		this.facts = facts;
		this.provenance = provenance;
	}

	@QueryMapping
	String changeCursor() {
		return this.feed.now().encode();
	}

	@SubscriptionMapping
	Flux<FactChange> factsChanged(@Argument @Nullable List<String> subjectIds, @Argument @Nullable List<String> kinds,
			@Argument @Nullable String after) {
		if (kinds != null && !FACT_KINDS.containsAll(kinds)) {
			throw new InvalidArgumentException("kinds",
					"Argument 'kinds' takes fact types: Metric, Ranking, Designation, Relation");
		}
		var subjects = (subjectIds != null) ? Set.copyOf(subjectIds) : null;
		var types = (kinds != null) ? Set.copyOf(kinds) : null;
		return this.feed.after(ChangeCursor.decode("after", after))
			.concatMap(page -> Mono.fromCallable(() -> factChanges(page, subjects, types))
				.subscribeOn(Schedulers.boundedElastic()))
			.flatMapIterable(events -> events);
	}

	@SubscriptionMapping
	Flux<DocumentAdded> documentsAdded(@Argument @Nullable String after) {
		return this.feed.after(ChangeCursor.decode("after", after))
			.concatMap(page -> Mono.fromCallable(() -> documentsAdded(page)).subscribeOn(Schedulers.boundedElastic()))
			.flatMapIterable(events -> events);
	}

	private List<FactChange> factChanges(List<Change> page, @Nullable Set<String> subjects,
			@Nullable Set<String> kinds) {
		var changes = page.stream()
			.filter(c -> "FACT".equals(c.kind()) && c.factId() != null)
			.filter(c -> subjects == null || c.subjectIds().stream().anyMatch(subjects::contains))
			.filter(c -> kinds == null || kinds.contains(c.factKind()))
			.toList();
		var written = new HashSet<String>();
		changes.stream().filter(c -> "UPSERT".equals(c.op())).forEach(c -> written.add(c.factId()));
		var loaded = written.isEmpty() ? Map.<String, Fact>of() : this.facts.byIds(written);
		return changes.stream()
			.map(c -> new FactChange(c.cursor().encode(),
					"DELETE".equals(c.op()) ? FactChange.Kind.DELETED : FactChange.Kind.UPSERTED, c.factId(),
					c.factKind(), c.subjectIds(), "DELETE".equals(c.op()) ? null : loaded.get(c.factId()), c.at()))
			.toList();
	}

	private List<DocumentAdded> documentsAdded(List<Change> page) {
		var changes = page.stream().filter(c -> "DOCUMENT".equals(c.kind()) && c.documentId() != null).toList();
		if (changes.isEmpty()) {
			return List.of();
		}
		var documents = this.provenance.documents(changes.stream().map(Change::documentId).toList());
		// A document deleted since it was added is no longer news.
		return changes.stream()
			.filter(c -> documents.containsKey(c.documentId()))
			.map(c -> new DocumentAdded(c.cursor().encode(), documents.get(c.documentId()), c.at()))
			.toList();
	}

}
