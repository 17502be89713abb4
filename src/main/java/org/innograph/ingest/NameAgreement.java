package org.innograph.ingest;

import java.util.HashMap;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether a proposed name and the gold's name are names of one thing: of one entity, or
 * of one metric, list or title.
 */
final class NameAgreement {

	private NameAgreement() {
	}

	/**
	 * Two names of one entity: equal once simplified and stripped of spaces, quotes and
	 * an administrative suffix (广东 and 广东省, 杭州 and 杭州市), or one of them the other with 全国
	 * or 中国 in front.
	 */
	static boolean sameEntity(@Nullable String proposed, @Nullable String gold) {
		if (gold == null) {
			return true;
		}
		if (proposed == null) {
			return false;
		}
		var a = entityKey(proposed);
		var b = entityKey(gold);
		return a.equals(b) || (isNation(a) && isNation(b));
	}

	private static boolean isNation(String key) {
		return key.equals("全国") || key.equals("中国") || key.equals("我国");
	}

	private static String entityKey(String name) {
		var key = bare(name);
		return key.replaceFirst("(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|自治州|省|市|县|区)$", "");
	}

	/**
	 * Two names of one metric, list or title: one holds the other once simplified and
	 * stripped of spaces, quotes and brackets, or at least half of their character pairs
	 * are shared (Dice's coefficient over bigrams).
	 */
	static boolean sameName(String proposed, String gold) {
		var a = bare(proposed);
		var b = bare(gold);
		if (a.isEmpty() || b.isEmpty()) {
			return a.equals(b);
		}
		if (a.contains(b) || b.contains(a)) {
			return true;
		}
		return dice(a, b) >= 0.5;
	}

	/**
	 * A name without what makes no difference: case, punctuation, and the words that say
	 * it is a count (高新区数量 and 高新区数 are one name).
	 */
	private static String bare(String name) {
		return NormalisedText.of(name)
			.text()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\"'()\\[\\]《》<>、,.:;]", "")
			.replace("r&d", "研发")
			.replace("研究与试验发展", "研发")
			.replace("增长率", "增速")
			.replaceFirst("(?:数量|个数|人数|数)$", "");
	}

	static double dice(String a, String b) {
		var pairs = new HashMap<String, Integer>();
		for (int i = 0; i + 1 < a.length(); i++) {
			pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
		}
		int shared = 0;
		for (int i = 0; i + 1 < b.length(); i++) {
			var pair = b.substring(i, i + 2);
			Integer left = pairs.get(pair);
			if (left != null && left > 0) {
				shared++;
				pairs.put(pair, left - 1);
			}
		}
		int total = Math.max(0, a.length() - 1) + Math.max(0, b.length() - 1);
		return (total == 0) ? 0 : 2.0 * shared / total;
	}

}
