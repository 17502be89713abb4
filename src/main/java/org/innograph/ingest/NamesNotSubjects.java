package org.innograph.ingest;

import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Mention;

/**
 * Names in a clause that its context shows are not what a figure is about: an item of a
 * list a count of another kind closes, a gloss in brackets, the next whole of a share, a
 * place's name that qualifies a kind of firm or lab.
 */
final class NamesNotSubjects {

	/**
	 * After an item of a list: the other items, and the count that closes it with its
	 * noun.
	 */
	private static final Pattern COUNTED_LIST_AFTER = Pattern
		.compile("((?:[、和及与][\\p{IsHan}\"“”]{1,12}?)+)?(?:等)?(?:\\d+|[一二两三四五六七八九十]+)(?:个|家|所|座|项|类)(\\p{IsHan}{1,6})");

	/** Nouns of things a place's name may start: 省实验室, 市级平台. */
	private static final Pattern KINDS_NOT_PLACES = Pattern.compile("实验室|中心|企业|平台|基地|园|项目|机构|学校|大学|医院");

	/** The ending of a kind of firm, lab or body a place's name may qualify. */
	private static final Pattern KIND_OF_THINGS = Pattern.compile("(?:企业|实验室|中心|孵化器|平台|机构)$");

	/** The noun a count of places counts: 县(市、区), 个城市, 地区. */
	static final Pattern COUNTED_PLACES = Pattern.compile("^(?:县\\([市、区]+\\)|[县市区省州盟旗]|城市|地区|地市|区县|县区|县市)");

	/** 的66%: what follows the whole of a share. */
	private static final Pattern SHARE_AFTER = Pattern.compile("的\\d+(?:\\.\\d+)?%");

	/** A count and its counter just before a name: 3个, 十家. */
	private static final Pattern COUNT_BEFORE = Pattern.compile("(?:\\d|[一二三四五六七八九十两])[个家项所座批]$");

	private final Reading reading;

	private final String text;

	NamesNotSubjects(Reading reading) {
		this.reading = reading;
		this.text = reading.text();
	}

	/**
	 * Whether the words before a figure are a place's name and a kind of thing it names
	 * (浙江省科技型中小企业, 萧山区中小微科技型企业), and nothing else.
	 */
	boolean placeOfAKind(int clauseStart, int before) {
		var mentions = this.reading.mentionsIn(clauseStart, before);
		if (mentions.size() != 1 || !Gazetteer.isPlace(mentions.getFirst().entity())) {
			return false;
		}
		var m = mentions.getFirst();
		var kind = this.text.substring(m.end(), before);
		return this.reading.pastTimeWords(clauseStart, before) == m.start() && kind.length() >= 2
				&& kind.codePoints().allMatch(ChineseCharacters::isHan) && KIND_OF_THINGS.matcher(kind).find();
	}

	/**
	 * Whether a name is the next whole of a share the clause gave (占全新疆的41%、乌鲁木齐市的66%):
	 * the whole, not what the share is of.
	 */
	boolean anotherWholeOfAShare(int from, int start, int end) {
		return start > from && this.text.charAt(start - 1) == '、'
				&& SHARE_AFTER.matcher(this.text).region(end, this.text.length()).lookingAt()
				&& this.text.substring(from, start).contains("占");
	}

	/**
	 * Whether a name stands alone in brackets right after another name: 高新区(新市区), a zone
	 * and the district it shares its government with, is about the zone.
	 */
	boolean glossInBrackets(int start, int end) {
		return start >= 2 && end < this.text.length() && "(（".indexOf(this.text.charAt(start - 1)) >= 0
				&& ")）".indexOf(this.text.charAt(end)) >= 0
				&& Character.UnicodeScript.of(this.text.charAt(start - 2)) == Character.UnicodeScript.HAN;
	}

	/**
	 * A place's name among the items of a list that a count of another kind closes
	 * (长白山、三江、吉光3个省实验室): the name of one of those, not the place.
	 */
	boolean nameOfACountedKind(Mention m) {
		if (COUNT_BEFORE.matcher(this.text).region(Math.max(0, m.start() - 6), m.start()).find()) {
			// 获批3个国家创新型县(市)、3个…产业集群: what a figure counts is no subject of the next.
			return true;
		}
		boolean listed = m.start() > 0 && "、和及与".indexOf(this.text.charAt(m.start() - 1)) >= 0;
		var rest = COUNTED_LIST_AFTER.matcher(this.text).region(m.end(), Math.min(this.text.length(), m.end() + 60));
		if (!rest.lookingAt() || !(listed || rest.group(1) != null)) {
			return false;
		}
		var noun = rest.group(2);
		return !COUNTED_PLACES.matcher(noun).lookingAt() || KINDS_NOT_PLACES.matcher(noun).find();
	}

}
