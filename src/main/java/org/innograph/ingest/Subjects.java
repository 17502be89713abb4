package org.innograph.ingest;

import static org.innograph.ingest.PlaceGroups.OWN_GROUP;
import static org.innograph.ingest.PlaceGroups.OWN_ZONES;
import static org.innograph.ingest.WholesNotSubjects.COMPARED_IN;
import static org.innograph.ingest.WholesNotSubjects.COMPARED_WITH_THE_WHOLE;
import static org.innograph.ingest.WholesNotSubjects.NATIONAL_BODY;
import static org.innograph.ingest.WholesNotSubjects.PERCENT_AT;
import static org.innograph.ingest.WholesNotSubjects.RANKED_WITHIN;
import static org.innograph.ingest.WholesNotSubjects.WHOLE_AT_THE_END;
import static org.innograph.ingest.WholesNotSubjects.WHOLE_BEFORE_A_SHARE;
import static org.innograph.ingest.WholesNotSubjects.says;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Known;
import org.jspecify.annotations.Nullable;

/**
 * What a figure or statement is about: the place or zone its clause names (合肥高新区,
 * 浙江省高新园区), the article's own place for 全省 and 我省, the country for 全国, a group of a
 * place's labs or zones as a whole (全省企业重点实验室), else the subject the sentence or
 * paragraph gave last. Remembers that subject as it reads.
 * <p>
 * The order of the rules is here; what a stretch names and the memory of it are in
 * {@link NamedSubjects}, the words that name a whole rather than a subject in
 * {@link WholesNotSubjects}, groups of a place's labs and zones in {@link PlaceGroups}.
 */
final class Subjects {

	/** The kinds of entity that are places. */
	private static final Set<String> PLACES = Set.of("Province", "City", "County", "Country");

	/** A clause that lists names and closes the list: 甲、乙、丙等一批…, 甲、乙等3家. */
	static final Pattern ENUMERATION = Pattern.compile("、[^、]{2,40}等(?:一批|\\d+|[一二三四五六七八九十两]+)");

	private final Reading reading;

	private final IngestRules rules;

	private final String text;

	private final Entities entities;

	/**
	 * The place the article is about (its publisher's, or its title's): the subject of
	 * 全省.
	 */
	private final @Nullable Known home;

	private final PlaceGroups placeGroups;

	private final NamesNotSubjects notSubjects;

	private final NamedSubjects named;

	/**
	 * @param publisher who issued the article, whose place may be the article's own
	 */
	Subjects(Reading reading, @Nullable String publisher) {
		this.reading = reading;
		this.rules = reading.rules();
		this.text = reading.text();
		this.entities = reading.entities();
		this.home = HomePlace.of(reading, publisher);
		this.placeGroups = new PlaceGroups(this.text, this.entities);
		this.notSubjects = new NamesNotSubjects(reading);
		this.named = new NamedSubjects(reading, this.placeGroups, this.notSubjects);
	}

	/** The zone, town or park a stretch names by its ending (纳斯科创园), or null. */
	@Nullable String zoneNamedIn(int from, int to) {
		return this.named.zoneNamedIn(from, to);
	}

	/** The article's own place, or null when it names none. */
	@Nullable Known home() {
		return this.home;
	}

	/**
	 * The subject of a figure: the last entity named before it in the clause (not a place
	 * that begins a longer name); else the country for 全国, the article's province or city
	 * for 全省 or 全市; else the first entity the sentence names before the clause (its
	 * topic); else the article's own place; else its publisher.
	 */
	@Nullable String subject(int clauseStart, int before) {
		return subject(clauseStart, before, false);
	}

