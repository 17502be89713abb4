package org.innograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

/**
 * Scores a proposal against a gold file of the facts a person found in the same article.
 * A gold fact is found when a proposed fact of its type overlaps its quote and agrees on
 * what it states: value, unit, bound and previous value for a metric, the rank for a
 * ranking, the title for a designation (either containing the other, in simplified
 * characters), the type for a relation. Gold entries with the same {@code ref} are one
 * fact stated in several ways. A proposed fact that agrees with no gold entry is wrong.
 */
final class Evaluation {

	record Gold(String description, List<GoldFact> facts) {
	}

	record GoldFact(int ref, String type, String quote, @Nullable Double value, @Nullable Double previousValue,
			@Nullable String unit, @Nullable String bound, @Nullable Integer rank, @Nullable String name,
			@Nullable String relation) {
	}

	record Score(int goldFacts, int found, int proposed, int correct, List<Integer> missed, List<ProposedFact> wrong) {

		double precision() {
			return (this.proposed == 0) ? 1 : (double) this.correct / this.proposed;
		}

		double recall() {
			return (this.goldFacts == 0) ? 1 : (double) this.found / this.goldFacts;
		}

		String report() {
			var out = new StringBuilder();
			out.append("precision %.3f (%d of %d proposed facts are right)%n".formatted(precision(), this.correct,
					this.proposed));
			out.append("recall    %.3f (%d of %d gold facts found)%n".formatted(recall(), this.found, this.goldFacts));
			if (!this.missed.isEmpty()) {
				out.append("missed: ").append(this.missed).append('\n');
			}
			for (var fact : this.wrong) {
				out.append("wrong: %s %s «%s»%n".formatted(fact.type(), ProposalReport.statement(fact), fact.quote()));
			}
			return out.toString();
		}
	}

	private Evaluation() {
	}

	static Score score(Proposal proposal, Gold gold) {
		var text = proposal.document().text();
		var refs = new TreeSet<Integer>();
		gold.facts().forEach(g -> refs.add(g.ref()));
		var found = new TreeSet<Integer>();
		int correct = 0;
		var wrong = new ArrayList<ProposedFact>();
		for (var fact : proposal.facts()) {
			boolean right = false;
			for (var g : gold.facts()) {
				if (agrees(fact, g, text)) {
					found.add(g.ref());
					right = true;
				}
			}
			if (right) {
				correct++;
			}
			else {
				wrong.add(fact);
			}
		}
		var missed = new ArrayList<>(refs);
		missed.removeAll(found);
		return new Score(refs.size(), found.size(), proposal.facts().size(), correct, missed, wrong);
	}

	static boolean agrees(ProposedFact fact, GoldFact gold, String text) {
		if (!fact.type().equals(gold.type())) {
			return false;
		}
		int start = text.indexOf(gold.quote());
		if (start < 0 || fact.end() <= start || start + gold.quote().length() <= fact.start()) {
			return false;
		}
		return switch (gold.type()) {
			case "METRIC" -> same(fact.value(), gold.value()) && same(fact.previousValue(), gold.previousValue())
					&& String.valueOf(gold.unit()).equals(fact.unit())
					&& ((gold.bound() == null) ? "EXACT" : gold.bound()).equals(fact.bound());
			case "RANKING" -> gold.rank() != null && gold.rank().equals(fact.rank());
			case "DESIGNATION" -> gold.name() != null && fact.name() != null
					&& (fact.name().contains(ChineseCharacters.simplified(gold.name()))
							|| ChineseCharacters.simplified(gold.name()).contains(fact.name()));
			default -> String.valueOf(gold.relation()).equals(fact.relation());
		};
	}

	private static boolean same(@Nullable Double a, @Nullable Double b) {
		if (a == null || b == null) {
			return a == null && b == null;
		}
		return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
	}

}
