package org.innograph.ingest;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Known;
import org.innograph.ingest.Gazetteer.Mention;
import org.jspecify.annotations.Nullable;

/**
 * What a figure or statement is about: the place or zone its clause names (合肥高新区,
 * 浙江省高新园区), the article's own place for 全省 and 我省, the country for 全国, a group of a
 * place's labs or zones as a whole (全省企业重点实验室), else the subject the sentence or
 * paragraph gave last. Remembers that subject as it reads.
 */
final class Subjects {

	/** A percentage at a figure's start. */
	private static final Pattern PERCENT_AT = Pattern.compile("\\d+(?:\\.\\d+)?%");

	/** 全省, 全市 or 全国 right before a percentage: the whole it is a share of. */
	private static final Pattern WHOLE_BEFORE_A_SHARE = Pattern.compile("(?:全省|全市|全国|全区)(?=\\d+(?:\\.\\d+)?%)");

	/**
	 * 高于全市, 快于全国平均水平: the whole a figure is compared with; not 超过全国平均水平的省, which names
	 * what is counted.
	 */
	private static final Pattern COMPARED_WITH_THE_WHOLE = Pattern
		.compile("(?:高于|低于|快于|慢于|超过|超出|领先)(?:全省|全市|全国|全区)(?:平均水平|平均)?+(?!的)");

	/** 位居全省, 居全国: the whole a ranking is within, before its ordinal. */
	private static final Pattern RANKED_WITHIN = Pattern.compile("(?:位居|位列|居于|居|列|排名|排在|排)(?:全省|全市|全国|全区)(?:第)?$");

	/** The same at the end of the words before a percentage. */
	private static final Pattern WHOLE_AT_THE_END = Pattern.compile("(?:全省|全市|全国|全区)$");

	/**
	 * Groups of like things whose figures a text gives together. Not 高新技术企业: readers take
	 * what a province's enterprises did as the province's figure.
	 */
	private static final String GROUPS = "(企业国家重点实验室|企业重点实验室|国家重点实验室|重点实验室|参评开发区|开发区)";

	/**
	 * 全省企业重点实验室, 我省参评的6家开发区, 全部参评开发区: the article's own place's group (its city's when 全市
	 * says so).
	 */
	private static final Pattern OWN_GROUP = Pattern
		.compile("(?:全省|我省|本省|全市|我市|本市|全部|所有)(参评)?的?(?:共有)?(?:\\d+|[一二三四五六七八九十两]+)?家?" + GROUPS);

	/** After a place: its group, 江苏全省企业重点实验室. */
	private static final Pattern PLACES_GROUP = Pattern
		.compile("(?:全省|全市)?(?:参评的?)?(?:\\d+|[一二三四五六七八九十两]+)?家?" + GROUPS);

	/** What counts a group itself: 达到, 总数, 数量. */
	private static final Pattern COUNT_OF_ITSELF = Pattern
		.compile("总数|总量|数量|数|达到|达|为|共有|共|有|已|累计|新增|增至|增加到|增长到|突破|超过|认定|备案|获批|家|个|\\P{IsHan}");

	/** The article's own province's or city's zones as a whole: 全省44家国家级及省级高新区. */
	private static final Pattern OWN_ZONES = Pattern
		.compile("(?:全省|全市|全区|我省|我市)(?:\\d+[家个])?((?:国家级|省级|国家)?(?:及省级|和省级)?(?:高新区|高新技术产业开发区|高新园区))");

	/**
	 * What stands before the whole a share is of or the base of a comparison: 占全省, 比全国.
	 */
	private static final String WHOLE_OR_BASE_BEFORE = "占比较";

	/**
	 * After an item of a list: the other items, and the count that closes it with its
	 * noun.
	 */
	private static final Pattern COUNTED_LIST_AFTER = Pattern
		.compile("((?:[、和及与][\\p{IsHan}\"“”]{1,12}?)+)?(?:等)?(?:\\d+|[一二两三四五六七八九十]+)(?:个|家|所|座|项|类)(\\p{IsHan}{1,6})");

	/** Nouns of things a place's name may start: 省实验室, 市级平台. */
	private static final Pattern KINDS_NOT_PLACES = Pattern.compile("实验室|中心|企业|平台|基地|园|项目|机构|学校|大学|医院");

