package org.innograph.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a dry run proposes for one document, and what a load takes: the document, the
 * entities its facts are about (those the graph has, and new candidates), and the facts,
 * each with its quote, offsets, rule and confidence. A person may edit it (change a
 * value, drop a fact or a candidate) before loading it.
 */
record Proposal(ProposedDocument document, List<ProposedEntity> entities, List<ProposedFact> facts,
		List<String> warnings) {

	/**
	 * The document. {@code text} is the cleaned text that the offsets count in;
	 * {@code contentKey} the hash of that text normalised (simplified characters, ASCII
	 * punctuation, no spaces), which keys the document whatever its encoding or page
	 * chrome; {@code sha256} the hash of the original bytes.
	 */
	record ProposedDocument(String id, String sha256, String title, @Nullable String titleZhHans,
			@Nullable String publisher, @Nullable String publishedAt, String language, String charset, String text,
			boolean alreadyInGraph, @Nullable String contentKey) {

		/** The key of the document's content: the one given, or the one its text has. */
		String key() {
			return (this.contentKey != null) ? this.contentKey : contentKeyOf(this.text);
		}

		static String contentKeyOf(String text) {
			return org.innograph.store.Sha256.hex(NormalisedText.of(text).text().replaceAll("\\s+", ""));
		}
	}

	/**
	 * An entity the facts name: {@code existing} when the graph has it; otherwise a
	 * candidate the load would add, with the place it is named.
	 */
	record ProposedEntity(String id, String kind, String name, @Nullable String zhHant, boolean existing,
			@Nullable String quote, @Nullable Integer start, @Nullable Integer end) {
	}

	/**
	 * A fact in the shape of the curated seed (type METRIC, RANKING, DESIGNATION or
	 * RELATION), with its provenance: the quote as it stands in the document's text, its
	 * offsets (UTF-16 units, end exclusive), the rule that found it and a confidence
	 * between 0 and 1. {@code status} in a dry run is NEW or PRESENT (already loaded).
	 */
	record ProposedFact(String id, String type, String rule, double confidence, String quote, int start, int end,
			@Nullable String subject, @Nullable String name, @Nullable Double value, @Nullable Double previousValue,
			@Nullable String unit, @Nullable String rawText, @Nullable String bound, @Nullable String period,
			@Nullable String status, @Nullable Integer rank, @Nullable String list, @Nullable Integer edition,
			@Nullable Integer year, @Nullable String from, @Nullable String relation, @Nullable String to,
			@Nullable String label, @Nullable String loadStatus, @Nullable List<Place> alsoStated,
			@Nullable String review) {

		ProposedFact {
			alsoStated = (alsoStated == null) ? List.of() : List.copyOf(alsoStated);
		}

		ProposedFact withLoadStatus(String loadStatus) {
			return new ProposedFact(this.id, this.type, this.rule, this.confidence, this.quote, this.start, this.end,
					this.subject, this.name, this.value, this.previousValue, this.unit, this.rawText, this.bound,
					this.period, this.status, this.rank, this.list, this.edition, this.year, this.from, this.relation,
					this.to, this.label, loadStatus, this.alsoStated, this.review);
		}

		/**
		 * The same figure under another name and period: one of a list of years' values.
		 */
		ProposedFact named(@Nullable String name, @Nullable String period) {
			return new ProposedFact(this.id, this.type, this.rule, this.confidence, this.quote, this.start, this.end,
					this.subject, name, this.value, this.previousValue, this.unit, this.rawText, this.bound, period,
					this.status, this.rank, this.list, this.edition, this.year, this.from, this.relation, this.to,
					this.label, this.loadStatus, this.alsoStated, this.review);
		}

		/** The same fact, stated again at another place of the text. */
		ProposedFact alsoAt(Place place) {
			var places = new java.util.ArrayList<>(alsoStatedOrNone());
			places.add(place);
			return new ProposedFact(this.id, this.type, this.rule, this.confidence, this.quote, this.start, this.end,
					this.subject, this.name, this.value, this.previousValue, this.unit, this.rawText, this.bound,
					this.period, this.status, this.rank, this.list, this.edition, this.year, this.from, this.relation,
					this.to, this.label, this.loadStatus, places, this.review);
		}

		/**
		 * The same fact about another subject, with the reason a person should look at
		 * it.
		 */
		ProposedFact about(@Nullable String subject, @Nullable String from, @Nullable String review) {
			return new ProposedFact(this.id, this.type, this.rule, this.confidence, this.quote, this.start, this.end,
					subject, this.name, this.value, this.previousValue, this.unit, this.rawText, this.bound,
					this.period, this.status, this.rank, this.list, this.edition, this.year, from, this.relation,
					this.to, this.label, this.loadStatus, this.alsoStated, review);
		}

		List<Place> alsoStatedOrNone() {
			return (this.alsoStated == null) ? List.of() : this.alsoStated;
		}

		/** Every place the fact is stated: its quote first. */
		List<Place> places() {
			var places = new java.util.ArrayList<Place>();
			places.add(new Place(this.quote, this.start, this.end));
			places.addAll(alsoStatedOrNone());
			return places;
		}

		static ProposedFact metric(String id, String rule, double confidence, String quote, int start, int end,
				@Nullable String subject, String name, double value, @Nullable Double previousValue, String unit,
				String rawText, String bound, @Nullable String period, String status) {
			return new ProposedFact(id, "METRIC", rule, confidence, quote, start, end, subject, name, value,
					previousValue, unit, rawText, bound, period, status, null, null, null, null, null, null, null, null,
					null, null, null);
		}

		static ProposedFact ranking(String id, String rule, double confidence, String quote, int start, int end,
				@Nullable String subject, int rank, String list, @Nullable Integer edition) {
			return new ProposedFact(id, "RANKING", rule, confidence, quote, start, end, subject, null, null, null, null,
					null, null, null, null, rank, list, edition, null, null, null, null, null, null, null, null);
		}

		static ProposedFact designation(String id, String rule, double confidence, String quote, int start, int end,
				String holder, String name, @Nullable Integer year, String status) {
			return new ProposedFact(id, "DESIGNATION", rule, confidence, quote, start, end, holder, name, null, null,
					null, null, null, null, status, null, null, null, year, null, null, null, null, null, null, null);
		}

		static ProposedFact relation(String id, String rule, double confidence, String quote, int start, int end,
				String from, String relation, String to, String label, @Nullable String period) {
			return new ProposedFact(id, "RELATION", rule, confidence, quote, start, end, null, null, null, null, null,
					null, null, period, null, null, null, null, null, from, relation, to, label, null, null, null);
		}

	}

	/** A place in the text: a quote and its offsets (UTF-16 units, end exclusive). */
	record Place(String quote, int start, int end) {
	}

}
