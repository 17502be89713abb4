package org.innograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import org.innograph.ingest.ChineseNumbers.Figure;
import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

/**
 * Places in rankings: 第N(位) after a place or a ranking word (杭州第5, 居全国第3位), first places
 * without a figure (居全国首位, 位列榜首), and the places a top of a list names in order
 * (排名前三的…分别为A、B和C); each with the list it ranks in and its edition.
 */
final class Rankings implements RuleFamily {

	/** 前三的国家级高新区分别为 / 前三名的地区分别是 / 排前三位的是: the places of a list, named in order. */
	private static final Pattern TOP_RESPECTIVELY = Pattern
		.compile("前([二三四五六七八九十两2-9]|10)(?!季|个月|年)(?:名|位)?(?:的)?([\\p{IsHan}]{0,12}?)(?:则)?(?:分别|依次)?(?:为|是)[:：]?");

	private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d{2}");

	/**
	 * Words before a place in a list that name no list: where and how long it held it
	 * (在…中, 继续, 已连续四年稳居), how many were ranked (169个), and a place held before in the
	 * same clause (第7位).
	 */
	private static final Pattern NOT_THE_LIST = Pattern.compile("^在|中$|继续|已|连续[一二三四五六七八九十\\d]+年|稳|名$|^\\d+个|第\\d+位");

	/** Words of moving from one place to another: 由…提升至. */
	private static final Pattern MOVE = Pattern.compile("^由|(?:提升|上升|跃升|升|下降|降|前移|前进|跃居|进)至$");

	/** Words of any figure, which name no list of their own: 数量, 总数, 增长至, 其中. */
	private static final Pattern GENERIC = Pattern.compile("其中|数量|总数|总量|规模|总额|成交总额|增长|增长至|增加到|增至|增速|提升|提高");

	/** The name of a growth rate or a share, which is no list: 增速, 增长, 占全省. */
	private static final Pattern GROWTH_OR_SHARE = Pattern.compile("增|降|幅|占");

	/** A sentence that opens on the field it ranks in: 在2021年国家高新区评价中, */
	private static final Pattern FIELD_OPENING = Pattern.compile("在?(?:(?:19|20)\\d{2}年(?:度)?)?([^,，;；。]{4,30}?)中[,，]");

	/** A place in a list and nothing else: 第15位. */
	private static final Pattern PLACE_ONLY = Pattern.compile("第\\d+位?");

	private static final Pattern REGION_AT_THE_END = Pattern.compile("((?:中部|西部|东部|东北)(?:地区)?)$");

	private String withoutRankWords(String words) {
		var without = words.replaceAll("[、\"()\\s]", "");
		for (var context : this.rules.numbers().rankContext()) {
			without = without.replace(context, "");
		}
		return without;
	}

	/** A report or list named with its edition: 《…评价研究报告2021》, 《…百强榜(2021)》. */
	private static final Pattern REPORT_TITLE = Pattern.compile("《([^》]{0,40}(?:报告|榜单|排行榜|百强|榜|评价|指数)[^》]{0,12})》");

	/** Where the figures begin in a sentence's topic: 由2014年的60.73%, 从1.1万家. */
	private static final Pattern FIGURE_IN_A_TOPIC = Pattern.compile("(?:由|从|自)?\\d");

	private final Reading reading;

	private final IngestRules rules;

	private final String text;

	private final Subjects subjects;

	/**
	 * The year in the name of the report the text names first, for its rankings' edition.
	 */
	private final @Nullable Integer reportYear;

	/**
	 * Where the last ranking ended, and its list: the items of one enumeration share it.
	 */
	private int lastRankingEnd = -1;

	private @Nullable String lastRankingList;

	Rankings(Reading reading, Subjects subjects) {
		this.reading = reading;
		this.rules = reading.rules();
		this.text = reading.text();
		this.subjects = subjects;
		this.reportYear = reportYear(this.text);
	}

	@Override
	public void read(Clause clause) {
		topPlacesRespectively(clause.start(), clause.end(), clause.sentenceStart(), clause.period());
		firstPlaces(clause.start(), clause.end(), clause.sentenceStart(), clause.period());
	}