	/**
	 * The subject; for a place in a list, 全国 names the list (居全国第一), not its holder.
	 */
	@Nullable String subject(int clauseStart, int before, boolean ranking) {
		if (this.named.lastSubject() != null && !PLACES.contains(this.entities.kindOfId(this.named.lastSubject()))
				&& this.named.lastSubjectParagraph() == this.text.lastIndexOf('\n', clauseStart) + 1
				&& this.notSubjects.placeOfAKind(clauseStart, before)) {
			// 纳斯科创园…培育认定国家级高新技术企业3家,浙江省科技型中小企业28家: a kind of the park's
			// firms that a place names, not the place's figure.
			return this.named.lastSubject();
		}
		var composed = this.named.composedWhole(clauseStart, before);
		if (composed != null) {
			return composed;
		}
		var inTheClause = this.named.namedSubject(clauseStart, before, true);
		if (inTheClause != null) {
			return inTheClause;
		}
		// 集聚全省86.79%的重点实验室、82.52%的…: the province is the whole of the shares, not
		// their subject.
		// 国内外科技创新团队: at home and abroad, not the country.
		// 全国高企认定工作办公室: a national body's name, not the country.
		var words = WHOLE_BEFORE_A_SHARE
			.matcher(NATIONAL_BODY.matcher(this.text.substring(clauseStart, before)).replaceAll(""))
			.replaceAll("")
			.replace("国内外", "");
		if (ranking) {
			// 居全省第1位: the whole the ranking is within, not who holds it.
			words = RANKED_WITHIN.matcher(words).replaceFirst("");
		}
		// 高于全市5.8个百分点: the base of a comparison, not who is compared; 在全国国家级高新区
		// 综合排名中前进1位: the field it is compared in.
		words = COMPARED_IN.matcher(COMPARED_WITH_THE_WHOLE.matcher(words).replaceAll("")).replaceAll("");
		if (PERCENT_AT.matcher(this.text).region(before, this.text.length()).lookingAt()) {
			words = WHOLE_AT_THE_END.matcher(words).replaceFirst("");
		}
		var places = this.rules.places();
		var zones = OWN_ZONES.matcher(words);
		if (this.home != null && zones.find()) {
			// 全省44家高新区实现总收入: the province's zones as a whole, not the province.
			// 全省12家国家高新区 are the province's national zones (湖北省国家高新区), 全省高新园区 its
			// zones and parks.
			var asWritten = zones.group(1).replace("高新技术产业开发区", "高新区");
			var whose = zones.group().startsWith("全市") || zones.group().startsWith("我市") ? this.home : homeProvince();
			return this.named.remember(this.entities.candidate(whose.name() + asWritten, "HighTechZone", -1, -1),
					clauseStart + zones.start());
		}
		var group = OWN_GROUP.matcher(words);
		if (this.home != null && group.find() && this.placeGroups.measuresTheGroup(clauseStart + group.end(), before)) {
			// 全省企业重点实验室累计申请专利6935件: what the province's labs did together.
			var whose = group.group().startsWith("全市") || group.group().startsWith("我市") ? this.home : homeProvince();
			// 全部参评开发区: the participants, named so.
			var kind = (group.group(1) != null && !group.group(2).startsWith("参评")) ? "参评" + group.group(2)
					: group.group(2);
			return this.named.remember(this.placeGroups.group(whose.name() + kind), clauseStart + group.start());
		}
		if (places.anaphora().stream().anyMatch(words::contains)) {
			return (this.named.lastSubject() != null) ? this.named.lastSubject()
					: (this.home != null) ? this.entities.use(this.home) : null;
		}
		int paragraphStart = this.text.lastIndexOf('\n', clauseStart) + 1;
		var paragraphSubject = (this.named.lastSubjectParagraph() == paragraphStart) ? this.named.lastSubject() : null;
		if (this.named.topic() != null && this.named.topicAt() >= paragraphStart
				&& this.named.topicAt() > this.named.lastSubjectAt()) {
			// 2017年,长春高新区经济保持平稳增长。营业总收入同比增长18.5%: the topic sentence's zone.
			paragraphSubject = this.entities.use(this.named.topic());
		}
		if (!ranking && says(words, places.nationWords())) {
			return nation();
		}
		if (this.named.lastSubject() != null && this.named.lastSubjectAt() >= sentenceStartOf(clauseStart)
				&& this.named.lastSubjectAt() < clauseStart
				&& !says(words.substring(0, Math.min(words.length(), 3)), places.ownProvince())) {
			// 拥有会员94319家,累计发布全省企业技术难题63944项: 全省 after the verb is the
			// scope of what was done; the sentence's subject did it.
			return this.named.lastSubject();
		}
		if (this.home != null && says(words, places.ownProvince())) {
			// 全省高新技术产业产值为2820.82亿元,同比增长22.3%: the clauses after it are the
			// province's too.
			return this.named.remember(this.entities.use(homeProvince()), clauseStart);
		}
		if (this.home != null && says(words, places.ownCity())) {
			return this.named.remember(this.entities.use(this.home), clauseStart);
		}
		int sentenceStart = sentenceStartOf(clauseStart);
		if (this.named.lastSubject() != null && this.named.lastSubjectAt() >= sentenceStart
				&& this.named.lastSubjectAt() < clauseStart) {
			// 高新区内X为13.67%,Y为900家: the subject of the sentence's clause before.
			return this.named.lastSubject();
		}
		int opening = this.reading.pastTimeWords(sentenceStart, clauseStart);
		if (this.text.startsWith("在", opening)) {
			// 在杭州城西科技大走廊,以梦想小镇为代表的…: where it happens, not what it is about.
			int locativeEnd = opening;
			while (locativeEnd < clauseStart && !this.reading.isClauseBreak(locativeEnd)) {
				locativeEnd++;
			}
			if (locativeEnd < clauseStart) {
				sentenceStart = locativeEnd + 1;
			}
		}
		sentenceStart = afterEnumerations(sentenceStart, clauseStart);
		var topic = this.named.namedSubject(sentenceStart, clauseStart, false);
		if (topic != null) {
			return topic;
		}
		var built = this.named.zoneNamedIn(sentenceStart, clauseStart);
		if (built != null) {
			// 加快建设…光谷科技创新大走廊,组织实施134个重点科创项目: what the sentence builds.
			return built;
		}
		// 在全国开发区中名列前茅: the field it is compared in, not what it is about.
		var sentenceWords = COMPARED_IN
			.matcher(NATIONAL_BODY.matcher(this.text.substring(sentenceStart, clauseStart)).replaceAll(""))
			.replaceAll("");
		if (!ranking && says(sentenceWords, places.nationWords())) {
			return nation();
		}
		if (paragraphSubject != null) {
			return paragraphSubject;
		}
		if (this.home != null) {
			return this.entities.use(this.home);
		}
		return this.reading.actor();
	}

