package org.innograph.ingest;

import static org.innograph.ingest.PlaceGroups.PLACES_GROUP;
import static org.innograph.ingest.WholesNotSubjects.WHOLE_OR_BASE_BEFORE;

import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Known;
import org.innograph.ingest.Gazetteer.Mention;
import org.jspecify.annotations.Nullable;

/**
 * The entity a stretch of text names as what its figures are about (合肥高新区, 光谷科技创新大走廊, the
 * whole 由…组成的网上技术市场), and the memory of the last one named and of the place a sentence
 * opens with, which {@link Subjects} falls back on when a clause names nothing.
 */
final class NamedSubjects {

	/** A whole and its parts: 由省管理中心、11个市级市场和29个专业市场组成的网上技术市场. */
	private static final Pattern COMPOSED_OF = Pattern.compile("由[^。;:]{2,80}?组成的(\\p{IsHan}{2,12}?)(?=[,;。]|$)");

	/** The kinds of entity a sentence's topic may be: those that hold figures. */
	private static final Set<String> HOLDERS = Set.of("Province", "City", "County", "HighTechZone", "InnovationZone");

	private final Reading reading;

	private final String text;

	private final Entities entities;

	private final PlaceNames placeNames;

	private final PlaceGroups placeGroups;

	private final NamesNotSubjects notSubjects;

	/**
	 * The entity the paragraph's figures were last said to be about, and where that
	 * paragraph starts.
	 */
	private @Nullable String lastSubject;

	private int lastSubjectParagraph = -1;

	private int lastSubjectAt = -1;

	/**
	 * The place or zone a sentence opens with (past its time words), and where: what the
	 * figures after it in its paragraph are about when they name nothing.
	 */
	private @Nullable Known topic;

	private int topicAt = -1;

	NamedSubjects(Reading reading, PlaceGroups placeGroups, NamesNotSubjects notSubjects) {
		this.reading = reading;
		this.text = reading.text();
		this.entities = reading.entities();
		this.placeNames = new PlaceNames(reading);
		this.placeGroups = placeGroups;
		this.notSubjects = notSubjects;
	}

	/** The subject last found: what {@link Subjects} falls back on. */
	@Nullable String lastSubject() {
		return this.lastSubject;
	}

	int lastSubjectParagraph() {
		return this.lastSubjectParagraph;
	}

	int lastSubjectAt() {
		return this.lastSubjectAt;
	}

	@Nullable Known topic() {
		return this.topic;
	}

	int topicAt() {
		return this.topicAt;
	}

	/**
	 * The whole a figure is a part of: 由省管理中心、11个市级市场…组成的网上技术市场, under the fuller name
	 * the text gives it elsewhere (浙江网上技术市场); null if the figure is no such part.
	 */
	@Nullable String composedWhole(int clauseStart, int before) {
		int sentenceEnd = before;
		while (sentenceEnd < this.text.length() && Reading.SENTENCE_BREAKS.indexOf(this.text.charAt(sentenceEnd)) < 0) {
			sentenceEnd++;
		}
		var composed = COMPOSED_OF.matcher(this.text).region(clauseStart, sentenceEnd);
		while (composed.find()) {
			if (composed.start() < before && before < composed.start(1)) {
				var whole = composed.group(1);
				int at = composed.start(1);
				for (var m : this.reading.mentions()) {
					if (Gazetteer.isPlace(m.entity()) && this.text.startsWith(whole, m.end())) {
						// The name with its place, where the text gives it.
						return remember(this.entities.candidate(this.text.substring(m.start(), m.end()) + whole,
								"Organisation", -1, -1), at);
					}
				}
				return remember(this.entities.candidateAt(whole, at), at);
			}
		}
		return null;
	}