	/**
	 * 第N(位) after a place (杭州第5) or a ranking word (居全国第3位): the place it holds; returns
	 * the index after it, or after the figure when it ranks nothing.
	 */
	int ordinal(Figure figure, int start, int end, int sentenceStart, @Nullable String period) {
		int j = figure.end();
		for (var word : this.rules.numbers().ordinalNotRank()) {
			if (this.text.startsWith(word, j)) {
				return j;
			}
		}
		boolean place = j < end && (this.text.charAt(j) == '位' || this.text.charAt(j) == '名');
		int ordinalStart = figure.start() - 1;
		var mentionBefore = this.reading.mentionEndingAt(ordinalStart);
		var context = IngestRules.endingAt(this.text, ordinalStart,
				IngestRules.longestFirst(this.rules.numbers().rankContext()));
		if (!place && mentionBefore == null && context == null) {
			return j;
		}
		int rawEnd = place ? j + 1 : j;
		String subject;
		int quoteFrom;
		var list = (mentionBefore != null) ? listName(start, mentionBefore.start(), sentenceStart) : null;
		if (mentionBefore != null) {
			// 国家高新区…杭州第5: in a list of zones, a city stands for its zone.
			var zone = Gazetteer.isPlace(mentionBefore.entity())
					&& this.text.substring(sentenceStart, mentionBefore.start()).contains("高新区")
							? zoneOf(this.text.substring(mentionBefore.start(), mentionBefore.end())) : null;
			subject = this.reading.entities().use((zone != null) ? zone : mentionBefore.entity());
			quoteFrom = mentionBefore.start();
		}
		else {
			subject = this.subjects.subject(start, ordinalStart, true);
			quoteFrom = (context != null) ? ordinalStart - context.length() : ordinalStart;
			list = listName(start, quoteFrom, sentenceStart);
		}
		if (this.lastRankingEnd >= start && this.lastRankingList != null
				&& this.text.substring(this.lastRankingEnd, quoteFrom).matches("[、,和及与\\s]*")) {
			// 杭州第5、宁波第13位: the items after the first are of its list.
			list = this.lastRankingList;
		}
		this.lastRankingEnd = rawEnd;
		this.lastRankingList = list;
		var edition = edition(period, sentenceStart, end);
		var id = this.reading.factId("ordinal", figure.start(), rawEnd, "");
		if (this.reading.isNew(id)) {
			this.reading.add(ProposedFact.ranking(id, "ordinal", place ? 0.85 : 0.7, this.reading.quote(start, end),
					start, end, subject, (int) figure.value(), list, edition));
		}
		return rawEnd;
	}

	/**
	 * 排名前三的国家级高新区分别为长沙高新区、株洲高新区和衡阳高新区: the n-th named holds the n-th place of the list
	 * the words before 前三 name.
	 */
	private void topPlacesRespectively(int start, int clauseEnd, int sentenceStart, @Nullable String period) {
		int end = clauseEnd;
		var top = TOP_RESPECTIVELY.matcher(this.text.substring(start, end));
		if (!top.find()) {
			return;
		}
		int listAt = start + top.end();
		if (listAt == end && end < this.text.length() && ":：".indexOf(this.text.charAt(end)) >= 0) {
			// 分别是:南昌、赣州和宜春: the list follows the colon, up to the sentence's end.
			listAt = end + 1;
			end = listAt;
			while (end < this.text.length() && Reading.SENTENCE_BREAKS.indexOf(this.text.charAt(end)) < 0) {
				end++;
			}
		}
		var parts = new ArrayList<int[]>();
		int partStart = listAt;
		for (int i = listAt; i <= end; i++) {
			if (i == end || "、和及与".indexOf(this.text.charAt(i)) >= 0) {
				if (i > partStart) {
					parts.add(new int[] { partStart, i });
				}
				partStart = i + 1;
			}
		}
		int expected = ChineseNumbers.at(this.text, start + top.start(1)).map(f -> (int) f.value()).orElse(0);
		if (parts.size() < 2 || parts.size() > expected) {
			return;
		}
		var words = this.text.substring(start, start + top.start()).replaceAll("^[^\\p{IsHan}]+", "");
		var qualifier = top.group(2);
		var list = (words + (qualifier == null ? "" : qualifier)).replaceAll("(排名|位列|位居|排|居|的)", "");
		if (list.length() < 2) {
			return;
		}
		for (int n = 0; n < parts.size(); n++) {
			var part = parts.get(n);
			var holder = this.subjects.namedSubject(part[0], part[1], true);
			var id = this.reading.factId("top-respectively", part[0], part[1], "");
			if (holder != null && this.reading.isNew(id)) {
				this.reading.add(ProposedFact.ranking(id, "top-respectively", 0.7, this.reading.quote(start, end),
						start, end, holder, n + 1, list, edition(period, sentenceStart, end)));
			}
		}
	}

