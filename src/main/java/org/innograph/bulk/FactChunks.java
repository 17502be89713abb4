package org.innograph.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.innograph.bulk.FactKinds.AwardKind;
import org.innograph.bulk.FactKinds.MetricKind;
import org.innograph.bulk.Skeleton.Entity;
import org.innograph.bulk.Skeleton.ProvinceGraph;

import static org.innograph.bulk.ChunkRows.METHODS_DOC;
import static org.innograph.bulk.FactKinds.CITY_LIST;
import static org.innograph.bulk.FactKinds.HIGH_TECH_ENTERPRISE;
import static org.innograph.bulk.FactKinds.HTE;
import static org.innograph.bulk.FactKinds.INNOVATIVE_CITY;
import static org.innograph.bulk.FactKinds.INTENSITY;
import static org.innograph.bulk.FactKinds.KEY_LAB;
import static org.innograph.bulk.FactKinds.LISTS;
import static org.innograph.bulk.FactKinds.NATIONAL_ZONE;
import static org.innograph.bulk.FactKinds.PATENTS;
import static org.innograph.bulk.FactKinds.RD;
import static org.innograph.bulk.FactKinds.REVENUE;
import static org.innograph.bulk.SyntheticGraph.FIRST_YEAR;
import static org.innograph.bulk.SyntheticGraph.LAST_YEAR;

/**
 * The chunks of facts, each for up to ten cities of a province: the yearly metrics of the
 * province, its cities and national zones, quoted from the statistical bulletins; the
 * ranks of the ranked lists; and the designations, quoted from the notices.
 */
final class FactChunks {

	private final long seed;

	private final Skeleton skeleton;

	private final Map<String, String> rankingTexts;

	FactChunks(long seed, Skeleton skeleton, Map<String, String> rankingTexts) {
		this.seed = seed;
		this.skeleton = skeleton;
		this.rankingTexts = rankingTexts;
	}