	/**
	 * The entity a stretch of text names as what its figures are about: the last place or
	 * zone of the graph named there (or the longer name it begins: 合肥 in 合肥高新区), or a
	 * name with the ending of a place or zone at the start of the stretch, past its time
	 * words (2022年, 其中). The paragraph's later figures without a subject of their own are
	 * then about it too.
	 */
	@Nullable String namedSubject(int from, int to, boolean last) {
		// 占合肥市比重, 比全省平均: the whole a share is of, or the base of a comparison.
		var named = this.reading.mentionsIn(from, to)
			.stream()
			.filter(m -> !this.reading.insideName(m) && !this.notSubjects.nameOfACountedKind(m)
					&& !this.notSubjects.glossInBrackets(m.start(), m.end())
					&& !this.notSubjects.anotherWholeOfAShare(from, m.start(), m.end())
					&& (m.start() == 0 || WHOLE_OR_BASE_BEFORE.indexOf(this.text.charAt(m.start() - 1)) < 0))
			.toList();
		if (!named.isEmpty()) {
			var m = last ? named.getLast() : named.getFirst();
			if (!last && !HOLDERS.contains(m.entity().kind())) {
				return null;
			}
			var group = PLACES_GROUP.matcher(this.text).region(m.end(), to);
			if (Gazetteer.isPlace(m.entity()) && group.lookingAt()
					&& this.placeGroups.measuresTheGroup(group.end(), to)) {
				// 江苏全省企业重点实验室累计申请专利6935件: the place's labs, not the place.
				return remember(this.placeGroups.group(m.entity().name() + group.group(1)), m.start());
			}
			int longer = this.placeNames.zoneEnd(m.end(), to);
			var id = (longer > m.end()) ? this.entities.candidateAt(this.text.substring(m.start(), longer), m.start())
					: this.entities.use(m.entity());
			return remember(id, m.start());
		}
		int at = this.reading.pastTimeWords(from, to);
		var park = this.entities.lastPark();
		if (park != null && park.at() < at && park.at() > zoneAt(at)
				&& IngestRules.startsWithAny(this.text, at, "园区")) {
			// 纳斯科创园…。目前园区企业入驻率达98%: the park named last, when no zone came after it.
			return remember(park.id(), at);
		}
		var zone = zoneNamedBefore(at);
		if (zone != null && IngestRules.startsWithAny(this.text, at, "高新区", "园区", "开发区")) {
			// 合肥高新区…;高新区地区生产总值…: the bare word is the zone the text is about.
			return remember(zone, at);
		}
		int end = this.placeNames.nameEnd(at, to);
		if (end < 0 || (end < this.text.length() && Character.isDigit(this.text.charAt(end)))) {
			// 创业孵化基地628家: what the figure counts, not what it is about.
			return null;
		}
		return remember(this.entities.candidateAt(this.text.substring(at, end), at), at);
	}

	/**
	 * The last zone, corridor, town or park a stretch names by its ending (光谷科技创新大走廊,
	 * 纳斯科创园, 梦想小镇), from the word after 的, 以 or a verb of building; null if none.
	 */
	@Nullable String zoneNamedIn(int from, int to) {
		var span = this.placeNames.zoneNamedIn(from, to);
		if (span == null) {
			return null;
		}
		int bestStart = span[0];
		int bestEnd = span[1];
		for (var m : this.reading.mentionsIn(bestStart, bestEnd)) {
			if (m.start() == bestStart && m.end() == bestEnd) {
				return remember(this.entities.use(m.entity()), bestStart);
			}
		}
		return remember(this.entities.candidateAt(this.text.substring(bestStart, bestEnd), bestStart), bestStart);
	}

	String remember(String subject, int at) {
		int paragraph = this.text.lastIndexOf('\n', at) + 1;
		this.lastSubject = subject;
		this.lastSubjectParagraph = paragraph;
		this.lastSubjectAt = at;
		return subject;
	}

	/** Where the last zone named before the index stands; -1 if none. */
	private int zoneAt(int index) {
		var zone = this.entities.lastZone();
		int at = (zone != null && zone.at() < index) ? zone.at() : -1;
		var mention = zoneMentionBefore(index);
		return (mention != null) ? Math.max(at, mention.start()) : at;
	}

	/**
	 * The last zone the text named before the index: one of the graph's, or a candidate.
	 */
	private @Nullable String zoneNamedBefore(int index) {
		var last = zoneMentionBefore(index);
		var zone = this.entities.lastZone();
		if (last != null && (zone == null || last.start() > zone.at())) {
			return this.entities.use(last.entity());
		}
		return (zone != null) ? zone.id() : null;
	}

	/** The last mention of one of the graph's zones before the index, or null. */
	private @Nullable Mention zoneMentionBefore(int index) {
		Mention last = null;
		for (var m : this.reading.mentions()) {
			if (m.start() >= index) {
				break;
			}
			if (m.entity().kind().equals("HighTechZone")) {
				last = m;
			}
		}
		return last;
	}

	/** Notes the place or zone a sentence opens with: its topic. */
	void openingTopic(int sentenceStart, int sentenceEnd) {
		int at = this.reading.pastTimeWords(sentenceStart, sentenceEnd);
		int clauseEnd = at;
		while (clauseEnd < sentenceEnd && !this.reading.isClauseBreak(clauseEnd)) {
			clauseEnd++;
		}
		if (Subjects.ENUMERATION.matcher(this.text).region(at, clauseEnd).find()) {
			// 承德…示范区、京津冀…中心等一批国家级创新载体获批建设: the list's first name is no topic.
			return;
		}
		for (var m : this.reading.mentionsIn(at, sentenceEnd)) {
			// 枝江、赤壁…4个县(市)获批: a list of places is no topic.
			if (m.start() == at && HOLDERS.contains(m.entity().kind()) && !this.reading.insideName(m)
					&& this.placeNames.zoneEnd(m.end(), sentenceEnd) == m.end()
					&& (m.end() >= sentenceEnd || "、和及与等".indexOf(this.text.charAt(m.end())) < 0)) {
				this.topic = m.entity();
				this.topicAt = at;
			}
			break;
		}
	}

}
