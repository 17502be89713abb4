package org.innograph.bulk;

import java.util.List;
import java.util.Map;

import org.innograph.bulk.Skeleton.Entity;
import org.innograph.bulk.Skeleton.ProvinceGraph;
import org.jspecify.annotations.Nullable;

import static org.innograph.bulk.ChunkRows.METHODS_DOC;
import static org.innograph.bulk.FactKinds.HTE;
import static org.innograph.bulk.FactKinds.INTENSITY;
import static org.innograph.bulk.FactKinds.LISTS;
import static org.innograph.bulk.FactKinds.PATENTS;
import static org.innograph.bulk.FactKinds.RD;
import static org.innograph.bulk.FactKinds.REVENUE;
import static org.innograph.bulk.SyntheticGraph.LAST_YEAR;

/**
 * The chunks that name the entities: the national one (the ministry, the awards, the
 * provinces and the documents every chunk cites), then one per province with its
 * directory, where each entity's location is stated, and the relations between them.
 */
final class EntityChunks {

	private static final String CODES_DOC = "gen-doc-division-codes";

	private final Skeleton skeleton;

	private final Map<String, String> rankingTexts;

	EntityChunks(Skeleton skeleton, Map<String, String> rankingTexts) {
		this.skeleton = skeleton;
		this.rankingTexts = rankingTexts;
	}

	Chunk nationalChunk() {
		var rows = new ChunkRows("national", this.rankingTexts);
		rows.document(CODES_DOC, "中华人民共和国县以上行政区划代码", "民政部", "2025-01-01", "BACKGROUND", "REFERENCE", true);
		rows.document(METHODS_DOC, "科技统计指标解释", "国家统计局", "2024-06-30", "BACKGROUND", "REFERENCE", false);
		for (var list : LISTS) {
			for (int edition = list.firstEdition(); edition <= LAST_YEAR; edition++) {
				var id = Rankings.documentId(list, edition);
				rows.document(id, "%d年%s结果".formatted(edition, list.name()), list.publisher(),
						"%d-11-15".formatted(edition), "PRIMARY", "REPORT", true);
				rows.documents.get(id).put("text", this.rankingTexts.get(id));
				rows.documents.get(id).put("sha256", org.innograph.store.Sha256.hex(this.rankingTexts.get(id)));
			}
		}
		rows.entity(this.skeleton.most, List.of(rows.cite(CODES_DOC, "国务院组成部门：科学技术部", false)));
		for (var award : this.skeleton.awards.values()) {
			rows.entity(award, List.of(rows.cite(METHODS_DOC, "认定类别：" + award.hans, false)));
		}
		for (var kind : List.of(RD, HTE, PATENTS, INTENSITY, REVENUE)) {
			rows.cite(METHODS_DOC, "统计口径：" + kind.name(), false);
		}
		for (var list : LISTS) {
			rows.cite(METHODS_DOC, "评价对象：" + list.name(), false);
		}
		for (var g : this.skeleton.provinces) {
			rows.entity(g.entity, List.of(rows.cite(CODES_DOC, g.province.code() + " " + g.province.zhHans(), false)));
		}
		return rows.build();
	}

	private static String directoryDoc(Entity place) {
		return "gen-doc-dir-" + place.id.substring(4);
	}

	Chunk entityChunk(ProvinceGraph g) {
		var rows = new ChunkRows("entities-" + g.entity.id, Map.of());
		var p = g.province;
		rows.document(directoryDoc(g.entity), p.zhHans() + "科技创新主体名录", g.department.hans, "2025-03-01", "PRIMARY",
				"OFFICIAL_DOCUMENT", true);
		for (var city : g.cities) {
			rows.document(directoryDoc(city), city.hans + "科技创新主体名录", g.department.hans, "2025-03-01", "PRIMARY",
					"OFFICIAL_DOCUMENT", true);
		}
		// Each entity is named where its location is stated; the relation cites the same
		// quote.
		located(rows, g.department, g.entity, directoryDoc(g.entity), "%s是%s人民政府组成部门");
		for (var city : g.cities) {
			located(rows, city, g.entity, directoryDoc(g.entity), "%s是%s下辖地级市");
		}
		for (var county : g.counties) {
			located(rows, county, county.parent, directoryDoc(county.parent), "%s隶属于%s");
		}
		for (var zone : g.zones) {
			located(rows, zone, zone.parent, directoryDoc(zone.parent), "%s位于%s");
			if ("PROVINCIAL".equals(zone.level)) {
				var quote = "%s推动%s建设".formatted(g.department.hans, zone.hans);
				rows.relation(zone.id + "-adv", "ADVANCES", "推动建设", g.department, zone,
						List.of(rows.cite(directoryDoc(g.entity), quote, false)));
			}
		}
		for (var lab : g.labs) {
			located(rows, lab, lab.parent, directoryDoc(lab.parent), "%s建于%s");
		}
		for (var org : g.orgs) {
			var city = org.parent.kind.equals("City") ? org.parent : org.parent.parent;
			located(rows, org, org.parent, directoryDoc(city), "%s注册于%s");
			// Organisations take part in two laboratories of their city.
			var labs = g.labs.stream().filter(l -> l.parent == city).toList();
			for (int i = 0; i < 2 && i < labs.size(); i++) {
				var lab = labs.get((Math.floorMod(org.id.hashCode(), labs.size()) + i) % labs.size());
				var quote = "%s参与%s建设".formatted(org.hans, lab.hans);
				rows.relation(org.id + "-pin-" + lab.id.substring(8), "PARTICIPATES_IN", "参与建设", org, lab,
						List.of(rows.cite(directoryDoc(city), quote, false)));
			}
		}
		for (var policy : g.policies) {
			var quote = "%s印发《%s》".formatted(policy.parent.hans, policy.hans);
			var source = rows.cite(directoryDoc(policy.parent), quote, false);
			rows.entity(policy, List.of(source));
			rows.relation(policy.id + "-adv", "ADVANCES", "印发", g.department, policy, List.of(source));
		}
		return rows.build();
	}

	private static void located(ChunkRows rows, Entity e, @Nullable Entity place, String documentId, String pattern) {
		var quote = pattern.formatted(e.hans, place.hans);
		var source = rows.cite(documentId, quote, false);
		rows.entity(e, List.of(source));
		rows.relation(e.id + "-loc", "LOCATED_IN", pattern.replace("%s", "").strip(), e, place, List.of(source));
	}

}