	Chunk factChunk(ProvinceGraph g, int fromCity, int toCity, int part) {
		var rows = new ChunkRows("facts-" + g.entity.id + "-" + part, this.rankingTexts);
		var p = g.province;
		var cities = g.cities.subList(fromCity, toCity);
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			var bulletin = "gen-doc-bulletin-%s-%d-%d".formatted(g.entity.id.substring(9), year, part);
			rows.document(bulletin,
					"%s%d年国民经济和社会发展统计公报%s".formatted(p.zhHans(), year, part == 0 ? "" : "（续" + part + "）"),
					p.zhHans() + "统计局", "%d-03-20".formatted(year + 1), "PRIMARY", "OFFICIAL_DOCUMENT", true);
			if (part == 0) {
				metrics(rows, g.entity, year, bulletin, List.of(RD, HTE, PATENTS, INTENSITY));
			}
			for (var city : cities) {
				metrics(rows, city, year, bulletin, List.of(RD, HTE, PATENTS));
				for (var zone : g.zones) {
					if (zone.parent == city && "NATIONAL".equals(zone.level) && zone.established <= year) {
						metrics(rows, zone, year, bulletin, List.of(REVENUE));
					}
				}
			}
		}
		var subjects = new ArrayList<Entity>(cities);
		if (part == 0) {
			subjects.add(g.entity);
		}
		subjects.addAll(g.zones.stream().filter(z -> cities.contains(z.parent)).toList());
		for (var s : subjects) {
			for (var list : LISTS) {
				for (int edition = list.firstEdition(); edition <= LAST_YEAR; edition++) {
					var rank = s.ranks.get(list.code() + edition);
					if (rank == null) {
						continue;
					}
					var props = new HashMap<String, Object>();
					props.put("rank", rank);
					props.put("list", list.name());
					props.put("listEn", list.nameEn());
					props.put("edition", edition);
					props.put("publisher", list.publisher());
					var quote = Rankings.quote(rank, s, s.scores[edition - FIRST_YEAR]);
					rows.fact("gen-rank-%s-%s-%d".formatted(list.code(), s.id.substring(4), edition), "Ranking", props,
							s.id, null, null, List.of(rows.cite(Rankings.documentId(list, edition), quote, false),
									rows.cite(METHODS_DOC, "评价对象：" + list.name(), false)));
				}
			}
		}
		designations(rows, g, cities);
		return rows.build();
	}

	private void designations(ChunkRows rows, ProvinceGraph g, List<Entity> cities) {
		var notices = new HashMap<Integer, String>();
		java.util.function.IntFunction<String> notice = (year) -> notices.computeIfAbsent(year, (y) -> {
			var id = "gen-doc-notice-%s-%d-%s".formatted(g.entity.id.substring(9), y,
					cities.getFirst().id.substring(9));
			rows.document(id, "关于公布%d年%s科技创新认定名单的通知".formatted(y, g.province.zhHans()), g.department.hans,
					"%d-12-01".formatted(y), "PRIMARY", "OFFICIAL_DOCUMENT", true);
			return id;
		});
		for (var org : g.orgs) {
			var city = org.parent.kind.equals("City") ? org.parent : org.parent.parent;
			if (!cities.contains(city) || org.id.hashCode() % 4 == 0) {
				continue;
			}
			int year = Math.max(2008, org.established + 3);
			designation(rows, org, HIGH_TECH_ENTERPRISE, g.department, Math.min(year, LAST_YEAR), notice);
		}
		for (var lab : g.labs) {
			if (cities.contains(lab.parent)) {
				designation(rows, lab, KEY_LAB, g.department, lab.established, notice);
			}
		}
		for (var zone : g.zones) {
			if (cities.contains(zone.parent) && "NATIONAL".equals(zone.level)) {
				designation(rows, zone, NATIONAL_ZONE, this.skeleton.most, zone.established, notice);
			}
		}
		for (var city : cities) {
			var rank = city.ranks.get(CITY_LIST.code() + 2018);
			if (rank != null && rank <= Math.max(3, this.skeleton.count(100))) {
				designation(rows, city, INNOVATIVE_CITY, this.skeleton.most, 2018, notice);
			}
		}
	}

	private void designation(ChunkRows rows, Entity holder, AwardKind kind, Entity grantor, int year,
			java.util.function.IntFunction<String> notice) {
		var props = new HashMap<String, Object>();
		props.put("name", kind.hans());
		props.put("nameEn", kind.en());
		props.put("year", year);
		props.put("grantor", grantor.hans);
		var quote = "认定%s为%s".formatted(holder.hans, kind.hans());
		rows.fact("gen-des-%s-%s".formatted(kind.code(), holder.id.substring(4)), "Designation", props, holder.id,
				this.skeleton.awards.get(kind.code()).id, grantor.id,
				List.of(rows.cite(notice.apply(year), quote, false)));
	}

	/**
	 * The yearly metrics of a place or zone: one line of the year's bulletin states them
	 * all, and the statistical methods say how each is counted.
	 */
	private void metrics(ChunkRows rows, Entity subject, int year, String bulletin, List<MetricKind> kinds) {
		var random = new SplittableRandom(this.seed ^ (subject.id.hashCode() * 31L + year) * 0x9E3779B97F4A7C15L);
		var growth = Math.pow(1.11, year - FIRST_YEAR);
		var parts = new ArrayList<String>();
		var facts = new ArrayList<Map<String, Object>>();
		for (var kind : kinds) {
			double value;
			String raw;
			switch (kind.code()) {
				case "rd", "revenue" -> {
					var yi = Math.round(
							subject.size * growth * (kind == RD ? 40 : 150) * (0.9 + random.nextDouble() * 0.2) * 100)
							/ 100.0;
					value = Math.round(yi * 1e8);
					raw = format(yi) + "亿元";
				}
				case "hte" -> {
					value = Math.round(subject.size * growth * 120 * (0.9 + random.nextDouble() * 0.2));
					raw = (long) value + "家";
				}
				case "patents" -> {
					value = Math.round(subject.size * growth * 300 * (0.9 + random.nextDouble() * 0.2));
					raw = (long) value + "件";
				}
				default -> {
					value = Math.round((0.6 + (year - FIRST_YEAR) * 0.07) * (0.8 + random.nextDouble() * 0.4) * 100)
							/ 100.0;
					raw = format(value) + "%";
				}
			}
			parts.add(kind.name() + raw);
			var props = new HashMap<String, Object>();
			props.put("name", kind.name());
			props.put("nameEn", kind.nameEn());
			props.put("value", value);
			props.put("unit", kind.unit());
			props.put("rawText", raw);
			props.put("period", String.valueOf(year));
			props.put("bound", "EXACT");
			props.put("status", "ACHIEVED");
			props.put("id", "gen-m-%s-%s-%d".formatted(kind.code(), subject.id.substring(4), year));
			facts.add(props);
		}
		var line = rows.cite(bulletin, "%d年%s：%s".formatted(year, subject.hans, String.join("，", parts)), false);
		for (int i = 0; i < kinds.size(); i++) {
			var props = facts.get(i);
			var method = rows.cite(METHODS_DOC, "统计口径：" + kinds.get(i).name(), false);
			rows.fact((String) props.get("id"), "Metric", props, subject.id, null, null, List.of(line, method));
		}
	}

	private static String format(double value) {
		var text = String.format(Locale.ROOT, "%.2f", value);
		return text.replaceAll("\\.?0+$", "");
	}

}
