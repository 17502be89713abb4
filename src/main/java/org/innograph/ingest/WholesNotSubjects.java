package org.innograph.ingest;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words before a figure that name a whole it is measured against rather than what it
 * is about: the whole of a share (占全省), the base of a comparison (高于全国), the field of a
 * ranking (居全国第一), a national body (全国高企认定工作办公室). Kept apart from {@link Subjects} so the
 * order of its rules reads on its own.
 */
final class WholesNotSubjects {

	/**
	 * What stands before the whole a share is of or the base of a comparison: 占全省, 比全国.
	 */
	static final String WHOLE_OR_BASE_BEFORE = "占比较";

	/** A percentage at a figure's start. */
	static final Pattern PERCENT_AT = Pattern.compile("\\d+(?:\\.\\d+)?%");

	/** 全省, 全市 or 全国 right before a percentage: the whole it is a share of. */
	static final Pattern WHOLE_BEFORE_A_SHARE = Pattern.compile("(?:全省|全市|全国|全区)(?=\\d+(?:\\.\\d+)?%)");

	/** The same at the end of the words before a percentage. */
	static final Pattern WHOLE_AT_THE_END = Pattern.compile("(?:全省|全市|全国|全区)$");

	/**
	 * 高于全市, 快于全国平均水平: the whole a figure is compared with; not 超过全国平均水平的省, which names
	 * what is counted.
	 */
	static final Pattern COMPARED_WITH_THE_WHOLE = Pattern
		.compile("(?:高于|低于|快于|慢于|超过|超出|领先)(?:全省|全市|全国|全区)(?:平均水平|平均)?+(?!的)");

	/** 位居全省, 居全国: the whole a ranking is within, before its ordinal. */
	static final Pattern RANKED_WITHIN = Pattern.compile("(?:位居|位列|居于|居|列|排名|排在|排)(?:全省|全市|全国|全区)(?:第)?$");

	/** The field a thing is compared in: 在全国开发区中, 居全国高新区前列. */
	static final Pattern COMPARED_IN = Pattern
		.compile("(?:在|居|位居|位列|名列)(?:全国|全省|国内)\\p{IsHan}{0,12}?(?:中|之中|前列|前茅|首位)");

	/** The name of a national body: 全国高企认定工作办公室. */
	static final Pattern NATIONAL_BODY = Pattern.compile("(?:全国|中国)\\p{IsHan}{1,10}?(?:办公室|委员会|领导小组|小组|协会|学会|联盟|联合会)");

	private WholesNotSubjects() {
	}

	/**
	 * Whether the words say one of these, other than as the whole a share is of or the
	 * base of a comparison (占全省高新技术产业比重, 比全国平均).
	 */
	static boolean says(String words, List<String> these) {
		BitSet boundaries = null;
		for (var word : these) {
			for (int at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
				if (at > 0 && WHOLE_OR_BASE_BEFORE.indexOf(words.charAt(at - 1)) >= 0) {
					continue;
				}
				if (words.substring(0, at).chars().filter(c -> c == '"').count() % 2 != 0) {
					// 入围"中国企业500强": inside a quoted name.
					continue;
				}
				boundaries = (boundaries != null) ? boundaries : WordBoundaries.of(words);
				if (boundaries.get(at) && boundaries.get(at + word.length())) {
					// Not 其中国家级: a word of the text, not characters across two.
					return true;
				}
			}
		}
		return false;
	}

}