	/** A whole and its parts: 由省管理中心、11个市级市场和29个专业市场组成的网上技术市场. */
	private static final Pattern COMPOSED_OF = Pattern.compile("由[^。;:]{2,80}?组成的(\\p{IsHan}{2,12}?)(?=[,;。]|$)");

	/** The field a thing is compared in: 在全国开发区中, 居全国高新区前列. */
	private static final Pattern COMPARED_IN = Pattern
		.compile("(?:在|居|位居|位列|名列)(?:全国|全省|国内)\\p{IsHan}{0,12}?(?:中|之中|前列|前茅|首位)");

	/** The name of a national body: 全国高企认定工作办公室. */
	private static final Pattern NATIONAL_BODY = Pattern
		.compile("(?:全国|中国)\\p{IsHan}{1,10}?(?:办公室|委员会|领导小组|小组|协会|学会|联盟|联合会)");

	/** The kinds of entity that are places. */
	private static final Set<String> PLACES = Set.of("Province", "City", "County", "Country");

	/** The ending of a kind of firm, lab or body a place's name may qualify. */
	private static final Pattern KIND_OF_THINGS = Pattern.compile("(?:企业|实验室|中心|孵化器|平台|机构)$");

	/** The kinds of entity a sentence's topic may be: those that hold figures. */
	private static final Set<String> HOLDERS = Set.of("Province", "City", "County", "HighTechZone", "InnovationZone");

	/** The noun a count of places counts: 县(市、区), 个城市, 地区. */
	static final Pattern COUNTED_PLACES = Pattern.compile("^(?:县\\([市、区]+\\)|[县市区省州盟旗]|城市|地区|地市|区县|县区|县市)");

	private final Reading reading;

	private final IngestRules rules;

	private final String text;

	private final Entities entities;

	private final PlaceNames placeNames;

	/**
	 * The place the article is about (its publisher's, or its title's): the subject of
	 * 全省.
	 */
	private final @Nullable Known home;

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