	/** See {@link NamedSubjects#namedSubject}. */
	@Nullable String namedSubject(int from, int to, boolean last) {
		return this.named.namedSubject(from, to, last);
	}

	/** Notes the place or zone a sentence opens with: its topic. */
	void openingTopic(int sentenceStart, int sentenceEnd) {
		this.named.openingTopic(sentenceStart, sentenceEnd);
	}

	/**
	 * Where a sentence's topic may stand: after its clauses that list names
	 * (承德…示范区、京津冀…中心等 一批国家级创新载体获批建设), whose first item is no topic of the figures after
	 * them.
	 */
	private int afterEnumerations(int sentenceStart, int clauseStart) {
		int from = sentenceStart;
		for (int at = sentenceStart; at < clauseStart; at++) {
			if (this.reading.isClauseBreak(at)) {
				if (ENUMERATION.matcher(this.text).region(from, at).find()) {
					sentenceStart = at + 1;
				}
				from = at + 1;
			}
		}
		return sentenceStart;
	}

	private int sentenceStartOf(int clauseStart) {
		int sentenceStart = clauseStart;
		while (sentenceStart > this.reading.bodyStart()
				&& Reading.SENTENCE_BREAKS.indexOf(this.text.charAt(sentenceStart - 1)) < 0) {
			sentenceStart--;
		}
		return sentenceStart;
	}

	/**
	 * The province of the article's own place: 我省 on a page about 深圳 is 广东省.
	 */
	private Known homeProvince() {
		return HomePlace.province(Objects.requireNonNull(this.home), this.reading.gazetteer());
	}

	/** The country, for national totals. */
	private String nation() {
		return this.entities.candidate(this.rules.places().nation(), "Country", -1, -1);
	}

}
