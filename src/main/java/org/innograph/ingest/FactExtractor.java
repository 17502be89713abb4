package org.innograph.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.ingest.ChineseNumbers.Figure;
import org.innograph.ingest.Gazetteer.Known;
import org.innograph.ingest.Gazetteer.Mention;
import org.innograph.ingest.Proposal.ProposedEntity;
import org.innograph.ingest.Proposal.ProposedFact;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The link and extract stages. Works clause by clause on the normalised text, with the
 * word lists of {@link IngestRules}; every quote and offset refers to the original text.
 * Rules:
 * <ul>
 * <li>{@code figure}: a figure with a counter or unit (项, 家, 个, 天, 元, %, 成, …), its bound
 * (以上, 超, 近, 约, 左右) and whether it is a target (力争, 计划, 到2027年);</li>
 * <li>{@code numbered-noun}: 十大省实验室;</li>
 * <li>{@code change}: 从A减少至B, a value with the one before;</li>
 * <li>{@code growth}: 同比增长N%;</li>
 * <li>{@code ordinal}: 第N(位) after a place or a ranking word, 全国第一;</li>
 * <li>{@code designation}: 获批, 入选, 被评为, 荣获 … with the holder before and the title
 * after;</li>
 * <li>{@code relation}: verbs of the graph's relation types with a named object;</li>
 * <li>{@code named-after}: “新昌模式”, a model named after a place.</li>
 * </ul>
 */
final class FactExtractor {

	/** What the extractor found: the facts and the entities they name. */
	record Extraction(List<ProposedFact> facts, List<ProposedEntity> entities, List<String> warnings) {
	}

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

	/** 前三的国家级高新区分别为 / 前三名的地区分别是 / 排前三位的是: the places of a list, named in order. */
	private static final Pattern TOP_RESPECTIVELY = Pattern
		.compile("前([二三四五六七八九十两2-9]|10)(?!季|个月|年)(?:名|位)?(?:的)?([\\p{IsHan}]{0,12}?)(?:则)?(?:分别|依次)?(?:为|是)[:：]?");

	/**
	 * What a ranked list is of: 贵阳高新技术工业产值排前三位的是, 增速位居前三的是; group 1 the measure (and
	 * whose it is).
	 */
	private static final Pattern RANKED_LIST_OPENING = Pattern
		.compile("([\\p{IsHan}]{0,16}?)(?:排名|排|位居|位列|居)前(?:[二三四五六七八九十两2-9]|10)(?:名|位)?(?:的)?(?:分别|依次)?(?:是|为)[:：]?");

	/** A percentage at a figure's start. */
	private static final Pattern PERCENT_AT = Pattern.compile("\\d+(?:\\.\\d+)?%");

	/** 全省, 全市 or 全国 right before a percentage: the whole it is a share of. */
	private static final Pattern WHOLE_BEFORE_A_SHARE = Pattern.compile("(?:全省|全市|全国|全区)(?=\\d+(?:\\.\\d+)?%)");

	/** The same at the end of the words before a percentage. */
	private static final Pattern WHOLE_AT_THE_END = Pattern.compile("(?:全省|全市|全国|全区)$");

	/**
	 * Groups of like things whose figures a text gives together. Not 高新技术企业: readers take
	 * what a province's enterprises did as the province's figure.
	 */
	private static final String GROUPS = "(企业国家重点实验室|企业重点实验室|国家重点实验室|重点实验室|参评开发区|开发区)";

	/** 全省企业重点实验室, 我省参评的6家开发区: the article's own place's group. */
	private static final Pattern OWN_GROUP = Pattern
		.compile("(?:全省|我省|本省|全市|我市|本市)(?:参评的?|共有)?(?:\\d+|[一二三四五六七八九十两]+)?家?" + GROUPS);

	/** After a place: its group, 江苏全省企业重点实验室. */
	private static final Pattern PLACES_GROUP = Pattern
		.compile("(?:全省|全市)?(?:参评的?)?(?:\\d+|[一二三四五六七八九十两]+)?家?" + GROUPS);

	/** What counts a group itself: 达到, 总数, 数量. */
	private static final Pattern COUNT_OF_ITSELF = Pattern
		.compile("总数|总量|数量|数|达到|达|为|共有|共|有|已|累计|新增|增至|增加到|增长到|突破|超过|认定|备案|获批|家|个|\\P{IsHan}");

	/** 从2015年的, 由2016年底的: a change's first figure with its year. */
	private static final Pattern FROM_A_YEAR = Pattern.compile("(?:从|由)((?:19|20)\\d{2})年(?:底|末)?的?");

	/** 2017年的, before a figure: its year. */
	private static final Pattern YEAR_OF_A_FIGURE = Pattern.compile("((?:19|20)\\d{2})年(?:底|末)?的?");

	/** 截至6月底, 2022年6月末: the end of a month, the date of a stock. */
	private static final Pattern MONTH_END = Pattern
		.compile("(?<![比较])(?:(?:截至|截止|到)?(?:((?:19|20)\\d{2})年|今年)?)(\\d{1,2})月(?:底|末)");

	/** What a metric's name never is: a figure with its unit, a join, 截至 or 分别为. */
	private static final Pattern JUNK_NAME = Pattern
		.compile("\\d+(?:\\.\\d+)?(?:%|亿|万|家|个|项|件)|^[及和与、%]|[及和与、]$|^(?:截至|截止|分别|最高时|甚至)");

	/** A list of years: 2020年、2021年和2022年. */
	private static final Pattern YEAR_LIST = Pattern.compile("(?:19|20)\\d{2}年(?:[、,，和及](?:19|20)\\d{2}年)+");

	/** 到2025年, 至2030年: the year of a goal; not 截至2021年底, the date of a figure. */
	private static final Pattern TARGET_YEAR = Pattern.compile("(?<![截])(?:到|至)((?:19|20)\\d{2})年");

	/**
	 * The year a clause speaks of (2022年四川…), not one compared with (比2010年, 是2010年的2倍)
	 * nor a span's or goal's.
	 */
	private static final Pattern CLAUSE_YEAR = Pattern
		.compile("(?<![比较同是于与到至截止0-9-])((?:19|20)\\d{2})年(?![的底末初度]|\\d|至|到|-)");

	/**
	 * A stock counted up to a date (累计, 总数): stated for a span, it is as of the span's
	 * end.
	 */
	/** The digits a stated figure can have: more are the noise of binary fractions. */
	private static final java.math.MathContext SIGNIFICANT = new java.math.MathContext(12);

	/**
	 * 较2010年翻一番, 是2012年的6.4倍, 较上年度翻一番, 在2010年基础上两年翻一番: a multiple of a base year's
	 * figure.
	 */
	private static final Pattern MULTIPLE = Pattern.compile(
			"(?:较|比|是|为|在)((?:19|20)\\d{2}年|上年|去年|上一年)(?:度)?(?:的|基础上(?:[一两二三四五六七八九十]年)?)?(?:翻了?([一两二三四])番|(\\d+(?:\\.\\d+)?|[两二三四五六七八九十])倍)");

	/** 连续3年, 连续八年: a run of years. */
	private static final Pattern YEARS_RUNNING = Pattern.compile("连续([0-9]{1,2}|[二三四五六七八九十两]{1,3})年");

	private static final Pattern STOCK = Pattern.compile("累计(?!投入|完成|实现|签订|签约|成交|发布|支出|培育|新增)|总数|总量|有效期内|保有量");

	/** What a sentence says of the places it lists, after naming what it measures. */
	private static final Pattern LIST_SAYS = Pattern
		.compile("超过|高于|低于|达到|位居|排名|居|前\\d|前[二三四五六七八九十]|的省|的市|的地区|的城市|依次|分别|有\\d|有[一二三四五六七八九十]");

	/** A counted phrase in Chinese numerals: 三个, 十家. */
	private static final Pattern NUMERAL_AND_COUNTER = Pattern.compile("[一二三四五六七八九十两百千万]+[个家项名位所座批]");

	/**
	 * 计划 opening a clause is the verb, to plan (计划规模以上工业产值增长12%), not a programme's name.
	 */
	/** A paragraph that opens with what a plan sets out: 《工作要点》还提出, 《规划》明确. */
	private static final Pattern PLAN_SAYS = Pattern.compile("《[^》]{1,40}》(?:还|也|同时|进一步)?(?:提出|明确|要求)");

	private static final Pattern PLANNED = Pattern.compile("(?:^|[,;:。])计划(?!项目|单列|名单)");

	private static final Pattern RELATIVE_YEAR = Pattern.compile("今年|去年|上年|过去(?:的)?一年");

	/** A clause that opens on the year before the page's: 过去一年, 去年. */
	private static final Pattern PAST_YEAR_OPENING = Pattern.compile("过去(?:的)?一年|去年(?!同期)");

	/** A year that names a meeting, not the period of figures: 2025年全省科技工作会议. */
	private static final Pattern MEETING_AFTER = Pattern.compile("^[\\p{IsHan}]{0,12}?(?:会议|大会|工作会|年会)");

	/** 2013年至2015年, 2016-2020年: a span of whole years. */
	private static final Pattern YEAR_SPAN = Pattern
		.compile("((?:19|20)\\d{2})年?\\s*(?:至|到|-|—|–|~|～)\\s*((?:19|20)\\d{2})年");

	/** 进入创新型省份行列, 迈入…先进行列: to join the ranks of those holding a title. */
	private static final Pattern JOINS_THE_RANKS = Pattern.compile("(?:进入|迈入|跻身)(\\p{IsHan}{2,12}?)(?:先进)?行列");

	/** After 前: a figure that names the top of a list (前三名, 前10位, 前五强). */
	private static final Pattern TOP_OF_LIST = Pattern.compile("(?:[二三四五六七八九十两]|\\d{1,3})(?:名|位|强)");

	/**
	 * The base a growth is measured against (比上年同期, 较去年, 比2018年): no part of the name of
	 * what grew.
	 */
	private static final Pattern COMPARED_WITH = Pattern
		.compile("(?:比|较|与)\\s*(?:上\\s*一?\\s*年|去\\s*年|(?:19|20)\\d{2}\\s*年)(?:\\s*同期)?(?:相比)?\\s*$");

	/** The way a share moved, before a change in percentage points. */
	private static final Pattern POINTS_VERB = Pattern.compile("(提高|提升|上升|增加|增长|下降|降低|减少|回落)了?$");

	/** Words of approximation or bound just before a figure (近5个百分点). */
	private static final Pattern APPROXIMATELY = Pattern.compile("(?:近|约|超过|超|逾|将近)$");

	/** The last years up to the page's: 近3年来, 近五年. */
	private static final Pattern RECENT_YEARS = Pattern
		.compile("(?:近|过去)([2-9两二三四五六七八九十])年(?:来|以来)?|(?<![连续第])([2-9两二三四五六七八九十])年(?:来|以来)");

	/** A five-year plan's period: "十三五"期间 is 2016 to 2020; 以来, from its start. */
	private static final Pattern PLAN_PERIOD = Pattern.compile("十([一二三四五])五\"?(期间|时期|以来)");

	/** The day of the page: 截至目前, 目前, 至此, 至今, 近日. */
	private static final Pattern AS_OF_NOW = Pattern.compile("截至目前|截止目前|目前|至此|至今|近日");

	/** 1-6月, 1月到6月, 1至5月份. */
	private static final Pattern MONTHS = Pattern
		.compile("(?<![0-9])(\\d{1,2})(?:月份?)?\\s*(?:到|至|-|—|–|~|～)\\s*(\\d{1,2})月");

	private static final Map<String, int[]> NAMED_SPANS = new LinkedHashMap<>(Map.of("上半年", new int[] { 1, 6 }, "下半年",
			new int[] { 7, 12 }, "前三季度", new int[] { 1, 9 }, "一季度", new int[] { 1, 3 }));

	/** The article's own province's or city's zones as a whole: 全省44家国家级及省级高新区. */
	private static final Pattern OWN_ZONES = Pattern
		.compile("(?:全省|全市|全区|我省|我市)(?:\\d+[家个])?((?:国家级|省级|国家)?(?:及省级|和省级)?(?:高新区|高新技术产业开发区|高新园区))");

