package org.innograph.ingest;

import java.util.LinkedHashMap;
import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Known;
import org.jspecify.annotations.Nullable;

/**
 * The article's own place, what 全省, 我省 and 全市 stand for: found once per text, from its
 * publisher, its title lines or its body.
 */
final class HomePlace {

	/** A dateline or a breadcrumb: 来源:安徽日报 发布开发区:宿州…, 当前位置:主页 > 海南新闻. */
	private static final Pattern NO_HEADLINE = Pattern
		.compile("来源[:：]|发布(?:时间|日期|开发区|者|单位)|时间[:：]|日期[:：]|作者|编辑|记者|位置[:：]|>");

	private HomePlace() {
	}

	/**
	 * The article's own place: the place its publisher's name holds (浙江省科技厅), else the
	 * first place of its headline, else the first of the lines above the body that are no
	 * dateline or breadcrumb, else the place its body names most often.
	 */
	static @Nullable Known of(Reading reading, @Nullable String publisher) {
		var publishers = (publisher != null) ? publishersPlace(reading.gazetteer(), NormalisedText.of(publisher).text())
				: null;
		if (publishers != null && Entities.kindOf(NormalisedText.of(publisher).text()).equals("Department")) {
			return publishers;
		}
		var headline = reading.headline();
		if (headline != null) {
			for (var m : reading.mentions()) {
				if (m.start() >= headline[0] && m.end() <= headline[1] && Gazetteer.isPlace(m.entity())
						&& !reading.insideName(m)) {
					return m.entity();
				}
			}
		}
		for (var m : reading.mentions()) {
			if (m.start() >= reading.bodyStart()) {
				break;
			}
			if (Gazetteer.isPlace(m.entity()) && !reading.insideName(m)
					&& !NO_HEADLINE.matcher(lineOf(reading, m.start())).find()) {
				// A newspaper's city is not what its headline is about (深圳商报 on 广东), nor
				// is a dateline's or a breadcrumb's place (发布开发区:宿州…).
				return m.entity();
			}
		}
		if (publishers != null) {
			return publishers;
		}
		var counts = new LinkedHashMap<Known, Integer>();
		for (var m : reading.mentions()) {
			if (Gazetteer.isPlace(m.entity()) && !reading.insideName(m)) {
				counts.merge(m.entity(), 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.max(java.util.Map.Entry.comparingByValue())
			.map(java.util.Map.Entry::getKey)
			.orElse(null);
	}

	/**
	 * The province of the article's own place: 我省 on a page about 深圳 is 广东省.
	 */
	static Known province(Known home, Gazetteer gazetteer) {
		if (home.kind().equals("City") || home.kind().equals("County")) {
			var province = ProvinceOf.name(home.name()).flatMap(gazetteer::exactly);
			if (province.isPresent()) {
				return province.get();
			}
		}
		return home;
	}

	private static String lineOf(Reading reading, int at) {
		var text = reading.text();
		int end = text.indexOf('\n', at);
		return text.substring(text.lastIndexOf('\n', at) + 1, (end < 0) ? text.length() : end);
	}

	/** The longest place that begins the publisher's name: 浙江省 in 浙江省科技厅. */
	private static @Nullable Known publishersPlace(Gazetteer gazetteer, String name) {
		for (int length = name.length(); length >= 2; length--) {
			var place = gazetteer.exactly(name.substring(0, length)).filter(Gazetteer::isPlace);
			if (place.isPresent()) {
				return place.get();
			}
		}
		return null;
	}

}