	/** 居全国首位, 位列榜首: first place, without a figure. */
	private void firstPlaces(int start, int end, int sentenceStart, @Nullable String period) {
		for (var word : this.rules.numbers().firstPlace()) {
			int at = this.text.indexOf(word, start);
			if (at < 0 || at + word.length() > end) {
				continue;
			}
			var context = IngestRules.endingAt(this.text, at,
					IngestRules.longestFirst(this.rules.numbers().rankContext()));
			if (context == null) {
				continue;
			}
			var id = this.reading.factId("first-place", at, at + word.length(), "");
			if (this.reading.isNew(id)) {
				var subject = this.subjects.subject(start, at, true);
				this.reading.add(ProposedFact.ranking(id, "first-place", 0.75, this.reading.quote(start, end), start,
						end, subject, 1, listName(start, at - context.length(), sentenceStart),
						edition(period, sentenceStart, end)));
			}
		}
	}

	/**
	 * The edition of a ranking: the year in the name of the report the article is about
	 * (《湖南省高新区创新发展绩效评价研究报告2021》 ranks the zones of 2020 in its 2021 edition), unless the
	 * ranking's sentence names a year of its own; else the year of its period.
	 */
	private @Nullable Integer edition(@Nullable String period, int sentenceStart, int end) {
		int from = sentenceStart;
		while (from > this.reading.bodyStart() && Reading.FULL_STOPS.indexOf(this.text.charAt(from - 1)) < 0) {
			from--;
		}
		if (this.reportYear != null && !DatePhrases.YEAR.matcher(this.text).region(from, end).find()) {
			return this.reportYear;
		}
		return DatePhrases.yearOf(period);
	}

	/** The year in the name of the first report or list the text names in 《》, if any. */
	private static @Nullable Integer reportYear(String text) {
		var title = REPORT_TITLE.matcher(text);
		if (!title.find()) {
			return null;
		}
		var year = A_YEAR.matcher(title.group(1));
		return year.find() ? Integer.valueOf(year.group()) : null;
	}

	/**
	 * The national high-tech zone of a city named by its short or full name, if known.
	 */
	private Gazetteer.@Nullable Known zoneOf(String cityName) {
		var bare = cityName.replaceFirst("市$", "");
		for (var form : List.of(bare + "国家高新区", bare + "高新区", bare + "高新技术产业开发区")) {
			var zone = this.reading.gazetteer().exactly(form);
			if (zone.isPresent() && zone.get().kind().equals("HighTechZone")) {
				return zone.get();
			}
		}
		return null;
	}

	/**
	 * The name of the last figure (no share) the sentence measured before a place:
	 * 高新技术企业数 从1.1万家增加到3.3万家,跃居全国首位. Null if none.
	 */
	private @Nullable String measuredBefore(int sentenceStart, int before) {
		// 研发经费投入强度达2.18%,位列全国第7: a ratio is ranked too; a growth rate is not.
		var measured = lastFactSince(sentenceStart, (f, at) -> "METRIC".equals(f.type()) && f.name() != null
				&& !("%".equals(f.unit()) && GROWTH_OR_SHARE.matcher(f.name()).find()) && at[1] <= before);
		return (measured != null) ? measured.name() : null;
	}

