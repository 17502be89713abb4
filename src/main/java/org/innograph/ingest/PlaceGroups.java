package org.innograph.ingest;

import java.util.regex.Pattern;

/**
 * A place's labs, zones or parks taken as a whole (全省企业重点实验室, 全省44家高新区): what names such
 * a group, whether a figure measures the group rather than counts it, and the candidate
 * entity for it.
 */
final class PlaceGroups {

	/**
	 * Groups of like things whose figures a text gives together. Not 高新技术企业: readers take
	 * what a province's enterprises did as the province's figure.
	 */
	private static final String GROUPS = "(企业国家重点实验室|企业重点实验室|国家重点实验室|重点实验室|参评开发区|开发区)";

	/**
	 * 全省企业重点实验室, 我省参评的6家开发区, 全部参评开发区: the article's own place's group (its city's when 全市
	 * says so).
	 */
	static final Pattern OWN_GROUP = Pattern
		.compile("(?:全省|我省|本省|全市|我市|本市|全部|所有)(参评)?的?(?:共有)?(?:\\d+|[一二三四五六七八九十两]+)?家?" + GROUPS);

	/** After a place: its group, 江苏全省企业重点实验室. */
	static final Pattern PLACES_GROUP = Pattern.compile("(?:全省|全市)?(?:参评的?)?(?:\\d+|[一二三四五六七八九十两]+)?家?" + GROUPS);

	/** What counts a group itself: 达到, 总数, 数量. */
	private static final Pattern COUNT_OF_ITSELF = Pattern
		.compile("总数|总量|数量|数|达到|达|为|共有|共|有|已|累计|新增|增至|增加到|增长到|突破|超过|认定|备案|获批|家|个|\\P{IsHan}");

	/** The article's own province's or city's zones as a whole: 全省44家国家级及省级高新区. */
	static final Pattern OWN_ZONES = Pattern
		.compile("(?:全省|全市|全区|我省|我市)(?:\\d+[家个])?((?:国家级|省级|国家)?(?:及省级|和省级)?(?:高新区|高新技术产业开发区|高新园区))");

	private final String text;

	private final Entities entities;

	PlaceGroups(String text, Entities entities) {
		this.text = text;
		this.entities = entities;
	}

	/**
	 * Whether the words between a group's name and its figure name something the group
	 * has or did (累计申请专利), not the count of the group itself (达到1200家).
	 */
	boolean measuresTheGroup(int groupEnd, int figureStart) {
		var between = COUNT_OF_ITSELF.matcher(this.text.substring(groupEnd, figureStart)).replaceAll("");
		return between.codePoints().filter(ChineseCharacters::isHan).count() >= 2;
	}

	/** A group of like things of a place, as a candidate: 江苏省企业重点实验室. */
	String group(String name) {
		var kind = name.endsWith("实验室") ? "Laboratory"
				: name.matches(".*(高新区|开发区|园区)$") ? "HighTechZone" : "Organisation";
		return this.entities.candidate(name, kind, -1, -1);
	}

}
