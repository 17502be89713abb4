package org.innograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.ingest.Evaluation.Miss;
import org.innograph.ingest.Evaluation.Score;

/**
 * What the scores of {@link Evaluation} read as: one article's details for a reviewer,
 * and the table of a corpus.
 */
final class EvaluationReport {

	private EvaluationReport() {
	}

	/** What a reviewer reads to see where the extractor went wrong. */
	static String details(Score score, Map<String, String> names) {
		var out = new StringBuilder();
		out.append("%s: strict P %.3f R %.3f, lenient P %.3f R %.3f, %d duplicates, %d noise%n".formatted(
				score.article(), score.precision(), score.recall(), score.lenientPrecision(), score.lenientRecall(),
				score.duplicates(), score.noiseInFacts().size()));
		if (!score.missed().isEmpty()) {
			out.append("  missed refs: ").append(score.missed()).append('\n');
		}
		for (var gold : score.unfound()) {
			out.append("  not found: #%d %s %s «%s»%n".formatted(gold.ref(), gold.type(),
					(gold.name() != null) ? gold.name() : String.valueOf(gold.relation()), gold.anchor()));
		}
		for (var miss : score.misses()) {
			var f = miss.fact();
			out.append("  wrong: %s %s%s «%s»%s%n".formatted(f.type(), ProposalReport.statement(f, names),
					miss.wrong().isEmpty() ? "" : " " + miss.wrong(), f.quote(), expected(miss)));
		}
		score.noiseInFacts().forEach(n -> out.append("  noise: ").append(n).append('\n'));
		return out.toString();
	}

	/** What the gold entry says in the fields the fact got wrong. */
	private static String expected(Miss miss) {
		var gold = miss.nearest();
		if (gold == null || miss.wrong().isEmpty() || miss.wrong().contains("duplicate")) {
			return "";
		}
		var fields = new ArrayList<String>();
		for (var field : miss.wrong()) {
			var value = switch (field) {
				case "subject", "holder" -> gold.subject();
				case "name" -> gold.name();
				case "unit" -> gold.unit();
				case "bound" -> Evaluation.orExact(gold.bound());
				case "status" -> Evaluation.orAchieved(gold.status());
				case "period" -> gold.period();
				case "previousValue" -> String.valueOf(gold.previousValue());
				case "list" -> gold.list();
				case "edition" -> String.valueOf(gold.edition());
				case "object" -> gold.object();
				default -> "?";
			};
			fields.add(field + "=" + value);
		}
		return " gold: " + String.join(", ", fields);
	}

	/** The table of a corpus: a row per article and the micro-average. */
	static String table(List<Score> scores) {
		var out = new StringBuilder();
		out.append(
				"| article | gold facts | proposed | strict P | strict R | lenient P | lenient R | duplicates | noise |\n");
		out.append("|---|---|---|---|---|---|---|---|---|\n");
		int gold = 0;
		int proposed = 0;
		int foundStrict = 0;
		int foundLenient = 0;
		int rightStrict = 0;
		int rightLenient = 0;
		int duplicates = 0;
		int noise = 0;
		for (var s : scores) {
			out.append("| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %d | %d |%n".formatted(s.article(), s.goldFacts(),
					s.proposed(), s.precision(), s.recall(), s.lenientPrecision(), s.lenientRecall(), s.duplicates(),
					s.noiseInFacts().size()));
			gold += s.goldFacts();
			proposed += s.proposed();
			foundStrict += s.foundStrict();
			foundLenient += s.foundLenient();
			rightStrict += s.rightStrict();
			rightLenient += s.rightLenient();
			duplicates += s.duplicates();
			noise += s.noiseInFacts().size();
		}
		out.append("| **micro-average (%d articles)** | %d | %d | %.3f | %.3f | %.3f | %.3f | %d | %d |%n".formatted(
				scores.size(), gold, proposed, Score.ratio(rightStrict, proposed), Score.ratio(foundStrict, gold),
				Score.ratio(rightLenient, proposed), Score.ratio(foundLenient, gold), duplicates, noise));
		return out.toString();
	}

}