	/**
	 * Words before 省, 市 or 区 that make it no place's name but the whole (占全省, 组织各市, 我省).
	 */
	private static final String COLLECTIVE = "全各我本该每";

	/** Characters of verbs and particles, which no name of a place or zone holds. */
	private static final String NOT_IN_NAMES = "的了已由在是为和与及等将把被从对向于成形达";

	/** Time words and connectives before a clause's subject. */
	private static final Pattern TIME_WORDS = Pattern.compile(
			"(?:(?:19|20)\\d{2}年(?:度)?|\"?十[一二三四五]五\"?(?:时期|期间)|今年|去年|全年|目前|当前|截至\\S{0,10}?(?:底|末)|其中|此外|同时|另外|据统计|据了解|\\d{1,2}(?:月份?)?[-—至到~]\\d{1,2}月份?|\\d{1,2}月份?|上半年|前三季度|一季度|[,，、\\s])+");

	/** The ends of full sentences: a goal stated in one governs it up to here. */
	private static final String FULL_STOPS = "。！？!?\n";

	/** What may join the figures of a run said of a list in turn: 46.4%、24.2%和18.6%. */
	private static final Pattern RUN_JOINS = Pattern.compile("[、和及与]|以及");

	/** A count of a list's items right after it: 四大, 两类, 3个. */
	private static final Pattern ITEM_COUNT = Pattern.compile("\\s*([两二三四五六七八九十\\d]+)(?:大|类|个|项|家|种)");

	/** Where the words a list's items share end: the verb or comparison after them. */
	private static final Pattern TAIL_END = Pattern.compile("同比|分别|均|比上年|较上年|[,;:]");

	private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d{2}");

	/** A report or list named with its edition: 《…评价研究报告2021》, 《…百强榜(2021)》. */
	private static final Pattern REPORT_TITLE = Pattern.compile("《([^》]{0,40}(?:报告|榜单|排行榜|百强|榜|评价|指数)[^》]{0,12})》");

	/**
	 * What stands before the whole a share is of or the base of a comparison: 占全省, 比全国.
	 */
	private static final String WHOLE_OR_BASE_BEFORE = "占比较";

	/** Counters and numerals, which begin no zone's name. */
	private static final String COUNTERS_AND_NUMERALS = "个家项座所批类一二三四五六七八九十两百千万";

	/** What stands before the name of a zone, not in it: 以东湖科学城为核心区域的|光谷科技创新大走廊. */
	private static final String ZONE_NAME_STOPS = "的以在为和与及、把将对由从向";

	/** Verbs of building a zone's name may follow without a break: 建设|光谷科技创新大走廊. */
	private static final Pattern BUILDING_VERBS = Pattern
		.compile("(?:加快|全力|高水平|高标准|持续|深入)?(?:建设|打造|推进|创建|推动|建成|培育|依托|围绕|做强|提升|发展)");

	/** The noun a count of places counts: 县(市、区), 个城市, 地区. */
	/**
	 * After an item of a list: the other items, and the count that closes it with its
	 * noun.
	 */
	private static final Pattern COUNTED_LIST_AFTER = Pattern
		.compile("((?:[、和及与][\\p{IsHan}\"“”]{1,12}?)+)?(?:等)?(?:\\d+|[一二两三四五六七八九十]+)(?:个|家|所|座|项|类)(\\p{IsHan}{1,6})");

	/** Nouns of things a place's name may start: 省实验室, 市级平台. */
	private static final Pattern KINDS_NOT_PLACES = Pattern.compile("实验室|中心|企业|平台|基地|园|项目|机构|学校|大学|医院");

