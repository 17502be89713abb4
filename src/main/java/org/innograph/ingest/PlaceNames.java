package org.innograph.ingest;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Names of places and zones found by their endings (合肥高新区, 光谷科技创新大走廊, 浙江省高新园区): the
 * subjects the dictionary does not hold, or holds only the beginning of.
 */
final class PlaceNames {

	/**
	 * Words before 省, 市 or 区 that make it no place's name but the whole (占全省, 组织各市, 我省).
	 */
	private static final String COLLECTIVE = "全各我本该每";

	/** Characters of verbs and particles, which no name of a place or zone holds. */
	private static final String NOT_IN_NAMES = "的了已由在是为和与及等将把被从对向于成形达";

	/** Counters and numerals, which begin no zone's name. */
	private static final String COUNTERS_AND_NUMERALS = "个家项座所批类一二三四五六七八九十两百千万";

	/** What stands before the name of a zone, not in it: 以东湖科学城为核心区域的|光谷科技创新大走廊. */
	private static final String ZONE_NAME_STOPS = "的以在为和与及、把将对由从向";

	/** Verbs of building a zone's name may follow without a break: 建设|光谷科技创新大走廊. */
	private static final Pattern BUILDING_VERBS = Pattern
		.compile("(?:加快|全力|高水平|高标准|持续|深入)?(?:建设|打造|推进|创建|推动|建成|培育|依托|围绕|做强|提升|发展)");

	/** Words of level or kind that name no zone of their own. */
	private static final Pattern LEVEL_WORDS = Pattern.compile("(?:国家级|省级|市级|县级|国家|各类|各级|重点)+");

	private final IngestRules rules;

	private final Gazetteer gazetteer;

	private final String text;

	PlaceNames(Reading reading) {
		this.rules = reading.rules();
		this.gazetteer = reading.gazetteer();
		this.text = reading.text();
	}

	/**
	 * The last zone, corridor, town or park a stretch names by its ending (光谷科技创新大走廊,
	 * 纳斯科创园, 梦想小镇), from the word after 的, 以 or a verb of building: its {start, end}, or
	 * null if none.
	 */
	int @Nullable [] zoneNamedIn(int from, int to) {
		int bestStart = -1;
		int bestEnd = -1;
		for (var ending : this.rules.places().zoneEnds()) {
			if (ending.length() < 2) {
				continue;
			}
			for (int at = this.text.indexOf(ending, from); at >= 0
					&& at + ending.length() <= to; at = this.text.indexOf(ending, at + 1)) {
				int end = at + ending.length();
				int start = at;
				while (start > from && end - start < 14 && ChineseCharacters.isHan(this.text.charAt(start - 1))
						&& ZONE_NAME_STOPS.indexOf(this.text.charAt(start - 1)) < 0) {
					start--;
				}
				var lead = BUILDING_VERBS.matcher(this.text).region(start, at);
				if (lead.lookingAt()) {
					start = lead.end();
				}
				while (start < at && COUNTERS_AND_NUMERALS.indexOf(this.text.charAt(start)) >= 0) {
					// 新增11个省级高新区: the count is not in the name.
					start++;
				}
				var name = this.text.substring(start, end);
				// 创业孵化基地628家: a kind of thing the figure counts, no one zone.
				boolean counted = end < to && Character.isDigit(this.text.charAt(end));
				// 国家级园区平台324家: a level and a kind name a class of zones, not one.
				int named = start + levelWords(start, at);
				if (!counted && end - named >= ending.length() + 2 && !WordBoundaries.isOrdinaryWord(name)
						&& end > bestEnd
						&& IngestRules.startingAt(this.text, start, this.rules.places().notNames()) == null) {
					bestStart = start;
					bestEnd = end;
				}
			}
		}
		return (bestStart < 0) ? null : new int[] { bestStart, bestEnd };
	}

	/** How many characters of words of level or kind (国家级, 省级, 各类) begin a stretch. */
	private int levelWords(int start, int limit) {
		var level = LEVEL_WORDS.matcher(this.text).region(start, limit);
		return level.lookingAt() ? level.end() - start : 0;
	}

	/**
	 * Where the name of a zone that a place's name begins ends (浙江省|高新园区, 合肥|高新区): a
	 * short run ending with a zone's ending; the place's own end if none.
	 */
	int zoneEnd(int placeEnd, int limit) {
		for (int end = Math.min(limit, placeEnd + 6); end > placeEnd; end--) {
			var rest = this.text.substring(placeEnd, end);
			if (rest.codePoints().allMatch(ChineseCharacters::isHan)
					&& rest.chars().noneMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0)
					&& this.rules.places().zoneEnds().stream().anyMatch(rest::endsWith)) {
				return end;
			}
		}
		return placeEnd;
	}

	/**
	 * Where a name with the ending of a place or zone that starts at the index ends; -1
	 * if none does.
	 */
	int nameEnd(int start, int limit) {
		var places = this.rules.places();
		if (start < 0 || start >= limit || IngestRules.startingAt(this.text, start, places.notNames()) != null) {
			return -1;
		}
		for (int end = Math.min(limit, start + 10); end >= start + 2; end--) {
			var name = this.text.substring(start, end);
			if (!name.codePoints().allMatch(ChineseCharacters::isHan)
					|| name.chars().anyMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0) || WordBoundaries.isOrdinaryWord(name)
					|| places.subjectEnds().contains(name)
					|| places.subjectEnds().contains(name.substring(levelWords(start, end)))) {
				// 地区, 园区, 城市, a bare 高新区: words of prose, no one place's name; nor is
				// 国家级园区, a class of them.
				continue;
			}
			for (var ending : places.subjectEnds()) {
				if (name.endsWith(ending) && name.length() > ending.length()
						&& (ending.length() > 1
								|| (name.length() <= 6 && COLLECTIVE.indexOf(name.charAt(name.length() - 2)) < 0
										&& this.gazetteer.exactly(name).isPresent()))) {
					// A bare 省, 市 or 县 ends a division's name, and the dictionary knows
					// every division: 这个省 or 实现省 is none.
					return end;
				}
			}
		}
		return -1;
	}

}
