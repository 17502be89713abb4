package org.innograph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.ingest.Gazetteer.Known;
import org.innograph.ingest.Proposal.ProposedEntity;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The entities a text's facts name, by id: the graph's own, and candidates for those it
 * lacks, each recorded once, in the order the text first names it.
 */
final class Entities {

	private final Gazetteer gazetteer;

	private final NormalisedText norm;

	private final String text;

	private final Map<String, ProposedEntity> entities = new LinkedHashMap<>();

	/** A candidate the text named, and where; -1 if it stands nowhere. */
	record Named(String id, int at) {
	}

	/** The last high-tech zone the text named: what a bare 高新区 after it stands for. */
	private @Nullable Named lastZone;

	/** The last park, town or corridor the text named: what a bare 园区 may stand for. */
	private @Nullable Named lastPark;

	Entities(Gazetteer gazetteer, NormalisedText norm) {
		this.gazetteer = gazetteer;
		this.norm = norm;
		this.text = norm.text();
	}

	/** Every entity named so far, in the order first named. */
	List<ProposedEntity> all() {
		return List.copyOf(this.entities.values());
	}

	/** The last high-tech zone named as a candidate, or null. */
	@Nullable Named lastZone() {
		return this.lastZone;
	}

	/** The last park named as a candidate (纳斯科创园, 梦想小镇), or null. */
	@Nullable Named lastPark() {
		return this.lastPark;
	}

	/**
	 * Who issued the article, as an entity: the actor of statements without a subject.
	 */
	String actor(String publisher) {
		var normalised = NormalisedText.of(publisher).text();
		var known = this.gazetteer.exactly(normalised);
		if (known.isPresent()) {
			return use(known.get());
		}
		for (var m : this.gazetteer.mentions(normalised)) {
			if (m.end() - m.start() == normalised.length()) {
				return use(m.entity());
			}
		}
		return candidate(publisher, kindOf(normalised), -1, -1);
	}

	/** The kind of an entity the article has named, or null. */
	@Nullable String kindOfId(String id) {
		var entity = this.entities.get(id);
		return (entity == null) ? null : entity.kind();
	}

	String use(Known known) {
		if (!known.inGraph()) {
			return candidate(known.name(), known.kind(), -1, -1);
		}
		this.entities.putIfAbsent(known.id(),
				new ProposedEntity(known.id(), known.kind(), known.name(), known.zhHant(), true, null, null, null));
		return known.id();
	}

	String candidateAt(String normalisedName, int start) {
		int end = start + normalisedName.length();
		if (start >= 0 && !(end <= this.text.length() && this.text.startsWith(normalisedName, start))) {
			// A name stripped of its quotes or particles: where it stands, or no place at
			// all.
			start = this.text.indexOf(normalisedName, Math.max(0, start - 2));
			end = start + normalisedName.length();
		}
		var original = (start >= 0) ? this.norm.quote(start, end) : normalisedName;
		return candidate(original, kindOf(normalisedName), start, end);
	}

	String candidate(String originalName, String kind, int start, int end) {
		var name = NormalisedText.of(originalName).text();
		var known = this.gazetteer.exactly(name);
		if (known.isPresent() && known.get().inGraph()) {
			return use(known.get());
		}
		if (known.isPresent()) {
			// A province the graph lacks: under its full name, whichever form the text
			// used.
			name = known.get().name();
			kind = known.get().kind();
			originalName = name;
		}
		var id = idPrefix(kind) + "-" + Sha256.hex(kind + ":" + name).substring(0, 12);
		var zhHant = originalName.equals(name) ? null : originalName;
		if (kind.equals("HighTechZone")) {
			this.lastZone = new Named(id, start);
		}
		if (kind.equals("InnovationZone") && start >= ((this.lastPark == null) ? -1 : this.lastPark.at())
				&& !name.matches("[该本我此全].{0,3}")) {
			// 该园区 points back; it names no park.
			this.lastPark = new Named(id, start);
		}
		this.entities.putIfAbsent(id, new ProposedEntity(id, kind, name, zhHant, false,
				(start >= 0) ? originalName : null, (start >= 0) ? start : null, (start >= 0) ? end : null));
		return id;
	}

	static String idPrefix(String kind) {
		return switch (kind) {
			case "Department" -> "dept";
			case "Organisation" -> "org";
			case "Province" -> "prov";
			case "City" -> "city";
			case "County" -> "county";
			case "HighTechZone" -> "htz";
			case "Laboratory" -> "lab";
			case "InnovationZone" -> "iz";
			case "Award" -> "award";
			case "Country" -> "country";
			case "Event" -> "event";
			default -> "pol";
		};
	}

	static String kindOf(String name) {
		if (name.matches("\\p{IsHan}{1,3}省")) {
			return "Province";
		}
		if (name.matches("\\p{IsHan}{1,4}市")) {
			return "City";
		}
		if (name.matches("\\p{IsHan}{1,4}[县区]") && !name.matches(".*(高新区|园区|新区|开发区|示范区|试验区)$")) {
			return "County";
		}
		if (name.endsWith("实验室")) {
			return "Laboratory";
		}
		if (name.matches(".*(大学|学院|研究院|研究所|公司|集团|协会|学会|中心|医院|日报|晚报|时报|新闻网|电视台|通讯社|新闻社)$")) {
			return "Organisation";
		}
		if (name.matches(".*(厅|局|委员会|委|部|办公室|政府|小组)$")) {
			return "Department";
		}
		if (name.matches(".*(奖|称号|奖项)$")) {
			return "Award";
		}
		if (name.matches(".*(大会|会议|会|展|博览会|论坛|大赛|展览)$")) {
			return "Event";
		}
		if (name.matches(".*(高新区|高新技术产业开发区|高新园区)$")) {
			return "HighTechZone";
		}
		if (name.matches(".*(自创区|示范区|试验区|走廊|产业带|园区|新区|开发区|小镇|科创园|产业园|科技城|科教城|科学城|基地)$")) {
			return "InnovationZone";
		}
		return "Policy";
	}

}
