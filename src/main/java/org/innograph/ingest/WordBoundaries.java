package org.innograph.ingest;

import java.util.BitSet;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;

/**
 * Where the words of a Chinese text begin and end, by HanLP's segmenter (its core
 * dictionary and bigram model): the link stage asks whether a short place name stands as
 * words of its own or sits inside another word.
 */
final class WordBoundaries {

	/**
	 * Without the recognisers of people's names, which take a place and the word after it
	 * for a name (宁波第 in 宁波第13位).
	 */
	private static final Segment SEGMENT = HanLP.newSegment()
		.enableNameRecognize(false)
		.enableTranslatedNameRecognize(false)
		.enableJapaneseNameRecognize(false);

	/** With the recogniser of organisations' names, for {@link #organisations}. */
	private static final Segment ORGANISATIONS = HanLP.newSegment()
		.enableNameRecognize(false)
		.enableTranslatedNameRecognize(false)
		.enableJapaneseNameRecognize(false)
		.enableOrganizationRecognize(true);

	/** The endings of the organisations' names the recogniser finds that are kept. */
	private static final java.util.regex.Pattern ORGANISATION_ENDS = java.util.regex.Pattern
		.compile(".{2,}(集团|公司|协会|学会|大学|学院|研究院|研究所|医院|银行|商会|联合会)$");

	private WordBoundaries() {
	}

	/**
	 * The spans of organisations' names HanLP recognises in a text (内蒙古伊泰集团) whose ending
	 * says what they are: a place at their start names no subject.
	 */
	static java.util.List<int[]> organisations(String text) {
		var spans = new java.util.ArrayList<int[]>();
		int at = 0;
		for (var term : ORGANISATIONS.seg(text)) {
			int start = text.indexOf(term.word, at);
			if (start < 0) {
				break;
			}
			at = start + term.word.length();
			if (term.nature.startsWith("nt") && ORGANISATION_ENDS.matcher(term.word).matches()) {
				spans.add(new int[] { start, at });
			}
		}
		return spans;
	}

	/**
	 * The offsets at which a word begins or ends, the text's two ends included; every
	 * offset when the segmenter's words do not cover the text exactly, so that nothing is
	 * refused on its account.
	 */
	static BitSet of(String text) {
		var boundaries = new BitSet(text.length() + 1);
		int at = 0;
		boundaries.set(0);
		for (var term : SEGMENT.seg(text)) {
			if (!text.startsWith(term.word, at)) {
				boundaries.set(0, text.length() + 1);
				return boundaries;
			}
			at += term.word.length();
			boundaries.set(at);
		}
		if (at != text.length()) {
			boundaries.set(0, text.length() + 1);
		}
		return boundaries;
	}

	/**
	 * A word that HanLP's core dictionary knows mostly as something other than a place
	 * (合作, 新建, 和平): as a county's short name it is ordinary prose far more often.
	 */
	static boolean isOrdinaryWord(String word) {
		var attribute = CoreDictionary.get(word);
		if (attribute == null) {
			return false;
		}
		int best = 0;
		for (int i = 1; i < attribute.nature.length; i++) {
			if (attribute.frequency[i] > attribute.frequency[best]) {
				best = i;
			}
		}
		var nature = attribute.nature[best].toString();
		return !nature.startsWith("ns") && !nature.equals("s");
	}

	/**
	 * Whether the span [start, end) of the text cuts an ordinary two-character word in
	 * two at either end: 新平 in 科技创新平台 cuts 创新 and 平台, which the segmenter splits around
	 * the place name.
	 */
	static boolean cutsAWord(String text, int start, int end) {
		return (start > 0 && isOrdinaryWord(text.substring(start - 1, start + 1)))
				|| (end < text.length() && isOrdinaryWord(text.substring(end - 1, end + 1)));
	}

}