	/** The list of the last place ranked in the paragraph before, or null. */
	private @Nullable String listRankedBefore(int clauseStart) {
		var ranked = lastFactSince(this.text.lastIndexOf('\n', clauseStart) + 1,
				(f, at) -> "RANKING".equals(f.type()) && f.list() != null && at[0] < clauseStart);
		return (ranked != null) ? ranked.list() : null;
	}

	/** The last fact stated from a point of the text on that is wanted, or null. */
	private @Nullable ProposedFact lastFactSince(int from, BiPredicate<ProposedFact, int[]> wanted) {
		var facts = this.reading.facts();
		for (int k = facts.size() - 1; k >= 0; k--) {
			var f = facts.get(k);
			var at = this.reading.anchorOf(f.id());
			if (at == null || at[0] < from) {
				break;
			}
			if (wanted.test(f, at)) {
				return f;
			}
		}
		return null;
	}

	/**
	 * The list a place belongs to: the words before it in the clause, or the sentence's
	 * topic.
	 */
	private String listName(int clauseStart, int before, int sentenceStart) {
		var holder = new StringBuilder(this.text.substring(clauseStart, before));
		var mentions = this.reading.mentionsIn(clauseStart, before);
		for (int k = mentions.size() - 1; k >= 0; k--) {
			var m = mentions.get(k);
			if (Gazetteer.isPlace(m.entity()) || m.entity().kind().equals("HighTechZone")) {
				// 成都高新区继续名列…: who holds the place is not the list.
				holder.delete(m.start() - clauseStart, m.end() - clauseStart);
			}
		}
		// 由全国第15位提升至第9位: the move between two places names no list.
		var asWritten = MOVE.matcher(withoutRankWords(this.text.substring(clauseStart, before))).replaceAll("");
		var words = MOVE.matcher(withoutRankWords(holder.toString())).replaceAll("");
		var region = REGION_AT_THE_END.matcher(words);
		if (region.find()) {
			// 发明专利居全国第7位、中部第1位: the region bounds the list; it goes first.
			words = region.group(1) + words.substring(0, region.start());
		}
		String previous;
		do {
			previous = words;
			words = NOT_THE_LIST.matcher(words).replaceAll("");
		}
		while (!words.equals(previous));
		// 数量居全国首位, 增长至…位列全国第7: a word of any figure, the list of what the sentence
		// measured; 其中南京第4, 济南高新区排名第10: only the holder, the list ranked before.
		boolean generic = GENERIC.matcher(words).matches() || GENERIC.matcher(asWritten).matches();
		boolean holderOnly = words.length() < 2 && holder.length() < before - clauseStart;
		if (words.length() >= 2 && !generic) {
			return words;
		}
		if (!generic && !holderOnly && asWritten.length() >= 2 && !PLACE_ONLY.matcher(asWritten).matches()) {
			return asWritten;
		}
		var rankedBefore = (holderOnly || asWritten.startsWith("其中")) ? listRankedBefore(clauseStart) : null;
		if (rankedBefore != null) {
			return rankedBefore;
		}
		var field = FIELD_OPENING.matcher(this.text).region(sentenceStart, clauseStart);
		if (asWritten.startsWith("其中") && field.lookingAt()) {
			// 国家创新型城市创新能力评价中,江苏7个城市排名前30位,其中南京第4: the field the sentence
			// opens on.
			return field.group(1);
		}
		var measured = measuredBefore(sentenceStart, before);
		if (measured != null) {
			return measured;
		}
		rankedBefore = listRankedBefore(clauseStart);
		if (rankedBefore != null) {
			return rankedBefore;
		}
		int firstBreak = sentenceStart;
		while (firstBreak < this.text.length() && !this.reading.isClauseBreak(firstBreak)) {
			firstBreak++;
		}
		var topic = this.text.substring(sentenceStart, Math.min(firstBreak, sentenceStart + 20));
		// 综合科技创新水平指数由2014年的60.73%增长到…,位居全国第9: the list is what grew, not
		// the figures of its growth.
		var figure = FIGURE_IN_A_TOPIC.matcher(topic);
		return (figure.find() && figure.start() >= 2) ? topic.substring(0, figure.start()) : topic;
	}

}