	private static final Pattern COUNTED_PLACES = Pattern.compile("^(?:县\\([市、区]+\\)|[县市区省州盟旗]|城市|地区|地市|区县|县区|县市)");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,40})\"");

	/** The kinds of entity a sentence's topic may be: those that hold figures. */
	private static final Set<String> HOLDERS = Set.of("Province", "City", "County", "HighTechZone", "InnovationZone");

	private static final String CLAUSE_BREAKS = ",;:。！？!?；\n";

	private static final String SENTENCE_BREAKS = "。！？!?；;\n";

	private final IngestRules rules;

	private final Gazetteer gazetteer;

	private final NormalisedText norm;

	private final String text;

	private final String documentKey;

	private final List<Mention> mentions;

	private final Map<String, ProposedEntity> entities = new LinkedHashMap<>();

	private final List<ProposedFact> facts = new ArrayList<>();

	private final Set<String> factIds = new HashSet<>();

	private final Map<Pattern, String> canonicalNames = new LinkedHashMap<>();

	/** Where each metric's figure stands in the text, by fact id: {start, end}. */
	private final Map<String, int[]> anchors = new HashMap<>();

	private final List<String> warnings = new ArrayList<>();

	private final @Nullable String actorId;

	private final int bodyStart;

	/** Verbs that end the noun a figure counts (54个省级高新区|创造了). */
	private final List<String> nameStops;

	/** The year the article was published, for 今年 and 去年. */
	private final @Nullable Integer publishedYear;

	/** The month the article was published (2024-01), for 截至目前 and 至此. */
	private final @Nullable String publishedMonth;

	/**
	 * The year in the name of the report the text names first, for its rankings' edition.
	 */
	private final @Nullable Integer reportYear;

	/**
	 * The place the article is about (its publisher's, or its title's): the subject of
	 * 全省.
	 */
	private @Nullable Known home;

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
	 * The name of the last figure that was no growth or share: what 同比增长 after it
	 * measures.
	 */
	private @Nullable String lastMetricName;

	/** The word boundaries of the clause last segmented, and its span. */
	private BitSet words = new BitSet();

	private int wordsStart = -1;

	private int wordsEnd = -1;

	/**
	 * The measure of the paragraph's ranked list before, for a growth ranked after it.
	 */
	private @Nullable String lastRankedMeasure;

	private int lastRankedMeasureAt = -1;

	/** The measure of the ranked list {@link #listBefore} found last, or null. */
	private @Nullable String rankedMeasure;

	/** The organisations' names the text holds, by the recogniser: {start, end}. */
	private final List<int[]> organisations;

	/** The last high-tech zone the text named: what a bare 高新区 after it stands for. */
	private @Nullable String lastZone;

	private int lastZoneAt = -1;

	/**
	 * The name of the last share (a figure in %): what a change in points after it
	 * measures.
	 */
	private @Nullable String lastShareName;

	/**
	 * Where the last ranking ended, and its list: the items of one enumeration share it.
	 */
	private int lastRankingEnd = -1;

	private @Nullable String lastRankingList;

	private FactExtractor(IngestRules rules, Gazetteer gazetteer, NormalisedText norm, String documentKey,
			@Nullable String publisher, @Nullable String publishedAt, int bodyStart) {
		this.rules = rules;
		this.gazetteer = gazetteer;
		this.norm = norm;
		this.text = norm.text();
		this.documentKey = documentKey;
		this.mentions = gazetteer.mentions(this.text);
		this.organisations = WordBoundaries.organisations(this.text);
		this.bodyStart = bodyStart;
		this.nameStops = IngestRules.longestFirst(rules.numbers().nameStops());
		this.actorId = (publisher == null) ? null : actor(publisher);
		this.publishedYear = (publishedAt == null || publishedAt.length() < 4) ? null
				: Integer.valueOf(publishedAt.substring(0, 4));
		this.reportYear = reportYear(this.text);
		rules.numbers()
			.canonicalNames()
			.forEach((pattern, name) -> this.canonicalNames.put(Pattern.compile(pattern), name));
		this.publishedMonth = (publishedAt != null && publishedAt.matches("\\d{4}-\\d{2}.*"))
				? publishedAt.substring(0, 7) : null;
		this.home = home(publisher);
	}

	/**
	 * The article's own place: the place its publisher's name holds (浙江省科技厅), else the
	 * first place of its title lines, else the place its body names most often.
	 */
	private @Nullable Known home(@Nullable String publisher) {
		var publishers = (publisher != null) ? publishersPlace(NormalisedText.of(publisher).text()) : null;
		if (publishers != null && kindOf(NormalisedText.of(publisher).text()).equals("Department")) {
			return publishers;
		}
		for (var m : this.mentions) {
			if (m.start() >= this.bodyStart) {
				break;
			}
			if (Gazetteer.isPlace(m.entity()) && !insideName(m)) {
				// A newspaper's city is not what its headline is about: 深圳商报 on 广东.
				return m.entity();
			}
		}
		if (publishers != null) {
			return publishers;
		}
		var counts = new LinkedHashMap<Known, Integer>();
		for (var m : this.mentions) {
			if (Gazetteer.isPlace(m.entity()) && !insideName(m)) {
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
	private Known homeProvince() {
		var home = Objects.requireNonNull(this.home);
		if (home.kind().equals("City") || home.kind().equals("County")) {
			var province = ProvinceOf.name(home.name()).flatMap(this.gazetteer::exactly);
			if (province.isPresent()) {
				return province.get();
			}
		}
		return home;
	}

	/** The longest place that begins the publisher's name: 浙江省 in 浙江省科技厅. */
	private @Nullable Known publishersPlace(String name) {
		for (int length = name.length(); length >= 2; length--) {
			var place = this.gazetteer.exactly(name.substring(0, length)).filter(Gazetteer::isPlace);
			if (place.isPresent()) {
				return place.get();
			}
		}
		return null;
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
		return candidate(name, kind, -1, -1);
	}

	/** A place that begins a longer name (杭州湾, 浙江大学) names no subject. */
	private boolean insideName(Mention m) {
		if (IngestRules.startingAt(this.text, m.end(), this.rules.places().insideName()) != null) {
			return true;
		}
		for (var organisation : this.organisations) {
			if (organisation[0] <= m.start() && m.end() < organisation[1]) {
				// 内蒙古伊泰集团: a place at the start of a company's name.
				return true;
			}
		}
		return false;
	}

	/**
	 * Extracts the facts of a cleaned text.
	 * @param documentKey the SHA-256 of the document, which makes fact ids stable
	 * @param publisher who issued the article, when the dateline names it: the actor of
	 * statements without a subject
	 * @param bodyStart where the article's paragraphs begin (after its title and
	 * dateline)
	 */
	static Extraction extract(IngestRules rules, Gazetteer gazetteer, NormalisedText norm, String documentKey,
			@Nullable String publisher, @Nullable String publishedAt, int bodyStart) {
		var extractor = new FactExtractor(rules, gazetteer, norm, documentKey, publisher, publishedAt, bodyStart);
		extractor.run();
		return new Extraction(mergeRestatements(extractor.facts), List.copyOf(extractor.entities.values()),
				List.copyOf(extractor.warnings));
	}

	/**
	 * A fact stated again in the same words (a headline repeated in the body, a page that
	 * prints its text twice) is one fact with every place it is stated. The same figure
	 * in other words may be another fact (6 labs took part; 6 labs passed) and stays
	 * apart.
	 */
	static List<ProposedFact> mergeRestatements(List<ProposedFact> facts) {
		var merged = new LinkedHashMap<List<Object>, ProposedFact>();
		for (var fact : facts) {
			merged.merge(content(fact), fact, (first, again) -> {
				var withPlaces = first;
				for (var place : again.places()) {
					withPlaces = withPlaces.alsoAt(place);
				}
				return withPlaces;
			});
		}
		return List.copyOf(merged.values());
	}

	/** What a fact says and its words, without where it says them. */
	private static List<Object> content(ProposedFact f) {
		return Arrays.asList(f.quote(), f.type(), f.subject(), f.name(), f.value(), f.previousValue(), f.unit(),
				f.bound(), f.period(), f.status(), f.rank(), f.list(), f.edition(), f.year(), f.from(), f.relation(),
				f.to());
	}

	private @Nullable String actor(String publisher) {
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

	private void run() {
		int sentenceStart = this.bodyStart;
		int scopeStart = this.bodyStart;
		// The headline's period (去年…, 上半年…) holds until the body names one.
		String period = (this.bodyStart > 0) ? period(this.text.substring(0, this.bodyStart), null) : null;
		for (int i = this.bodyStart; i <= this.text.length(); i++) {
			if (i == this.text.length() || SENTENCE_BREAKS.indexOf(this.text.charAt(i)) >= 0) {
				if (i > sentenceStart) {
					openingTopic(sentenceStart, i);
					var own = period(this.text.substring(sentenceStart, i), period);
					var handedOn = sentence(sentenceStart, i, scopeStart, own);
					// 截至目前 dates its own sentence by the page's month, not the sentences
					// after.
					period = (own != null && own.equals(this.publishedMonth) && !own.equals(period)
							&& AS_OF_NOW.matcher(this.text.substring(sentenceStart, i)).find()) ? period : handedOn;
				}
				sentenceStart = i + 1;
				if (i < this.text.length() && this.text.charAt(i) == '\n' && period != null
						&& period.matches("\\d{4}-.*")) {
					// 上半年 in one paragraph does not date the next one's figures; its year
					// does.
					period = period.substring(0, 4);
				}
				if (i == this.text.length() || FULL_STOPS.indexOf(this.text.charAt(i)) >= 0) {
					scopeStart = i + 1;
				}
			}
		}
		namedAfter();
	}

	/**
	 * The period a sentence speaks of: its year (2022年, 今年, 去年; not the year of a
	 * comparison, 比上年), narrowed by a span of months (1-6月, 1月到6月, 上半年, 前三季度); else the
	 * period of the sentence before.
	 */
	private @Nullable String period(String sentence, @Nullable String carried) {
		String year = null;
		var explicit = YEAR.matcher(sentence);
		while (explicit.find()) {
			if ((explicit.start() == 0 || "比较同".indexOf(sentence.charAt(explicit.start() - 1)) < 0)
					&& !MEETING_AFTER.matcher(sentence.substring(explicit.end())).find()) {
				year = explicit.group(1);
				break;
			}
		}
		if (year == null && this.publishedYear != null) {
			var relative = RELATIVE_YEAR.matcher(sentence);
			while (relative.find()) {
				if (relative.start() == 0 || "比较同".indexOf(sentence.charAt(relative.start() - 1)) < 0) {
					year = String.valueOf(this.publishedYear + (relative.group().equals("今年") ? 0 : -1));
					break;
				}
			}
		}
		var monthEnd = MONTH_END.matcher(sentence);
		if (monthEnd.find()
				&& sentence.substring(0, monthEnd.start()).chars().noneMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0)) {
			// 截至6月底, 今年6月底: a stock as of the month's end.
			var endYear = (monthEnd.group(1) != null) ? monthEnd.group(1)
					: (year != null) ? year : (carried != null) ? carried.substring(0, 4)
							: (this.publishedYear != null) ? String.valueOf(this.publishedYear) : null;
			if (endYear != null) {
				return "%s-%02d".formatted(endYear, Integer.parseInt(monthEnd.group(2)));
			}
		}
		var asOfNow = AS_OF_NOW.matcher(sentence);
		if (year == null && this.publishedMonth != null && asOfNow.find()
				&& sentence.substring(0, asOfNow.start()).chars().noneMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0)) {
			// 截至目前 opening the sentence dates all of it; later on, only its own clauses.
			return this.publishedMonth;
		}
		var span = leadingMonthSpan(sentence);
		if (span != null) {
			var spanYear = (year != null) ? year : (carried != null) ? carried.substring(0, 4)
					: (this.publishedYear != null) ? String.valueOf(this.publishedYear) : null;
			return (spanYear == null) ? null : "%s-%02d/%s-%02d".formatted(spanYear, span[0], spanYear, span[1]);
		}
		return (year != null) ? year : carried;
	}

	/**
	 * The span of whole years a clause names (2013年至2015年; "十三五"期间, 2016 to 2020), which
	 * governs it and the clauses after it in its sentence; null when it names none.
	 */
	private @Nullable String yearSpan(String clause) {
		var years = YEAR_SPAN.matcher(clause);
		if (years.find() && Integer.parseInt(years.group(1)) < Integer.parseInt(years.group(2))) {
			return years.group(1) + "/" + years.group(2);
		}
		var recent = RECENT_YEARS.matcher(clause);
		if (recent.find() && this.publishedYear != null) {
			var count = ChineseNumbers.at((recent.group(1) != null) ? recent.group(1) : recent.group(2), 0)
				.map(f -> (int) f.value())
				.orElse(0);
			// A page of the year's first months (its work conference) looks back on the
			// years before it.
			int last = (this.publishedMonth != null && Integer.parseInt(this.publishedMonth.substring(5)) <= 2)
					? this.publishedYear - 1 : this.publishedYear;
			if (count >= 2) {
				return (last - count + 1) + "/" + last;
			}
		}
		var plan = PLAN_PERIOD.matcher(clause);
		if (plan.find()) {
			int first = 2006 + 5 * "一二三四五".indexOf(plan.group(1).charAt(0));
			int last = (plan.group(2).equals("以来") && this.publishedYear != null) ? this.publishedYear : first + 4;
			return first + "/" + last;
		}
		return null;
	}

	/** The year of a period: 2022 of 2022, and of 2022-01/2022-06. */
	private static @Nullable Integer yearOf(@Nullable String period) {
		return (period == null) ? null : Integer.valueOf(period.substring(0, 4));
	}

	/**
	 * The span of months a sentence opens with (1-6月,全省…; 2018年上半年,…), which frames it
	 * and the sentences after it; one named after the first figure (…45项,1-11月份专利授权…)
	 * qualifies only its own clauses.
	 */
	private static int @Nullable [] leadingMonthSpan(String sentence) {
		var span = monthSpan(sentence);
		if (span == null) {
			return null;
		}
		var withoutYears = YEAR.matcher(sentence).replaceAll(m -> "_".repeat(m.group().length()));
		var months = MONTHS.matcher(withoutYears);
		int at = months.find() ? months.start() : -1;
		if (at < 0) {
			for (var named : NAMED_SPANS.keySet()) {
				int i = withoutYears.indexOf(named);
				at = (i >= 0 && (at < 0 || i < at)) ? i : at;
			}
		}
		for (int i = 0; i < at; i++) {
			if (Character.isDigit(withoutYears.charAt(i))) {
				return null;
			}
		}
		return span;
	}

	/**
	 * The period from a clause on: narrowed to the months it names (1-11月份), or widened
	 * back to the whole year by 全年.
	 */
	private static @Nullable String clausePeriod(String clause, @Nullable String period) {
		if (period == null || period.length() < 4 || period.contains("/") && period.length() == 9) {
			return period;
		}
		var year = period.substring(0, 4);
		var span = monthSpan(clause);
		if (span != null) {
			return "%s-%02d/%s-%02d".formatted(year, span[0], year, span[1]);
		}
		return clause.contains("全年") ? year : period;
	}

	/** The first and last month of a span the sentence names, or null. */
	private static int @Nullable [] monthSpan(String sentence) {
		var months = MONTHS.matcher(sentence);
		if (months.find()) {
			int from = Integer.parseInt(months.group(1));
			int to = Integer.parseInt(months.group(2));
			if (from >= 1 && from < to && to <= 12) {
				return new int[] { from, to };
			}
		}
		for (var named : NAMED_SPANS.entrySet()) {
			if (sentence.contains(named.getKey())) {
				return named.getValue();
			}
		}
		return null;
	}

	/**
	 * The facts of a sentence; the period it hands on to the next: a year one of its
	 * clauses names (据…2023年…了解到,2022年四川…;高新技术企业… is still of 2022).
	 */
	private @Nullable String sentence(int start, int end, int scopeStart, @Nullable String period) {
		var handedOn = period;
		int clauseStart = start;
		for (int i = start; i <= end; i++) {
			if (i == end || isClauseBreak(i)) {
				if (i > clauseStart) {
					// 到2025年 sets the target year from its clause on, 2013年至2015年 a span.
					var clause = this.text.substring(clauseStart, i);
					var span = yearSpan(clause);
					var year = CLAUSE_YEAR.matcher(clause);
					// 面向2027年、2030年、2035年: horizons, not the period of the figures after.
					if (span == null && clauseStart > start && year.find() && !YEAR_LIST.matcher(clause).find()
							&& !MEETING_AFTER.matcher(clause.substring(year.end())).find()) {
						// 据…2023年…会议上了解到,2022年四川…: the nearest year before the figures.
						period = year.group(1);
						handedOn = period;
					}
					else if (span == null && clauseStart > start && this.publishedYear != null
							&& PAST_YEAR_OPENING.matcher(clause).lookingAt()) {
						// 从…会议上可知,过去一年,吉林省…: the year before the page's.
						period = String.valueOf(this.publishedYear - 1);
						handedOn = period;
					}
					period = (span != null) ? span : clausePeriod(clause, period);
					if (this.publishedMonth != null && clauseStart > start && !YEAR.matcher(clause).find()
							&& AS_OF_NOW.matcher(clause).find()) {
						// 组织实施134个项目,截至目前,102个项目已开工: as of the page's month from here on.
						period = this.publishedMonth;
					}
					var targetYear = TARGET_YEAR.matcher(clause);
					if (span == null && targetYear.find()) {
						period = targetYear.group(1);
					}
					var status = (targetScope(scopeStart, i) || afterPublication(period)) ? "TARGET" : "ACHIEVED";
					if (status.equals("TARGET") && estimateOfThePast(scopeStart, i, period)) {
						// 2019年…经费支出预计达1648亿元, on a page of 2020: an estimate of what
						// was.
						status = "ACHIEVED";
					}
					clause(clauseStart, i, start, (STOCK.matcher(clause).find()) ? asOfItsEnd(period) : period, status);
				}
				clauseStart = i + 1;
			}
		}
		return handedOn;
	}

	/**
	 * Whether a goal governs the text up to the end of a clause: a word of aim (力争, 目标,
	 * 预计, 到2025年) since the last full stop, across semicolons and list items, except
	 * where it reports a goal met (完成年度目标的60%).
	 */
	private boolean targetScope(int scopeStart, int clauseEnd) {
		var scope = this.text.substring(scopeStart, clauseEnd);
		for (var met : this.rules.numbers().goalMet()) {
			scope = scope.replace(met, "");
		}
		if (TARGET_YEAR.matcher(scope).find() || PLANNED.matcher(scope).find()) {
			return true;
		}
		int paragraphStart = this.text.lastIndexOf('\n', scopeStart) + 1;
		if (PLAN_SAYS.matcher(this.text).region(paragraphStart, clauseEnd).lookingAt()) {
			// 《工作要点》提出,…。着力…,全省新认定…5家: the plan's paragraph is its goals.
			return true;
		}
		for (var word : this.rules.numbers().target()) {
			int at = scope.indexOf(word);
			if (at >= 0 && !(word.equals("将") && scope.startsWith("将近", at))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the only word of aim in scope is 预计 (or 估计), for a year before the page's:
	 * an estimate of a past figure, not a goal.
	 */
	private boolean estimateOfThePast(int scopeStart, int clauseEnd, @Nullable String period) {
		var year = yearOf(period);
		if (year == null || this.publishedYear == null || year >= this.publishedYear) {
			return false;
		}
		var scope = this.text.substring(scopeStart, clauseEnd);
		if (!scope.contains("预计") || TARGET_YEAR.matcher(scope).find()) {
			return false;
		}
		for (var word : this.rules.numbers().target()) {
			if (!word.equals("预计") && scope.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The last month of a span of months (2021-01/2021-03 is as of 2021-03); else the
	 * period.
	 */
	private static @Nullable String asOfItsEnd(@Nullable String period) {
		if (period != null && period.matches("\\d{4}-\\d{2}/\\d{4}-\\d{2}")) {
			return period.substring(8);
		}
		return period;
	}

	/**
	 * A figure for a year the article had not reached yet can only be a goal: 到2025年 in
	 * one sentence governs the list of figures that follows it.
	 */
	private boolean afterPublication(@Nullable String period) {
		var year = yearOf(period);
		return year != null && this.publishedYear != null && year > this.publishedYear;
	}

	/** A comma between digits (1,200) is a thousands separator, not a break. */
	private boolean isClauseBreak(int i) {
		char c = this.text.charAt(i);
		if (CLAUSE_BREAKS.indexOf(c) < 0) {
			return false;
		}
		return !(c == ',' && i > 0 && i + 1 < this.text.length() && Character.isDigit(this.text.charAt(i - 1))
				&& Character.isDigit(this.text.charAt(i + 1)));
	}

	private void clause(int start, int end, int sentenceStart, @Nullable String period, String status) {
		int factsBefore = this.facts.size();
		var consumed = new HashSet<Integer>();
		for (int i = start; i < end; i++) {
			if (consumed.contains(i) || !ChineseNumbers.startsFigure(this.text, i) || continuesWord(i)) {
				continue;
			}
			var figure = ChineseNumbers.at(this.text, i);
			if (figure.isEmpty() || figure.get().end() > end) {
				continue;
			}
			int next = figure(figure.get(), start, end, sentenceStart, period, status);
			for (int k = i; k < Math.max(next, figure.get().end()); k++) {
				consumed.add(k);
			}
			i = Math.max(i, Math.max(next, figure.get().end()) - 1);
		}
		yearsRespectively(start, end, sentenceStart, factsBefore);
		itemsRespectively(start, sentenceStart, factsBefore);
		yearsRunning(start, end, period, status);
		multiples(start, end, period, status);
		topPlacesRespectively(start, end, sentenceStart, period);
		firstPlaces(start, end, sentenceStart, period);
		statements(start, end, sentenceStart, period, status);
	}

	/**
	 * 较2010年翻一番, 是2012年的6.4倍: a figure as a multiple of an earlier one, in times, named
	 * after what the clause before measured and the base it is compared with.
	 */
	private void multiples(int start, int end, @Nullable String period, String status) {
		var multiple = MULTIPLE.matcher(this.text).region(start, end);
		while (multiple.find()) {
			double times;
			if (multiple.group(2) != null) {
				var doublings = ChineseNumbers.at(multiple.group(2), 0);
				if (doublings.isEmpty()) {
					continue;
				}
				times = Math.pow(2, doublings.get().value());
			}
			else {
				var figure = ChineseNumbers.at(multiple.group(3), 0);
				if (figure.isEmpty() || figure.get().end() != multiple.group(3).length()) {
					continue;
				}
				times = figure.get().value();
			}
			var own = cleanName(this.text.substring(nameStart(start, multiple.start()), multiple.start()));
			var base = (own.length() >= 2) ? own : (this.lastMetricName != null) ? this.lastMetricName : "";
			var name = base + "较" + multiple.group(1) + "倍数";
			var id = factId("multiple", multiple.start(), multiple.end(), "");
			if (this.factIds.add(id)) {
				this.facts.add(ProposedFact.metric(id, "multiple", 0.8, this.norm.quote(start, end), start, end,
						subject(start, multiple.start()), name, times, null, "times",
						this.norm.quote(multiple.start(), multiple.end()), "EXACT", period, status));
			}
		}
	}

	/**
	 * 连续八年稳居全国第一方阵, 已连续两年保持百亿成交额: how many years running something held, in years, named
	 * after what held.
	 */
	private void yearsRunning(int start, int end, @Nullable String period, String status) {
		var running = YEARS_RUNNING.matcher(this.text).region(start, end);
		while (running.find()) {
			var years = ChineseNumbers.at(running.group(1), 0);
			if (years.isEmpty() || years.get().end() != running.group(1).length() || years.get().value() < 2
					|| IngestRules.startsWithAny(this.text, running.end(), "荣获", "获得", "获评", "被评为", "入选", "获批")) {
				// 连续两年荣获…优秀: a title held each year, which the designation rule states.
				continue;
			}
			var before = cleanName(this.text.substring(nameStart(start, running.start()), running.start()));
			int after = running.end();
			while (after < end && after < running.end() + 12 && !isClauseBreak(after)
					&& !Character.isDigit(this.text.charAt(after))) {
				after++;
			}
			var held = this.text.substring(running.end(), after).replaceAll("[\"\\s]", "");
			if (held.isEmpty()) {
				continue;
			}
			var name = ((before.length() >= 2) ? before : "") + "连续" + held + "年数";
			var id = factId("years-running", running.start(), after, "");
			if (this.factIds.add(id)) {
				this.facts.add(ProposedFact.metric(id, "years-running", 0.8, this.norm.quote(start, end), start, end,
						subject(start, running.start()), name, years.get().value(), null, "year",
						this.norm.quote(running.start(), after), "EXACT", period, status));
			}
		}
	}

	/**
	 * 2020年、2021年、2022年，成交额分别为1533.66亿元、2343.44亿元、3053.5亿元: the n-th value is the n-th
	 * year's, under the name the first value was given.
	 */
	private void yearsRespectively(int start, int end, int sentenceStart, int factsBefore) {
		int respectively = this.text.indexOf("分别", start);
		if (respectively < 0 || respectively >= end) {
			return;
		}
		var years = new ArrayList<String>();
		var list = YEAR_LIST.matcher(this.text.substring(sentenceStart, respectively));
		while (list.find()) {
			years.clear();
			var year = YEAR.matcher(list.group());
			while (year.find()) {
				years.add(year.group(1));
			}
		}
		var values = new ArrayList<Integer>();
		for (int k = factsBefore; k < this.facts.size(); k++) {
			var f = this.facts.get(k);
			if ("METRIC".equals(f.type()) && f.start() == start && f.name() != null) {
				values.add(k);
			}
		}
		if (years.size() < 2 || values.size() != years.size()) {
			return;
		}
		var name = this.facts.get(values.getFirst()).name();
		for (int n = 0; n < values.size(); n++) {
			int k = values.get(n);
			this.facts.set(k, this.facts.get(k).named(name, years.get(n)));
		}
	}

	/**
	 * 新能源、电子与信息、新材料四大高新技术领域总收入同比分别增长46.4%、24.2%、18.6%: a run of figures after a list of
	 * as many items, said of them in turn (分别, or a count of them: 两大); the n-th figure
	 * is the n-th item's, a place's as its subject, else under the item's name and what
	 * the list shares.
	 */
	private void itemsRespectively(int start, int sentenceStart, int factsBefore) {
		var run = new ArrayList<Integer>();
		for (int k = factsBefore; k < this.facts.size(); k++) {
			var f = this.facts.get(k);
			if ("METRIC".equals(f.type()) && f.start() == start && this.anchors.containsKey(f.id())) {
				if (!run.isEmpty()) {
					var previous = this.facts.get(run.getLast());
					int gapStart = this.anchors.get(previous.id())[1];
					int gapEnd = this.anchors.get(f.id())[0];
					if (gapStart > gapEnd || !Objects.equals(previous.unit(), f.unit())
							|| !RUN_JOINS.matcher(this.text.substring(gapStart, gapEnd)).matches()) {
						if (run.size() >= 2) {
							break;
						}
						run.clear();
					}
				}
				run.add(k);
			}
		}
		if (run.size() < 2) {
			return;
		}
		int runStart = this.anchors.get(this.facts.get(run.getFirst()).id())[0];
		var items = listBefore(sentenceStart, runStart, run.size());
		if (items == null) {
			return;
		}
		int tailStart = items.getLast()[1];
		var between = this.text.substring(tailStart, runStart);
		var count = ITEM_COUNT.matcher(between);
		boolean counted = count.lookingAt()
				&& ChineseNumbers.at(count.group(1), 0).map(n -> n.value() == run.size()).orElse(false);
		if (!between.contains("分别") && !counted) {
			return;
		}
		var tail = between.substring(counted ? count.end() : 0);
		var shared = cleanName(TAIL_END.split(tail, 2)[0].strip());
		if (shared.length() < 2 && this.rankedMeasure != null) {
			shared = measureOf(this.rankedMeasure, sentenceStart);
		}
		var firstName = this.facts.get(run.getFirst()).name();
		var suffix = (firstName == null) ? "" : firstName.endsWith("增速") ? "增速" : firstName.endsWith("降幅") ? "降幅" : "";
		var places = new ArrayList<Known>();
		for (var item : items) {
			var place = mentionsIn(item[0], item[1]).stream()
				.filter(m -> m.start() == item[0] && m.end() == item[1] && Gazetteer.isPlace(m.entity()))
				.findFirst();
			place.ifPresent(m -> places.add(m.entity()));
		}
		for (int n = 0; n < run.size(); n++) {
			int k = run.get(n);
			var f = this.facts.get(k);
			if (places.size() == items.size()) {
				// 渝东北和渝东南增速分别达到79.5%和42.9%: one figure per place.
				var name = (shared.length() < 2) ? firstName : shared.endsWith(suffix) ? shared : shared + suffix;
				this.facts.set(k, f.about(use(places.get(n)), f.from(), f.review()).named(name, f.period()));
			}
			else {
				var item = this.text.substring(items.get(n)[0], items.get(n)[1]);
				var name = item + shared;
				this.facts.set(k, f.named(name.endsWith(suffix) ? name : name + suffix, f.period()));
			}
		}
	}

	/**
	 * A ranked list's measure without the place whose it is: 高新技术工业产值 of 贵阳高新技术工业产值; 增速
	 * alone takes the measure of the sentence's list before it.
	 */
	private String measureOf(String words, int sentenceStart) {
		var measure = words;
		for (var m : mentionsIn(0, this.text.length())) {
			var name = this.text.substring(m.start(), m.end());
			if (measure.startsWith(name)) {
				measure = measure.substring(name.length());
				break;
			}
		}
		measure = cleanName(measure);
		if ((measure.equals("增速") || measure.equals("增幅")) && this.lastRankedMeasure != null
				&& this.lastRankedMeasureAt >= this.text.lastIndexOf('\n', sentenceStart) + 1) {
			return this.lastRankedMeasure + measure;
		}
		this.lastRankedMeasure = measure;
		this.lastRankedMeasureAt = sentenceStart;
		return measure;
	}

	/**
	 * The spans of the last list of exactly {@code size} items before a point of the
	 * sentence (A、B和C, A、B、C): items joined by 、 (the last by 和 or 及), the last one
	 * ending where a count of them (四大), a space or a word the items share begins; null
	 * when no such list stands there.
	 */
	private @Nullable List<int[]> listBefore(int sentenceStart, int before, int size) {
		int lastJoin = Math.max(this.text.lastIndexOf('、', before - 1), -1);
		if (lastJoin < sentenceStart) {
			lastJoin = -1;
			for (int i = before - 1; i > sentenceStart; i--) {
				if (this.text.charAt(i) == '和' || this.text.charAt(i) == '及') {
					lastJoin = i;
					break;
				}
			}
			if (lastJoin < 0) {
				return null;
			}
		}
		int listStart = lastJoin;
		while (listStart > sentenceStart && !isClauseBreak(listStart - 1)) {
			listStart--;
		}
		int listEnd = lastJoin;
		while (listEnd < before && !isClauseBreak(listEnd)) {
			listEnd++;
		}
		listStart = pastTimeWords(listStart, lastJoin);
		var opening = RANKED_LIST_OPENING.matcher(this.text).region(listStart, lastJoin);
		this.rankedMeasure = null;
		while (opening.find()) {
			// 贵阳高新技术工业产值排前三位的是装备制造业、化工产业及…: the items follow, the measure
			// before.
			this.rankedMeasure = opening.group(1);
			listStart = opening.end();
		}
		var spans = new ArrayList<int[]>();
		int itemStart = listStart;
		boolean lastJoined = false;
		for (int i = listStart; i < listEnd; i++) {
			char c = this.text.charAt(i);
			if (c == '、' || (!lastJoined && (c == '和' || c == '及') && i > lastJoin - 1 && i >= itemStart + 2)) {
				// 及民族制药和特色食品产业: the 和 after the last item's join is in its name.
				lastJoined = c != '、';
				spans.add(new int[] { itemStart, i });
				itemStart = i + 1;
			}
		}
		if (spans.size() != size - 1 || itemStart >= listEnd) {
			return null;
		}
		int averageLength = (int) Math.round(spans.stream().mapToInt(s -> s[1] - s[0]).average().orElse(0));
		var rest = this.text.substring(itemStart, listEnd);
		var count = ITEM_COUNT.matcher(rest);
		int lastEnd;
		if (this.rankedMeasure != null) {
			// After 排前三位的是, the last item runs to the clause's end.
			lastEnd = listEnd;
		}
		else if (count.find() && count.start() > 0) {
			lastEnd = itemStart + count.start();
		}
		else if (rest.indexOf(' ') > 0) {
			lastEnd = itemStart + rest.indexOf(' ');
		}
		else {
			// 渝东南增速: the last item is about as long as the others.
			lastEnd = Math.min(listEnd, itemStart + averageLength);
		}
		spans.add(new int[] { itemStart, lastEnd });
		for (var span : spans) {
			int length = span[1] - span[0];
			if (length < 2 || length > 12
					|| this.text.substring(span[0], span[1]).chars().anyMatch(Character::isDigit)) {
				return null;
			}
		}
		return spans;
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
			while (end < this.text.length() && SENTENCE_BREAKS.indexOf(this.text.charAt(end)) < 0) {
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
			var holder = namedSubject(part[0], part[1], true);
			var id = factId("top-respectively", part[0], part[1], "");
			if (holder != null && this.factIds.add(id)) {
				this.facts.add(ProposedFact.ranking(id, "top-respectively", 0.7, this.norm.quote(start, end), start,
						end, holder, n + 1, list, edition(period, sentenceStart, end)));
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
			var id = factId("first-place", at, at + word.length(), "");
			if (this.factIds.add(id)) {
				var subject = subject(start, at, true);
				this.facts.add(ProposedFact.ranking(id, "first-place", 0.75, this.norm.quote(start, end), start, end,
						subject, 1, listName(start, at - context.length(), sentenceStart),
						edition(period, sentenceStart, end)));
			}
		}
	}

	/** A digit inside a code or a name (415X, ICP13040577) is not a figure. */
	private boolean continuesWord(int i) {
		if (i == 0) {
			return false;
		}
		char before = this.text.charAt(i - 1);
		// 前三名, 前10位: the top of a list, not a count.
		if (before == '前' && TOP_OF_LIST.matcher(this.text).region(i, this.text.length()).lookingAt()) {
			return true;
		}
		boolean digit = Character.isDigit(this.text.charAt(i));
		if (digit) {
			// The second figure of a range (10-15家) is no fact on its own.
			boolean range = "-~—至".indexOf(before) >= 0 && i >= 2 && Character.isDigit(this.text.charAt(i - 2));
			return range || (Character.isLetterOrDigit(before) && !ChineseCharacters.isHan(before)) || before == '.';
		}
		// A Chinese numeral inside a word (统一, 一体化, 万物) rather than before a
		// counter is left to the counter check.
		return ChineseNumbers.isNumeral(before);
	}

	// ------------------------------------------------------------------ figures

	/** Handles the figure; returns the index after everything it used. */
	private int figure(Figure figure, int start, int end, int sentenceStart, @Nullable String period, String status) {
		var numbers = this.rules.numbers();
		int j = figure.end();
		if (figure.start() > 0 && this.text.charAt(figure.start() - 1) == '第') {
			return ordinal(figure, start, end, sentenceStart, period);
		}
		if (IngestRules.startingAt(this.text, j, IngestRules.longestFirst(numbers.notAFigureAfter())) != null
				&& !this.text.startsWith("日元", j)) {
			return j;
		}
		if (figure.chinese() && numbers.bigNumberedNoun() && j + 1 < end && this.text.charAt(j) == '大'
				&& ChineseCharacters.isHan(this.text.charAt(j + 1)) && figure.value() >= 2 && figure.value() <= 100
				&& !endsWithAny(figure.start(), "党的", "第")) {
			int nounEnd = phraseEnd(j + 1, end, 8);
			var noun = this.text.substring(j + 1, nounEnd);
			addMetric("numbered-noun", 0.7, start, end, figure.start(), nounEnd, subject(start, figure.start()),
					noun + "数量", figure.value(), null, "count", this.norm.quote(figure.start(), nounEnd), "EXACT",
					period, status);
			return nounEnd;
		}
		var unit = unitAt(figure, j, end);
		if (unit == null) {
			return j;
		}
		int afterUnit = unit.end();
		var bound = "EXACT";
		var before = IngestRules.endingAt(this.text, figure.start(), numbers.atLeastBefore());
		if (before != null) {
			bound = "AT_LEAST";
		}
		else if ((before = IngestRules.endingAt(this.text, figure.start(), numbers.atMostBefore())) != null) {
			bound = "AT_MOST";
		}
		else if ((before = IngestRules.endingAt(this.text, figure.start(), numbers.approximateBefore())) != null) {
			bound = "APPROXIMATE";
		}
		int rawStart = figure.start() - ((before == null) ? 0 : before.length());
		int rawEnd = afterUnit;
		if (unit.atLeast()) {
			bound = "AT_LEAST";
		}
		else if (unit.approximate()) {
			bound = "APPROXIMATE";
		}
		String after;
		if ((after = IngestRules.startingAt(this.text, afterUnit, numbers.atLeastAfter())) != null
				&& !"多".equals(after)) {
			bound = "AT_LEAST";
			rawEnd += after.length();
		}
		else if ((after = IngestRules.startingAt(this.text, afterUnit, numbers.atMostAfter())) != null) {
			bound = "AT_MOST";
			rawEnd += after.length();
		}
		else if ((after = IngestRules.startingAt(this.text, afterUnit, numbers.approximateAfter())) != null) {
			bound = "APPROXIMATE";
			rawEnd += after.length();
		}
		var value = figure.value() * unit.factor();
		// A change: 从A减少至B.
		int fromAt = changeFrom(figure.start(), start);
		// 由15个工作日压缩至5个工作日: the counted noun may stand between the figure and
		// the verb.
		int toAt = afterUnit;
		String to = null;
		while (fromAt >= 0 && toAt < end && toAt <= afterUnit + 4
				&& (to = IngestRules.startingAt(this.text, toAt, numbers.changeTo())) == null
				&& ChineseCharacters.isHan(this.text.charAt(toAt))) {
			toAt++;
		}
		if (to != null) {
			// 增加到2017年的3.3万家: the year of the second figure stands before it.
			var year = YEAR_OF_A_FIGURE.matcher(this.text).region(toAt + to.length(), end);
			if (year.lookingAt()) {
				to = to + year.group();
			}
		}
		var noun = (to == null) ? "" : this.text.substring(afterUnit, toAt);
		if (fromAt >= 0 && to != null) {
			// 由130亿元增长到突破1300亿元: a bound may stand between the verb and the figure.
			int secondAt = toAt + to.length();
			var secondBound = IngestRules.startingAt(this.text, secondAt, numbers.atLeastBefore());
			if (secondBound != null) {
				secondAt += secondBound.length();
			}
			var second = ChineseNumbers.at(this.text, secondAt);
			if (second.isPresent() && second.get().end() <= end) {
				var secondUnit = unitAt(second.get(), second.get().end(), end);
				if (secondUnit != null && secondUnit.unit().equals(unit.unit())) {
					int changeEnd = this.text.startsWith(noun, secondUnit.end()) ? secondUnit.end() + noun.length()
							: secondUnit.end();
					var name = this.text.substring(nameStart(start, fromAt), fromAt).strip() + noun;
					var years = changeYears(fromAt, second.get().start());
					addMetric("change", 0.9, start, end, fromAt, changeEnd, subject(start, fromAt),
							name.isEmpty() ? to : name, second.get().value() * secondUnit.factor(), value, unit.unit(),
							this.norm.quote(fromAt, changeEnd), (secondBound != null) ? "AT_LEAST" : "EXACT",
							(years != null) ? years : period, (years != null) ? "ACHIEVED" : status);
					return changeEnd;
				}
			}
		}
		var growth = IngestRules.endingAt(this.text, rawStart, numbers.growth());
		var decline = IngestRules.endingAt(this.text, rawStart, numbers.decline());
		if (growth != null || decline != null) {
			var word = (decline != null && (growth == null || decline.length() >= growth.length())) ? decline : growth;
			int wordStart = rawStart - word.length();
			// 同比增长10.5%: the growth of what the sentence measured last, unless the clause
			// names it.
			var own = cleanName(COMPARED_WITH.matcher(this.text.substring(nameStart(start, wordStart), wordStart))
				.replaceFirst(""));
			var base = (own.length() >= 2) ? own : (this.lastMetricName != null) ? this.lastMetricName : "";
			var name = base + (decline == word ? "降幅" : "增速");
			addMetric("growth", 0.85, start, end, wordStart, rawEnd, subject(start, wordStart), name, value, null,
					unit.unit(), this.norm.quote(wordStart, rawEnd), bound, period, status);
			return rawEnd;
		}
		int countedFrom = unit.unit().equals("count") ? countedPlaces(rawStart) : -1;
		if (countedFrom >= start) {
			// 枝江、赤壁、谷城、潜江4个县(市)获批…: the places are what is counted; the count
			// is of the place the article is about (or the clause names before them), and
			// its
			// name is what they did.
			var whole = (namedSubject(start, countedFrom, true) == null && this.home != null) ? use(this.home)
					: subject(start, countedFrom);
			addMetric("figure", unit.confidence(), start, end, countedFrom, rawEnd, whole, countedName(afterUnit, end),
					value, null, unit.unit(), this.norm.quote(rawStart, rawEnd), bound, period, status);
			return rawEnd;
		}
		var name = unit.unit().equals("pp") ? pointsName(start, rawStart)
				: inPlaceList(rawStart) ? listItemsName(start, rawStart) : name(start, rawStart, afterUnit, end);
		addMetric("figure", unit.confidence(), start, end, rawStart, rawEnd, subject(start, rawStart), name, value,
				null, unit.unit(), this.norm.quote(rawStart, rawEnd), bound, period, status);
		return rawEnd;
	}

	private record Unit(String unit, double factor, int end, boolean atLeast, double confidence, boolean approximate) {

		Unit(String unit, double factor, int end, boolean atLeast, double confidence) {
			this(unit, factor, end, atLeast, confidence, false);
		}

	}

	/** The counter or unit after a figure, skipping 余 or 多 ("300余家" is at least 300). */
	private @Nullable Unit unitAt(Figure figure, int j, int end) {
		boolean atLeast = false;
		if (j < end && (this.text.charAt(j) == '余' || this.text.charAt(j) == '多')) {
			atLeast = true;
			j++;
		}
		if (j >= end) {
			return null;
		}
		if (figure.chinese() && figure.value() == 1 && figure.end() - figure.start() == 1) {
			// 一 alone is an article ("一批", "一项"), not a count.
			return null;
		}
		var compound = IngestRules.startingAt(this.text, j,
				IngestRules.longestFirst(List.copyOf(this.rules.numbers().compoundCounters().keySet())));
		if (compound != null) {
			var compoundUnit = this.rules.numbers().compoundCounters().get(compound);
			return compoundUnit.isEmpty() ? null : new Unit(compoundUnit, 1, j + compound.length(), atLeast, 0.9);
		}
		if (this.text.startsWith("分之", j)) {
			// 六分之一 is 16.67 %, about; 四分之三 is 75 %.
			var numerator = ChineseNumbers.at(this.text, j + 2);
			if (numerator.isEmpty() || numerator.get().end() > end || figure.value() == 0) {
				return null;
			}
			double percent = numerator.get().value() / figure.value() * 100;
			double rounded = Math.round(percent * 100) / 100.0;
			return new Unit("%", rounded / figure.value(), numerator.get().end(), atLeast, 0.85,
					Math.abs(rounded - percent) > 1e-9);
		}
		var counter = String.valueOf(this.text.charAt(j));
		var unit = this.rules.numbers().counters().get(counter);
		if (unit == null) {
			return null;
		}
		if (counter.equals("成")) {
			// 四成 is 40 %; a 成 that starts a word (成果, 成为) is not a share.
			boolean word = j + 1 < this.text.length() && "果员为立功效本交绩长就型".indexOf(this.text.charAt(j + 1)) >= 0;
			if (word || figure.value() > 10) {
				return null;
			}
			return new Unit("%", 10, j + 1, atLeast, 0.85);
		}
		if (counter.equals("个") && j + 1 < this.text.length() && this.text.charAt(j + 1) == '人') {
			return null;
		}
		return new Unit(unit, 1, j + 1, atLeast, 0.9);
	}

	/** Where 从 (or 由) stands before the figure, allowing 平均 or 原 between; -1 if not. */
	private int changeFrom(int figureStart, int clauseStart) {
		for (var from : this.rules.numbers().changeFrom()) {
			for (var between : List.of("", "平均", "原来的", "原", "最多")) {
				int at = figureStart - between.length() - from.length();
				if (at >= clauseStart && this.text.startsWith(from + between, at)) {
					return at;
				}
			}
		}
		// 从2015年的1.1万家增加到2017年的3.3万家: the year of the figure before it.
		var dated = FROM_A_YEAR.matcher(this.text).region(Math.max(clauseStart, figureStart - 12), figureStart);
		while (dated.find()) {
			if (dated.end() == figureStart) {
				return dated.start();
			}
		}
		return -1;
	}

	/**
	 * The years of a change that names them (从2015年的1.1万家增加到2017年的3.3万家, 由2016年的…): the
	 * span from the first to the second, or null.
	 */
	private @Nullable String changeYears(int fromAt, int secondFigureAt) {
		var first = FROM_A_YEAR.matcher(this.text).region(fromAt, Math.min(this.text.length(), fromAt + 12));
		if (!first.lookingAt()) {
			return null;
		}
		var second = YEAR_OF_A_FIGURE.matcher(this.text).region(Math.max(fromAt, secondFigureAt - 8), secondFigureAt);
		int to = -1;
		while (second.find()) {
			if (second.end() == secondFigureAt) {
				to = Integer.parseInt(second.group(1));
			}
		}
		int from = Integer.parseInt(first.group(1));
		return (to > from) ? from + "/" + to : null;
	}

	/**
	 * What a figure measures: the noun after its counter when one follows (8个国家高新区 →
	 * 国家高新区数量), otherwise the words before it in the clause.
	 */
	private String name(int clauseStart, int figureStart, int afterUnit, int clauseEnd) {
		if (afterUnit < clauseEnd && this.text.charAt(afterUnit) == '的') {
			// 超四成的规上工业增加值: a share of what follows.
			int shareEnd = phraseEnd(afterUnit + 1, clauseEnd, 12);
			if (shareEnd - afterUnit > 2) {
				return this.text.substring(afterUnit + 1, shareEnd) + "占比";
			}
		}
		int nounEnd = phraseEnd(afterUnit, clauseEnd, 14);
		if (nounEnd - afterUnit >= 2 && !IngestRules.startsWithAny(this.text, afterUnit, "以上", "以下", "左右")) {
			return this.text.substring(afterUnit, nounEnd) + "数量";
		}
		int start = nameStart(clauseStart, figureStart);
		if (start >= clauseStart + 4 && start < this.text.length()
				&& YEAR.matcher(this.text).region(start - 4, start + 1).matches()) {
			// 成交额2013年达到143.4亿元: the name stands before the year.
			int yearStart = start - 4;
			var words = this.text.substring(nameStart(clauseStart, yearStart), yearStart).strip();
			if (words.length() >= 2) {
				return words;
			}
		}
		var before = this.text.substring(start, figureStart).strip();
		return before.isEmpty() ? this.text.substring(clauseStart, figureStart) : before;
	}

	/**
	 * What a change in percentage points measures: the share the clause names before its
	 * verb (占GDP比重提高0.13个百分点), or the share of the clause before (比重达40%,比2010年提高7个百分点),
	 * with the way it moved.
	 */
	private String pointsName(int clauseStart, int figureStart) {
		var words = APPROXIMATELY.matcher(this.text.substring(clauseStart, figureStart)).replaceFirst("");
		var verb = POINTS_VERB.matcher(words);
		if (!verb.find()) {
			return words;
		}
		var own = cleanName(COMPARED_WITH.matcher(words.substring(0, verb.start())).replaceFirst(""));
		var base = (own.length() >= 2) ? own : (this.lastShareName != null) ? this.lastShareName : "";
		return base + verb.group(1) + "幅度";
	}

	/**
	 * Where a list of places that a count counts begins (长兴、新昌等|5个县(市), 枝江、赤壁|2个县): two
	 * or more places joined by 、, 和 or 及, or one before 等, right before the figure; -1
	 * when none stands there.
	 */
	private int countedPlaces(int figureStart) {
		int at = figureStart;
		boolean etc = at > 0 && this.text.charAt(at - 1) == '等';
		if (etc) {
			at--;
		}
		int places = 0;
		int listStart = -1;
		while (at > 0) {
			var place = mentionEndingAt(at);
			if (place == null || !Gazetteer.isPlace(place.entity())) {
				break;
			}
			places++;
			listStart = place.start();
			at = place.start();
			if (at == 0 || "、和及与".indexOf(this.text.charAt(at - 1)) < 0) {
				break;
			}
			at--;
		}
		return (places >= 2 || (places == 1 && etc)) ? listStart : -1;
	}

	/**
	 * The name of a count of listed places: what the clause says they are or did after
	 * the counted noun (5个县(市)|通过国家创新型县(市)考核验收).
	 */
	private String countedName(int afterUnit, int clauseEnd) {
		var rest = COUNTED_PLACES.matcher(this.text.substring(afterUnit, clauseEnd)).replaceFirst("");
		var said = cleanName(rest);
		return ((said.length() >= 2) ? said : this.text.substring(afterUnit, clauseEnd).strip()) + "数量";
	}

	/** A figure in brackets right after a place: 依次为北京(6.83%)、上海(4.44%). */
	private boolean inPlaceList(int figureStart) {
		if (figureStart == 0 || this.text.charAt(figureStart - 1) != '(') {
			return false;
		}
		var place = mentionEndingAt(figureStart - 1);
		return place != null && Gazetteer.isPlace(place.entity());
	}

	/**
	 * What the figures of a list of places measure: the words the clause that introduces
	 * the list opens with, up to what it says of them (R&D经费投入强度|超过全国平均水平的省(市)有7个, 依次为…).
	 */
	private String listItemsName(int clauseStart, int figureStart) {
		var own = this.text.substring(pastTimeWords(clauseStart, figureStart), figureStart);
		var says = LIST_SAYS.matcher(own);
		if (says.find() && says.start() >= 2) {
			// R&D经费投入超过千亿元的省(市)分别为:广东(4411.9亿元)、…: the clause introduces its list.
			return cleanName(own.substring(0, says.start()));
		}
		int introStart = Math.max(this.bodyStart, clauseStart - 1);
		while (introStart > this.bodyStart && !isClauseBreak(introStart - 1)) {
			introStart--;
		}
		int at = pastTimeWords(introStart, Math.max(introStart, clauseStart - 1));
		var opening = this.text.substring(at, Math.max(at, clauseStart - 1));
		var cut = LIST_SAYS.matcher(opening);
		var words = cut.find() ? opening.substring(0, cut.start()) : opening;
		var clean = cleanName(words);
		return (clean.length() >= 2) ? clean : (this.lastMetricName != null) ? this.lastMetricName : words;
	}

	/** The start of the words that name a figure: after the last verb-like break. */
	private int nameStart(int clauseStart, int figureStart) {
		int k = figureStart;
		while (k > clauseStart && k > figureStart - 24) {
			char c = this.text.charAt(k - 1);
			if (c == '、' || c == '(' || c == '"' || c == ')' || Character.isDigit(c)) {
				break;
			}
			k--;
		}
		// 1-2月湖南省…: the rest of a date is no part of the name.
		while (k < figureStart && k > 0 && Character.isDigit(this.text.charAt(k - 1))
				&& "月日号".indexOf(this.text.charAt(k)) >= 0) {
			k++;
			if (k < figureStart && this.text.charAt(k) == '份') {
				k++;
			}
		}
		return k;
	}

	/** The end of a run of Han characters (a noun phrase) from the index, at most max. */
	private int phraseEnd(int from, int clauseEnd, int max) {
		int k = from;
		while (k < clauseEnd && k < from + max && ChineseCharacters.isHan(this.text.charAt(k))
				&& "和及与的、从在".indexOf(this.text.charAt(k)) < 0
				&& (k == from || IngestRules.startingAt(this.text, k, this.nameStops) == null)) {
			k++;
		}
		return k;
	}

	private boolean endsWithAny(int index, String... words) {
		for (var word : words) {
			if (index >= word.length() && this.text.startsWith(word, index - word.length())) {
				return true;
			}
		}
		return false;
	}

	// ------------------------------------------------------------------ rankings

	private int ordinal(Figure figure, int start, int end, int sentenceStart, @Nullable String period) {
		int j = figure.end();
		for (var word : this.rules.numbers().ordinalNotRank()) {
			if (this.text.startsWith(word, j)) {
				return j;
			}
		}
		boolean place = j < end && (this.text.charAt(j) == '位' || this.text.charAt(j) == '名');
		int ordinalStart = figure.start() - 1;
		var mentionBefore = mentionEndingAt(ordinalStart);
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
			subject = use((zone != null) ? zone : mentionBefore.entity());
			quoteFrom = mentionBefore.start();
		}
		else {
			subject = subject(start, ordinalStart, true);
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
		var id = factId("ordinal", figure.start(), rawEnd, "");
		if (this.factIds.add(id)) {
			this.facts.add(ProposedFact.ranking(id, "ordinal", place ? 0.85 : 0.7, this.norm.quote(start, end), start,
					end, subject, (int) figure.value(), list, edition));
		}
		return rawEnd;
	}

	/**
	 * The edition of a ranking: the year in the name of the report the article is about
	 * (《湖南省高新区创新发展绩效评价研究报告2021》 ranks the zones of 2020 in its 2021 edition), unless the
	 * ranking's sentence names a year of its own; else the year of its period.
	 */
	private @Nullable Integer edition(@Nullable String period, int sentenceStart, int end) {
		int from = sentenceStart;
		while (from > this.bodyStart && FULL_STOPS.indexOf(this.text.charAt(from - 1)) < 0) {
			from--;
		}
		if (this.reportYear != null && !YEAR.matcher(this.text).region(from, end).find()) {
			return this.reportYear;
		}
		return yearOf(period);
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
			var zone = this.gazetteer.exactly(form);
			if (zone.isPresent() && zone.get().kind().equals("HighTechZone")) {
				return zone.get();
			}
		}
		return null;
	}

	/**
	 * The list a place belongs to: the words before it in the clause, or the sentence's
	 * topic.
	 */
	private String listName(int clauseStart, int before, int sentenceStart) {
		var words = this.text.substring(clauseStart, before).replaceAll("[、\"()\\s]", "");
		for (var context : this.rules.numbers().rankContext()) {
			words = words.replace(context, "");
		}
		if (words.length() >= 2) {
			return words;
		}
		for (int k = this.facts.size() - 1; k >= 0; k--) {
			// 高新技术企业数从1.1万家增加到3.3万家,跃居全国首位: the list of what the sentence
			// measured.
			var f = this.facts.get(k);
			var at = this.anchors.get(f.id());
			if (at == null || at[0] < sentenceStart) {
				break;
			}
			if ("METRIC".equals(f.type()) && f.name() != null && !"%".equals(f.unit()) && at[1] <= before) {
				return f.name();
			}
		}
		int firstBreak = sentenceStart;
		while (firstBreak < this.text.length() && !isClauseBreak(firstBreak)) {
			firstBreak++;
		}
		return this.text.substring(sentenceStart, Math.min(firstBreak, sentenceStart + 20));
	}

	private @Nullable Mention mentionEndingAt(int index) {
		for (var m : this.mentions) {
			if (m.end() == index) {
				return m;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ statements

	private void statements(int start, int end, int sentenceStart, @Nullable String period, String status) {
		var statements = this.rules.statements();
		var year = yearOf(period);
		var ranks = JOINS_THE_RANKS.matcher(this.text).region(start, end);
		if (ranks.find()) {
			// 海口市进入创新型城市行列: the place joins those who hold the title.
			var holder = subject(start, ranks.start());
			var id = factId("designation", ranks.start(), end, String.valueOf(holder));
			if (holder != null && this.factIds.add(id)) {
				this.facts.add(ProposedFact.designation(id, "joins-the-ranks", 0.7, this.norm.quote(start, end), start,
						end, holder, ranks.group(1), year, status));
			}
			return;
		}
		int i = start;
		while (i < end) {
			var designation = IngestRules.startingAt(this.text, i, statements.designations());
			if (designation != null && i > start) {
				designation(start, end, i, designation, year, status);
				return;
			}
			for (var rule : statements.relations()) {
				var verb = IngestRules.startingAt(this.text, i, rule.verbs());
				if (verb != null && !standsAsAWord(start, end, i, i + verb.length())) {
					// 发布 in 发布会, 建设 in 建设者: a verb inside a noun states nothing.
					verb = null;
				}
				if (verb != null && relation(start, end, i, verb, rule, period)) {
					return;
				}
			}
			i++;
		}
	}

	private void designation(int start, int end, int at, String trigger, @Nullable Integer year, String status) {
		int titleStart = at + trigger.length();
		var title = stripQuotes(this.text.substring(titleStart, end));
		for (var ending : this.rules.statements().designationEnds()) {
			if (title.endsWith(ending) && title.length() > ending.length()) {
				title = stripQuotes(title.substring(0, title.length() - ending.length()));
			}
		}
		if (title.length() < 2 || title.length() > 40) {
			return;
		}
		var holders = holders(start, at);
		for (var holder : holders) {
			var id = factId("designation", at, end, holder);
			if (this.factIds.add(id)) {
				this.facts.add(ProposedFact.designation(id, "designation", 0.75, this.norm.quote(start, end), start,
						end, holder, title, year, status));
			}
		}
	}

	/**
	 * The holders of a designation, or the actors of a statement: the entities named just
	 * before the verb (杭州市、嘉兴市获批), or a quoted name, or the words before it as a
	 * candidate.
	 */
	private List<String> holders(int start, int at) {
		var named = new ArrayList<Mention>();
		for (var m : this.mentions) {
			if (m.start() >= start && m.end() <= at) {
				named.add(m);
			}
		}
		if (!named.isEmpty()) {
			var last = named.getLast();
			var gap = this.text.substring(last.end(), at);
			if (gap.length() <= 6 && !gap.contains("\"")) {
				var ids = new ArrayList<String>();
				for (int k = named.size() - 1; k >= 0; k--) {
					var m = named.get(k);
					var between = this.text.substring(m.end(), (k == named.size() - 1) ? at : named.get(k + 1).start());
					if (k < named.size() - 1 && !between.equals("、") && !between.equals("和") && !between.equals("及")) {
						break;
					}
					ids.addFirst(use(m.entity()));
				}
				return ids;
			}
		}
		var words = this.text.substring(start, at);
		var quoted = QUOTED.matcher(words);
		if (quoted.find()) {
			return List.of(candidateAt(quoted.group(1), start + quoted.start(1)));
		}
		words = words.replaceFirst("^(以|推动|推进|通过|由|在)", "")
			.replaceFirst("(均|也|还|又|先后|连续\\S{1,2}年)$", "")
			// 中国科学技术大学等15家单位: the named one holds it.
			.replaceFirst("等[0-9一二三四五六七八九十两]+[家个项所位名座]\\p{IsHan}{0,4}$", "");
		if (words.length() < 2 || words.length() > 30) {
			return List.of();
		}
		int wordsStart = at - words.length();
		if (words.contains("、")) {
			// 深圳市、广州市获批: one holder each.
			var holders = new ArrayList<String>();
			int offset = 0;
			for (var item : words.split("、")) {
				if (isName(item)) {
					holders.add(candidateAt(item, wordsStart + offset));
				}
				offset += item.length() + 1;
			}
			return holders;
		}
		return isName(words) ? List.of(candidateAt(words, wordsStart)) : List.of();
	}

	/**
	 * Whether words can be the name of a holder: no figure or year in them (共有120个项目,
	 * 其中2018年), nor a filler that opens a clause.
	 */
	private boolean isName(String words) {
		return words.length() >= 2 && words.chars().noneMatch(Character::isDigit)
				&& !NUMERAL_AND_COUNTER.matcher(words).find()
				&& IngestRules.startingAt(words, 0, this.rules.numbers().nameFillers()) == null;
	}

	private boolean relation(int start, int end, int at, String verb, IngestRules.RelationRule rule,
			@Nullable String period) {
		var statements = this.rules.statements();
		String object;
		int objectStart;
		List<String> actors;
		if (Boolean.TRUE.equals(rule.objectBefore())) {
			var before = this.text.substring(start, at);
			int in = before.lastIndexOf('在');
			if (in <= 0) {
				return false;
			}
			object = stripQuotes(before.substring(in + 1).replaceFirst("(上|中|期间)$", ""));
			objectStart = start + in + 1;
			var actor = stripQuotes(before.substring(0, in));
			var quoted = QUOTED.matcher(before.substring(0, in));
			actors = List
				.of(quoted.find() ? candidateAt(quoted.group(1), start + quoted.start(1)) : candidateAt(actor, start));
		}
		else {
			objectStart = at + verb.length();
			object = this.text.substring(objectStart, end).replaceFirst("^了", "");
			if (rule.objectRequired() == null || rule.objectRequired()) {
				var actorMentions = mentionsIn(start, at);
				actors = actorMentions.isEmpty() ? ((this.actorId == null) ? List.of() : List.of(this.actorId))
						: List.of(use(actorMentions.getLast().entity()));
			}
			else {
				var actorMentions = mentionsIn(start, at);
				if (actorMentions.isEmpty()) {
					if (rule.type().equals("CONTRIBUTES_TO") && at - start >= 2) {
						actors = holders(start, at);
					}
					else {
						return false;
					}
				}
				else {
					actors = List.of(use(actorMentions.getLast().entity()));
				}
			}
		}
		// A figure in the object makes it a measured statement, left to the figure rules;
		// years and digits inside quoted names ("315" 体系) do not count.
		var unquoted = object.replaceAll("\"[^\"]*\"", "").replaceAll("(19|20)\\d{2}年", "");
		if (actors.isEmpty() || object.isBlank() || unquoted.matches("(?s).*[0-9].*")) {
			return false;
		}
		object = object.replaceFirst("(等)?(精神|建设)$", "");
		if (rule.objectEnds() != null && rule.objectEnds().stream().noneMatch(object::endsWith)) {
			return false;
		}
		var cleanObject = object;
		var items = items(object);
		var found = false;
		for (var item : items) {
			var name = stripQuotes(item);
			boolean named = item.startsWith("\"") || this.gazetteer.exactly(name).isPresent()
					|| statements.namedEnds().stream().anyMatch(name::endsWith)
					|| (rule.objectEnds() != null || rule.objectRequired() != null);
			if (!named || name.length() < 2 || name.length() > 40) {
				continue;
			}
			var toId = this.gazetteer.exactly(name)
				.map(this::use)
				.orElseGet(() -> candidateAt(name, objectStart + Math.max(0, cleanObject.indexOf(name))));
			for (var actor : actors) {
				if (actor.equals(toId)) {
					continue;
				}
				var id = factId("relation", at, end, actor + ">" + toId);
				if (this.factIds.add(id)) {
					this.facts.add(ProposedFact.relation(id, "relation:" + verb, 0.6, this.norm.quote(start, end),
							start, end, actor, rule.type(), toId, verb, period));
					found = true;
				}
			}
		}
		return found;
	}

	/**
	 * The items of a list (甲、乙以及丙), a bare place taking the shared ending of the last
	 * item: 杭州、宁波温州国家自创区 is 杭州国家自创区 and 宁波温州国家自创区.
	 */
	private List<String> items(String object) {
		var parts = new ArrayList<String>();
		for (var part : object.split("、|以及|及|和")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		if (parts.size() < 2) {
			return parts;
		}
		var last = parts.getLast();
		// The run of place names at the start of the last item (宁波温州), found form by
		// form, since the whole item may itself be a known name.
		int placeEnd = 0;
		boolean more = true;
		while (more) {
			more = false;
			for (int length = last.length() - placeEnd; length >= 2; length--) {
				var place = this.gazetteer.exactly(last.substring(placeEnd, placeEnd + length));
				if (place.isPresent() && Gazetteer.isPlace(place.get())) {
					placeEnd += length;
					more = placeEnd < last.length();
					break;
				}
			}
		}
		var ending = last.substring(placeEnd);
		if (placeEnd > 0 && ending.length() >= 2) {
			for (int k = 0; k < parts.size() - 1; k++) {
				var part = parts.get(k);
				var exactly = this.gazetteer.exactly(part);
				if (exactly.isPresent() && Gazetteer.isPlace(exactly.get())) {
					parts.set(k, part + ending);
				}
			}
		}
		return parts;
	}

	/** "“新昌模式”": a model named after a place. */
	private void namedAfter() {
		var m = QUOTED.matcher(this.text);
		while (m.find()) {
			if (m.start() < this.bodyStart) {
				continue;
			}
			var name = m.group(1);
			for (var ending : this.rules.statements().namedAfter()) {
				if (name.endsWith(ending) && name.length() > ending.length()) {
					var place = this.gazetteer.exactly(name.substring(0, name.length() - ending.length()));
					if (place.isPresent() && Gazetteer.isPlace(place.get())) {
						int clauseStart = m.start();
						while (clauseStart > 0 && !isClauseBreak(clauseStart - 1)) {
							clauseStart--;
						}
						var from = this.gazetteer.exactly(name)
							.map(this::use)
							.orElseGet(() -> candidateAt(name, m.start(1)));
						var to = use(place.get());
						var id = factId("named-after", m.start(), m.end(), "");
						if (this.factIds.add(id)) {
							this.facts.add(
									ProposedFact.relation(id, "named-after", 0.7, this.norm.quote(clauseStart, m.end()),
											clauseStart, m.end(), from, "NAMED_AFTER", to, name, null));
						}
					}
				}
			}
		}
	}

	// ------------------------------------------------------------------ entities

	private List<Mention> mentionsIn(int start, int end) {
		return this.mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
	}

	/**
	 * The subject of a figure: the last entity named before it in the clause (not a place
	 * that begins a longer name); else the country for 全国, the article's province or city
	 * for 全省 or 全市; else the first entity the sentence names before the clause (its
	 * topic); else the article's own place; else its publisher.
	 */
	private @Nullable String subject(int clauseStart, int before) {
		return subject(clauseStart, before, false);
	}

	/**
	 * The subject; for a place in a list, 全国 names the list (居全国第一), not its holder.
	 */
	private @Nullable String subject(int clauseStart, int before, boolean ranking) {
		var named = namedSubject(clauseStart, before, true);
		if (named != null) {
			return named;
		}
		// 集聚全省86.79%的重点实验室、82.52%的…: the province is the whole of the shares, not
		// their subject.
		// 国内外科技创新团队: at home and abroad, not the country.
		var words = WHOLE_BEFORE_A_SHARE.matcher(this.text.substring(clauseStart, before))
			.replaceAll("")
			.replace("国内外", "");
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
			return remember(candidate(whose.name() + asWritten, "HighTechZone", -1, -1), clauseStart + zones.start());
		}
		var group = OWN_GROUP.matcher(words);
		if (this.home != null && group.find() && measuresTheGroup(clauseStart + group.end(), before)) {
			// 全省企业重点实验室累计申请专利6935件: what the province's labs did together.
			var whose = group.group().startsWith("全市") || group.group().startsWith("我市") ? this.home : homeProvince();
			return remember(group(whose.name() + group.group(1)), clauseStart + group.start());
		}
		if (places.anaphora().stream().anyMatch(words::contains)) {
			return (this.lastSubject != null) ? this.lastSubject : (this.home != null) ? use(this.home) : null;
		}
		int paragraphStart = this.text.lastIndexOf('\n', clauseStart) + 1;
		var paragraphSubject = (this.lastSubjectParagraph == paragraphStart) ? this.lastSubject : null;
		if (this.topic != null && this.topicAt >= paragraphStart && this.topicAt > this.lastSubjectAt) {
			// 2017年,长春高新区经济保持平稳增长。营业总收入同比增长18.5%: the topic sentence's zone.
			paragraphSubject = use(this.topic);
		}
		if (!ranking && says(words, places.nationWords())) {
			return nation();
		}
		if (this.home != null && says(words, places.ownProvince())) {
			return use(homeProvince());
		}
		if (this.home != null && says(words, places.ownCity())) {
			return use(this.home);
		}
		int sentenceStart = clauseStart;
		while (sentenceStart > this.bodyStart && SENTENCE_BREAKS.indexOf(this.text.charAt(sentenceStart - 1)) < 0) {
			sentenceStart--;
		}
		if (this.lastSubject != null && this.lastSubjectAt >= sentenceStart && this.lastSubjectAt < clauseStart) {
			// 高新区内X为13.67%,Y为900家: the subject of the sentence's clause before.
			return this.lastSubject;
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
		var sentenceWords = this.text.substring(sentenceStart, clauseStart);
		if (!ranking && places.nationWords().stream().anyMatch(sentenceWords::contains)) {
			return nation();
		}
		if (paragraphSubject != null) {
			return paragraphSubject;
		}
		if (this.home != null) {
			return use(this.home);
		}
		return this.actorId;
	}

	/**
	 * Whether the words say one of these, other than as the whole a share is of or the
	 * base of a comparison (占全省高新技术产业比重, 比全国平均).
	 */
	private static boolean says(String words, List<String> these) {
		for (var word : these) {
			for (int at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
				if (at == 0 || WHOLE_OR_BASE_BEFORE.indexOf(words.charAt(at - 1)) < 0) {
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
	private @Nullable String namedSubject(int from, int to, boolean last) {
		// 占合肥市比重, 比全省平均: the whole a share is of, or the base of a comparison.
		var named = mentionsIn(from, to).stream()
			.filter(m -> !insideName(m) && !nameOfACountedKind(m)
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
			int longer = zoneEnd(m.end(), to);
			var id = (longer > m.end()) ? candidateAt(this.text.substring(m.start(), longer), m.start())
					: use(m.entity());
			return remember(id, m.start());
		}
		int at = pastTimeWords(from, to);
		var zone = zoneNamedBefore(at);
		if (zone != null && IngestRules.startsWithAny(this.text, at, "高新区", "园区", "开发区")) {
			// 合肥高新区…;高新区地区生产总值…: the bare word is the zone the text is about.
			return remember(zone, at);
		}
		int end = nameEnd(at, to);
		if (end < 0) {
			return null;
		}
		return remember(candidateAt(this.text.substring(at, end), at), at);
	}

	/**
	 * The last zone, corridor, town or park a stretch names by its ending (光谷科技创新大走廊,
	 * 纳斯科创园, 梦想小镇), from the word after 的, 以 or a verb of building; null if none.
	 */
	private @Nullable String zoneNamedIn(int from, int to) {
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
				if (end - start >= ending.length() + 2 && !WordBoundaries.isOrdinaryWord(name) && end > bestEnd
						&& IngestRules.startingAt(this.text, start, this.rules.places().notNames()) == null) {
					bestStart = start;
					bestEnd = end;
				}
			}
		}
		if (bestStart < 0) {
			return null;
		}
		for (var m : mentionsIn(bestStart, bestEnd)) {
			if (m.start() == bestStart && m.end() == bestEnd) {
				return remember(use(m.entity()), bestStart);
			}
		}
		return remember(candidateAt(this.text.substring(bestStart, bestEnd), bestStart), bestStart);
	}

	private String remember(String subject, int at) {
		int paragraph = this.text.lastIndexOf('\n', at) + 1;
		this.lastSubject = subject;
		this.lastSubjectParagraph = paragraph;
		this.lastSubjectAt = at;
		return subject;
	}

	/**
	 * Where the name of a zone that a place's name begins ends (浙江省|高新园区, 合肥|高新区): a
	 * short run ending with a zone's ending; the place's own end if none.
	 */
	private int zoneEnd(int placeEnd, int limit) {
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
	private int nameEnd(int start, int limit) {
		var places = this.rules.places();
		if (start < 0 || start >= limit || IngestRules.startingAt(this.text, start, places.notNames()) != null) {
			return -1;
		}
		for (int end = Math.min(limit, start + 10); end >= start + 2; end--) {
			var name = this.text.substring(start, end);
			if (!name.codePoints().allMatch(ChineseCharacters::isHan)
					|| name.chars().anyMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0) || WordBoundaries.isOrdinaryWord(name)
					|| places.subjectEnds().contains(name)) {
				// 地区, 园区, 城市, a bare 高新区: words of prose, no one place's name.
				continue;
			}
			for (var ending : places.subjectEnds()) {
				if (name.endsWith(ending) && name.length() > ending.length()
						&& (ending.length() > 1
								|| (name.length() <= 6 && COLLECTIVE.indexOf(name.charAt(name.length() - 2)) < 0
										&& this.gazetteer.exactly(name).isPresent()))) {
					// A bare 省, 市 or 县 ends a division's name, and the dictionary knows
					// every
					// division: 这个省 or 实现省 is none.
					return end;
				}
			}
		}
		return -1;
	}

	/**
	 * Whether [from, to) begins and ends on the words of its clause, by the segmenter.
	 */
	private boolean standsAsAWord(int clauseStart, int clauseEnd, int from, int to) {
		if (this.wordsStart != clauseStart || this.wordsEnd != clauseEnd) {
			// One segmentation per clause, however many verbs it holds.
			this.words = WordBoundaries.of(this.text.substring(clauseStart, clauseEnd));
			this.wordsStart = clauseStart;
			this.wordsEnd = clauseEnd;
		}
		return this.words.get(from - clauseStart) && this.words.get(to - clauseStart);
	}

	/**
	 * The last zone the text named before the index: one of the graph's, or a candidate.
	 */
	private @Nullable String zoneNamedBefore(int index) {
		Mention last = null;
		for (var m : this.mentions) {
			if (m.start() >= index) {
				break;
			}
			if (m.entity().kind().equals("HighTechZone")) {
				last = m;
			}
		}
		if (last != null && (this.lastZone == null || last.start() > this.lastZoneAt)) {
			return use(last.entity());
		}
		return this.lastZone;
	}

	private void openingTopic(int sentenceStart, int sentenceEnd) {
		int at = pastTimeWords(sentenceStart, sentenceEnd);
		for (var m : mentionsIn(at, sentenceEnd)) {
			// 枝江、赤壁…4个县(市)获批: a list of places is no topic.
			if (m.start() == at && HOLDERS.contains(m.entity().kind()) && !insideName(m)
					&& zoneEnd(m.end(), sentenceEnd) == m.end()
					&& (m.end() >= sentenceEnd || "、和及与等".indexOf(this.text.charAt(m.end())) < 0)) {
				this.topic = m.entity();
				this.topicAt = at;
			}
			break;
		}
	}

	/** Past the time words and connectives that open a clause: 2022年, 今年1-4月, 其中, 目前. */
	private int pastTimeWords(int from, int to) {
		var m = TIME_WORDS.matcher(this.text).region(from, to);
		return m.lookingAt() ? m.end() : from;
	}

	/** The country, for national totals. */
	private String nation() {
		return candidate(this.rules.places().nation(), "Country", -1, -1);
	}

	private String use(Known known) {
		if (!known.inGraph()) {
			return candidate(known.name(), known.kind(), -1, -1);
		}
		this.entities.putIfAbsent(known.id(),
				new ProposedEntity(known.id(), known.kind(), known.name(), known.zhHant(), true, null, null, null));
		return known.id();
	}

	private String candidateAt(String normalisedName, int start) {
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

	private String candidate(String originalName, String kind, int start, int end) {
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
			this.lastZone = id;
			this.lastZoneAt = start;
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

	// ------------------------------------------------------------------ facts

	private void addMetric(String rule, double confidence, int clauseStart, int clauseEnd, int anchorStart,
			int anchorEnd, @Nullable String subject, String name, double value, @Nullable Double previous, String unit,
			String rawText, String bound, @Nullable String period, String status) {
		var id = factId(rule, anchorStart, anchorEnd, "");
		if (!this.factIds.add(id)) {
			return;
		}
		// 4411.9亿元 is 441190000000, not 441189999999.99994.
		value = new BigDecimal(value).round(SIGNIFICANT).doubleValue();
		previous = (previous == null) ? null : new BigDecimal(previous).round(SIGNIFICANT).doubleValue();
		var clean = rule.equals("growth") ? name : cleanName(name);
		if (!rule.equals("growth") && this.lastMetricName != null && withoutTargetWords(clean).length() < 2) {
			// 突破4万家,力争达到5万家: the goal of what the clause before measured.
			clean = this.lastMetricName;
		}
		if (clean.length() < 2) {
			clean = name;
		}
		if (JUNK_NAME.matcher(clean).find() && this.lastMetricName != null) {
			// 分别为481.28亿元、324.30亿元及…, 最高时甚至达到: words around figures are no name; what
			// the sentence measured before is.
			clean = rule.equals("growth") ? this.lastMetricName + (clean.endsWith("降幅") ? "降幅" : "增速")
					: this.lastMetricName;
		}
		clean = canonical(clean);
		if (unit.equals("%") && clean.startsWith("占") && this.lastMetricName != null) {
			// 申请专利4534件,占全省总数的17.72%: the share of what the clause before measured.
			clean = this.lastMetricName + clean;
		}
		if (!rule.equals("growth") && unit.equals("%")) {
			this.lastShareName = clean;
		}
		if (!rule.equals("growth") && !unit.equals("%") && !JUNK_NAME.matcher(clean).find()) {
			this.lastMetricName = clean.replaceFirst("数量$", "");
		}
		this.anchors.put(id, new int[] { anchorStart, anchorEnd });
		this.facts.add(ProposedFact.metric(id, rule, confidence, this.norm.quote(clauseStart, clauseEnd), clauseStart,
				clauseEnd, subject, clean, value, previous, unit, rawText, bound, period, status));
	}

	/** The one name of a measure written in several ways (R&D经费占GDP比重: 研发经费投入强度). */
	private String canonical(String name) {
		for (var canon : this.canonicalNames.entrySet()) {
			var m = canon.getKey().matcher(name);
			if (m.lookingAt()) {
				return canon.getValue() + name.substring(m.end());
			}
		}
		return name;
	}

	private String withoutTargetWords(String name) {
		var rest = name;
		for (var word : this.rules.numbers().target()) {
			rest = rest.replace(word, "");
		}
		return rest;
	}

	/**
	 * A metric's name without what is not its name: the place or time before it, fillers
	 * (全省, 其中, 累计) and verbs (实现, 达到, 为): 全省高新技术产业实现增加值为 is 高新技术产业增加值.
	 */
	private String cleanName(String name) {
		var names = this.rules.numbers();
		var clean = TIME_WORDS.matcher(name).replaceAll("");
		for (var m : this.gazetteer.mentions(clean)) {
			if (m.start() == 0 && Gazetteer.isPlace(m.entity())) {
				clean = clean.substring(m.end());
				break;
			}
		}
		boolean changed = true;
		while (changed && !clean.isEmpty()) {
			changed = false;
			var lead = IngestRules.startingAt(clean, 0, names.nameFillers());
			if (lead != null) {
				clean = clean.substring(lead.length());
				changed = true;
			}
			for (var verb : names.nameVerbs()) {
				if (clean.endsWith(verb)) {
					clean = clean.substring(0, clean.length() - verb.length());
					changed = true;
				}
			}
		}
		for (var verb : names.nameVerbsInside()) {
			clean = clean.replace(verb, "");
		}
		return clean.replaceAll("^[的、\"()]+|[的、\"(]+$", "");
	}

	/**
	 * A fact's id: stable for the same document, rule and place, whatever a reviewer
	 * edits.
	 */
	private String factId(String rule, int start, int end, String discriminator) {
		return "ing-" + Sha256.hex(this.documentKey + "|" + rule + "|" + start + "|" + end + "|" + discriminator)
			.substring(0, 20);
	}

	private static String stripQuotes(String s) {
		var stripped = s.strip();
		if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
				&& stripped.indexOf('"', 1) == stripped.length() - 1) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}

}
