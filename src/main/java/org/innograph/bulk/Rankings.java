package org.innograph.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.innograph.bulk.FactKinds.RankedList;
import org.innograph.bulk.Skeleton.Entity;

import static org.innograph.bulk.SyntheticGraph.FIRST_YEAR;
import static org.innograph.bulk.SyntheticGraph.LAST_YEAR;

/**
 * The ranks of the ranked lists' subjects in every edition, and the text of each
 * edition's document, which the ranking facts quote.
 */
final class Rankings {

	private final long seed;

	private final Map<String, String> texts = new LinkedHashMap<>();

	Rankings(long seed) {
		this.seed = seed;
	}

	/**
	 * Ranks the subjects in each edition by a score that moves as a random walk with a
	 * drift of its own, so that ranks change a little from edition to edition and a lot
	 * over decades. Only subjects that exist in an edition's year are ranked.
	 */
	void rank(RankedList list, List<Entity> subjects) {
		for (var s : subjects) {
			var random = new SplittableRandom(this.seed ^ s.id.hashCode() * 0x9E3779B97F4A7C15L);
			var scores = new double[LAST_YEAR - FIRST_YEAR + 1];
			var score = 50 + 20 * Math.log(1 + s.size) + random.nextGaussian() * 5;
			var drift = random.nextGaussian() * 0.8;
			for (int i = 0; i < scores.length; i++) {
				score += drift + random.nextGaussian() * 1.5;
				scores[i] = score;
			}
			s.scores = scores;
		}
		for (int edition = list.firstEdition(); edition <= LAST_YEAR; edition++) {
			int year = edition;
			var ranked = new ArrayList<>(
					subjects.stream().filter(s -> s.established == null || s.established <= year).toList());
			int i = year - FIRST_YEAR;
			ranked.sort((a, b) -> Double.compare(b.scores[i], a.scores[i]));
			var text = new StringBuilder("%d年%s结果（%s发布）\n".formatted(edition, list.name(), list.publisher()));
			for (int r = 0; r < ranked.size(); r++) {
				ranked.get(r).ranks.put(list.code() + edition, r + 1);
				text.append(quote(r + 1, ranked.get(r), ranked.get(r).scores[i])).append('\n');
			}
			this.texts.put(documentId(list, edition), text.toString().strip());
		}
	}

	static String quote(int rank, Entity subject, double score) {
		return "第%d名 %s（得分%.2f）".formatted(rank, subject.hans, score);
	}

	static String documentId(RankedList list, int edition) {
		return "gen-doc-rank-%s-%d".formatted(list.code(), edition);
	}

	/** The text of each ranking edition's document, by document id. */
	Map<String, String> texts() {
		return this.texts;
	}

}