	/**
	 * @param publisher who issued the article, whose place may be the article's own
	 */
	Subjects(Reading reading, @Nullable String publisher) {
		this.reading = reading;
		this.rules = reading.rules();
		this.text = reading.text();
		this.entities = reading.entities();
		this.placeNames = new PlaceNames(reading);
		this.home = HomePlace.of(reading, publisher);
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
		if (this.lastSubject != null && !PLACES.contains(this.entities.kindOfId(this.lastSubject))
				&& this.lastSubjectParagraph == this.text.lastIndexOf('\n', clauseStart) + 1
				&& placeOfAKind(clauseStart, before)) {
			// 纳斯科创园…培育认定国家级高新技术企业3家,浙江省科技型中小企业28家: a kind of the park's
			// firms that a place names, not the place's figure.
			return this.lastSubject;
		}
		var composed = composedWhole(clauseStart, before);
		if (composed != null) {
			return composed;
		}
		var named = namedSubject(clauseStart, before, true);
		if (named != null) {
			return named;
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
		// 高于全市5.8个百分点: the base of a comparison, not who is compared.
		words = COMPARED_WITH_THE_WHOLE.matcher(words).replaceAll("");
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
			return remember(this.entities.candidate(whose.name() + asWritten, "HighTechZone", -1, -1),
					clauseStart + zones.start());
		}
		var group = OWN_GROUP.matcher(words);
		if (this.home != null && group.find() && measuresTheGroup(clauseStart + group.end(), before)) {
			// 全省企业重点实验室累计申请专利6935件: what the province's labs did together.
			var whose = group.group().startsWith("全市") || group.group().startsWith("我市") ? this.home : homeProvince();
			// 全部参评开发区: the participants, named so.
			var kind = (group.group(1) != null && !group.group(2).startsWith("参评")) ? "参评" + group.group(2)
					: group.group(2);
			return remember(group(whose.name() + kind), clauseStart + group.start());
		}
		if (places.anaphora().stream().anyMatch(words::contains)) {
			return (this.lastSubject != null) ? this.lastSubject
					: (this.home != null) ? this.entities.use(this.home) : null;
		}
		int paragraphStart = this.text.lastIndexOf('\n', clauseStart) + 1;
		var paragraphSubject = (this.lastSubjectParagraph == paragraphStart) ? this.lastSubject : null;
		if (this.topic != null && this.topicAt >= paragraphStart && this.topicAt > this.lastSubjectAt) {
			// 2017年,长春高新区经济保持平稳增长。营业总收入同比增长18.5%: the topic sentence's zone.
			paragraphSubject = this.entities.use(this.topic);
		}
		if (!ranking && says(words, places.nationWords())) {
			return nation();
		}
		if (this.lastSubject != null && this.lastSubjectAt >= sentenceStartOf(clauseStart)
				&& this.lastSubjectAt < clauseStart
				&& !says(words.substring(0, Math.min(words.length(), 3)), places.ownProvince())) {
			// 拥有会员94319家,累计发布全省企业技术难题63944项: 全省 after the verb is the
			// scope of what was done; the sentence's subject did it.
			return this.lastSubject;
		}
		if (this.home != null && says(words, places.ownProvince())) {
			// 全省高新技术产业产值为2820.82亿元,同比增长22.3%: the clauses after it are the
			// province's too.
			return remember(this.entities.use(homeProvince()), clauseStart);
		}
		if (this.home != null && says(words, places.ownCity())) {
			return remember(this.entities.use(this.home), clauseStart);
		}
		int sentenceStart = sentenceStartOf(clauseStart);
		if (this.lastSubject != null && this.lastSubjectAt >= sentenceStart && this.lastSubjectAt < clauseStart) {
			// 高新区内X为13.67%,Y为900家: the subject of the sentence's clause before.
			return this.lastSubject;
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
		var topic = namedSubject(sentenceStart, clauseStart, false);
		if (topic != null) {
			return topic;
		}
		var built = zoneNamedIn(sentenceStart, clauseStart);
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

	/**
	 * The whole a figure is a part of: 由省管理中心、11个市级市场…组成的网上技术市场, under the fuller name
	 * the text gives it elsewhere (浙江网上技术市场); null if the figure is no such part.
	 */
	private @Nullable String composedWhole(int clauseStart, int before) {
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

	private int sentenceStartOf(int clauseStart) {
		int sentenceStart = clauseStart;
		while (sentenceStart > this.reading.bodyStart()
				&& Reading.SENTENCE_BREAKS.indexOf(this.text.charAt(sentenceStart - 1)) < 0) {
			sentenceStart--;
		}
		return sentenceStart;
	}

	/**
	 * Whether the words before a figure are a place's name and a kind of thing it names
	 * (浙江省科技型中小企业, 萧山区中小微科技型企业), and nothing else.
	 */
	private boolean placeOfAKind(int clauseStart, int before) {
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
	 * Whether the words say one of these, other than as the whole a share is of or the
	 * base of a comparison (占全省高新技术产业比重, 比全国平均).
	 */
	private static boolean says(String words, List<String> these) {
		BitSet boundaries = null;
		for (var word : these) {
			for (int at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
				if (at > 0 && WHOLE_OR_BASE_BEFORE.indexOf(words.charAt(at - 1)) >= 0) {
					continue;
				}
				if (words.substring(0, at).chars().filter(c -> c == '"').count() % 2 != 0) {
					// 入围"中国企业500强": inside a quoted name.
					continue;
				}
				boundaries = (boundaries != null) ? boundaries : WordBoundaries.of(words);
				if (boundaries.get(at) && boundaries.get(at + word.length())) {
					// Not 其中国家级: a word of the text, not characters across two.
					return true;
				}
			}
		}
		return false;
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
			.filter(m -> !this.reading.insideName(m) && !nameOfACountedKind(m) && !glossInBrackets(m.start(), m.end())
					&& !anotherWholeOfAShare(from, m.start(), m.end())
					&& (m.start() == 0 || WHOLE_OR_BASE_BEFORE.indexOf(this.text.charAt(m.start() - 1)) < 0))
			.toList();
		if (!named.isEmpty()) {
			var m = last ? named.getLast() : named.getFirst();
			if (!last && !HOLDERS.contains(m.entity().kind())) {
				return null;
			}
			var group = PLACES_GROUP.matcher(this.text).region(m.end(), to);
			if (Gazetteer.isPlace(m.entity()) && group.lookingAt() && measuresTheGroup(group.end(), to)) {
				// 江苏全省企业重点实验室累计申请专利6935件: the place's labs, not the place.
				return remember(group(m.entity().name() + group.group(1)), m.start());
			}
			int longer = this.placeNames.zoneEnd(m.end(), to);
			var id = (longer > m.end()) ? this.entities.candidateAt(this.text.substring(m.start(), longer), m.start())
					: this.entities.use(m.entity());
			return remember(id, m.start());
		}
		int at = this.reading.pastTimeWords(from, to);
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
	 * Whether a name is the next whole of a share the clause gave (占全新疆的41%、乌鲁木齐市的66%):
	 * the whole, not what the share is of.
	 */
	private boolean anotherWholeOfAShare(int from, int start, int end) {
		return start > from && this.text.charAt(start - 1) == '、'
				&& SHARE_AFTER.matcher(this.text).region(end, this.text.length()).lookingAt()
				&& this.text.substring(from, start).contains("占");
	}

	/** 的66%: what follows the whole of a share. */
	private static final Pattern SHARE_AFTER = Pattern.compile("的\\d+(?:\\.\\d+)?%");

	/**
	 * Whether a name stands alone in brackets right after another name: 高新区(新市区), a zone
	 * and the district it shares its government with, is about the zone.
	 */
	private boolean glossInBrackets(int start, int end) {
		return start >= 2 && end < this.text.length() && "(（".indexOf(this.text.charAt(start - 1)) >= 0
				&& ")）".indexOf(this.text.charAt(end)) >= 0
				&& Character.UnicodeScript.of(this.text.charAt(start - 2)) == Character.UnicodeScript.HAN;
	}

	/**
	 * The last zone, corridor, town or park a stretch names by its ending (光谷科技创新大走廊,
	 * 纳斯科创园, 梦想小镇), from the word after 的, 以 or a verb of building; null if none.
	 */
	private @Nullable String zoneNamedIn(int from, int to) {
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

	private String remember(String subject, int at) {
		int paragraph = this.text.lastIndexOf('\n', at) + 1;
		this.lastSubject = subject;
		this.lastSubjectParagraph = paragraph;
		this.lastSubjectAt = at;
		return subject;
	}

	/**
	 * The last zone the text named before the index: one of the graph's, or a candidate.
	 */
	private @Nullable String zoneNamedBefore(int index) {
		Mention last = null;
		for (var m : this.reading.mentions()) {
			if (m.start() >= index) {
				break;
			}
			if (m.entity().kind().equals("HighTechZone")) {
				last = m;
			}
		}
		if (last != null && (this.entities.lastZone() == null || last.start() > this.entities.lastZoneAt())) {
			return this.entities.use(last.entity());
		}
		return this.entities.lastZone();
	}

	/** Notes the place or zone a sentence opens with: its topic. */
	void openingTopic(int sentenceStart, int sentenceEnd) {
		int at = this.reading.pastTimeWords(sentenceStart, sentenceEnd);
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

	/**
	 * The province of the article's own place: 我省 on a page about 深圳 is 广东省.
	 */
	private Known homeProvince() {
		return HomePlace.province(Objects.requireNonNull(this.home), this.reading.gazetteer());
	}

	/**
	 * A place's name among the items of a list that a count of another kind closes
	 * (长白山、三江、吉光3个省实验室): the name of one of those, not the place.
	 */
	private boolean nameOfACountedKind(Mention m) {
		boolean listed = m.start() > 0 && "、和及与".indexOf(this.text.charAt(m.start() - 1)) >= 0;
		var rest = COUNTED_LIST_AFTER.matcher(this.text).region(m.end(), Math.min(this.text.length(), m.end() + 60));
		if (!rest.lookingAt() || !(listed || rest.group(1) != null)) {
			return false;
		}
		var noun = rest.group(2);
		return !COUNTED_PLACES.matcher(noun).lookingAt() || KINDS_NOT_PLACES.matcher(noun).find();
	}

	/**
	 * Whether the words between a group's name and its figure name something the group
	 * has or did (累计申请专利), not the count of the group itself (达到1200家).
	 */
	private boolean measuresTheGroup(int groupEnd, int figureStart) {
		var between = COUNT_OF_ITSELF.matcher(this.text.substring(groupEnd, figureStart)).replaceAll("");
		return between.codePoints().filter(ChineseCharacters::isHan).count() >= 2;
	}

	/** A group of like things of a place, as a candidate: 江苏省企业重点实验室. */
	private String group(String name) {
		var kind = name.endsWith("实验室") ? "Laboratory"
				: name.matches(".*(高新区|开发区|园区)$") ? "HighTechZone" : "Organisation";
		return this.entities.candidate(name, kind, -1, -1);
	}

	/** The country, for national totals. */
	private String nation() {
		return this.entities.candidate(this.rules.places().nation(), "Country", -1, -1);
	}

}
