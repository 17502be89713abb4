package org.innograph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a figure measures: the noun its counter counts (8个国家高新区), else the words before it
 * in its clause, without places, time words, fillers and verbs, in the one form of a
 * measure written several ways. A growth, a share or a goal with no name of its own is of
 * what the figure before measured, which this remembers as it reads.
 */
final class MetricNames {

	/** A Latin gloss in brackets: (R&D), (GDP). */
	private static final Pattern GLOSS = Pattern.compile("\\([A-Za-z&]{1,6}\\)");

	/** The same, right before an index. */
	private static final Pattern GLOSS_BEFORE = Pattern.compile("\\([A-Za-z&]{1,6}\\)$");

	/** What a metric's name never is: a figure with its unit, a join, 截至 or 分别为. */
	private static final Pattern JUNK_NAME = Pattern
		.compile("\\d+(?:\\.\\d+)?(?:%|亿|万|家|个|项|件)|^[及和与、%]|[及和与、]$|^(?:截至|截止|分别|最高时|甚至)"
				// 2018年增长至532.42亿元: a verb of change names nothing of its own.
				+ "|^(?:由|从)?(?:增长|增加|提高|提升|上升|增)(?:至|到)?$");

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

	/** What a sentence says of the places it lists, after naming what it measures. */
	private static final Pattern LIST_SAYS = Pattern
		.compile("超过|高于|低于|达到|位居|排名|居|前\\d|前[二三四五六七八九十]|的省|的市|的地区|的城市|依次|分别|有\\d|有[一二三四五六七八九十]");

	private final Reading reading;

	private final IngestRules rules;

	private final String text;

	private final int bodyStart;

	private final Map<Pattern, String> canonicalNames = new LinkedHashMap<>();

	/** Verbs that end the noun a figure counts (54个省级高新区|创造了). */
	private final List<String> nameStops;

	/**
	 * The name of the last figure that was no growth or share: what 同比增长 after it
	 * measures.
	 */
	private @Nullable String lastMetricName;

	/**
	 * The name of the last share (a figure in %): what a change in points after it
	 * measures.
	 */
	private @Nullable String lastShareName;

	MetricNames(Reading reading) {
		this.reading = reading;
		this.rules = reading.rules();
		this.text = reading.text();
		this.bodyStart = reading.bodyStart();
		this.nameStops = IngestRules.longestFirst(this.rules.numbers().nameStops());
		this.rules.numbers()
			.canonicalNames()
			.forEach((pattern, name) -> this.canonicalNames.put(Pattern.compile(pattern), name));
	}

	/**
	 * The name a metric's figure is given: its words cleaned, else what the figure before
	 * measured; remembered for the growth, share or goal after it.
	 */
	String given(String rule, String name, String unit) {
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
			clean = canonical(this.lastMetricName + clean);
		}
		if (unit.equals("%") && name.strip().endsWith("的") && clean.length() <= 8 && !clean.contains("占")
				&& this.lastShareName != null && this.lastShareName.indexOf('占') > 0) {
			// 高新技术企业占全疆的41%、乌市的66%: the same part, of another whole.
			clean = this.lastShareName.substring(0, this.lastShareName.indexOf('占') + 1) + clean;
		}
		if (!rule.equals("growth") && unit.equals("%")) {
			this.lastShareName = clean;
		}
		if (!rule.equals("growth") && !unit.equals("%") && !JUNK_NAME.matcher(clean).find()) {
			this.lastMetricName = clean.replaceFirst("数量$", "");
		}
		return clean;
	}

	/**
	 * Words of a clause that name what stands after them, cleaned: 研发经费 of 研发经费较2010年翻一番.
	 */
	String before(int clauseStart, int at) {
		return cleanName(this.text.substring(nameStart(clauseStart, at), at));
	}

	/**
	 * A name of two characters or more; else what the figure before measured, or none.
	 */
	String orLast(String own) {
		return (own.length() >= 2) ? own : (this.lastMetricName != null) ? this.lastMetricName : "";
	}

	/**
	 * What a growth (同比增长10.5%) or decline measures: what its clause names before it,
	 * without the base it is compared with, else what the sentence measured last.
	 */
	String ofGrowth(int clauseStart, int wordStart, boolean decline) {
		var own = cleanName(COMPARED_WITH.matcher(this.text.substring(nameStart(clauseStart, wordStart), wordStart))
			.replaceFirst(""));
		return orLast(own) + (decline ? "降幅" : "增速");
	}

	/** Words that make the year after them a date, not a name's end: 截至2017年底. */
	private static final java.util.regex.Pattern AS_OF = java.util.regex.Pattern.compile("截至|截止|截止到|到|至|于|在");

	/** 完成年度目标的60%: the share of a goal met. */
	private static final java.util.regex.Pattern GOAL_MET = java.util.regex.Pattern
		.compile("完成(?:了)?(?:全年|年度)(?:目标|任务|目标任务)(?:的)?$");

	/** The name of the last metric of the sentence before the clause, or null. */
	private @Nullable String lastMetricName(int clauseStart) {
		var facts = this.reading.facts();
		for (int k = facts.size() - 1; k >= 0; k--) {
			var fact = facts.get(k);
			var at = this.reading.anchorOf(fact.id());
			if (at == null || !"METRIC".equals(fact.type()) || at[1] > clauseStart) {
				continue;
			}
			var between = this.text.substring(at[1], clauseStart);
			return (between.indexOf('。') < 0 && fact.name() != null && !"%".equals(fact.unit())) ? fact.name() : null;
		}
		return null;
	}

	/**
	 * What a figure measures: the noun after its counter when one follows (8个国家高新区 →
	 * 国家高新区数量), otherwise the words before it in the clause.
	 */
	String of(int clauseStart, int figureStart, int afterUnit, int clauseEnd) {
		var goal = GOAL_MET.matcher(this.text).region(clauseStart, figureStart);
		if (goal.find()) {
			// 新认定科技型中小微企业3602家,完成年度目标的60%: how much of its goal the figure
			// before has met.
			var before = lastMetricName(clauseStart);
			if (before != null) {
				return before + "年度目标完成率";
			}
		}
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
				&& DatePhrases.YEAR.matcher(this.text).region(start - 4, start + 1).matches()) {
			// 成交额2013年达到143.4亿元: the name stands before the year.
			int yearStart = start - 4;
			var words = this.text.substring(nameStart(clauseStart, yearStart), yearStart).strip();
			boolean asOf = AS_OF.matcher(words).matches();
			if (words.length() >= 2 && !asOf) {
				return words;
			}
			if (asOf) {
				// 截至2017年底全省科技企业孵化器达781家: the name follows the date.
				int after = (this.text.charAt(start) == '年') ? start + 1 : start;
				while (after < figureStart && "底末初".indexOf(this.text.charAt(after)) >= 0) {
					after++;
				}
				var named = this.text.substring(nameStart(after, figureStart), figureStart).strip();
				if (named.length() >= 2) {
					return named;
				}
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
	String ofPoints(int clauseStart, int figureStart) {
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
	 * What the figures of a list of places measure: the words the clause that introduces
	 * the list opens with, up to what it says of them (R&D经费投入强度|超过全国平均水平的省(市)有7个, 依次为…).
	 */
	String ofListItems(int clauseStart, int figureStart) {
		var own = this.text.substring(this.reading.pastTimeWords(clauseStart, figureStart), figureStart);
		var says = LIST_SAYS.matcher(own);
		if (says.find() && says.start() >= 2) {
			// R&D经费投入超过千亿元的省(市)分别为:广东(4411.9亿元)、…: the clause introduces its list.
			return cleanName(own.substring(0, says.start()));
		}
		int introStart = Math.max(this.bodyStart, clauseStart - 1);
		while (introStart > this.bodyStart && !this.reading.isClauseBreak(introStart - 1)) {
			introStart--;
		}
		int at = this.reading.pastTimeWords(introStart, Math.max(introStart, clauseStart - 1));
		var opening = this.text.substring(at, Math.max(at, clauseStart - 1));
		var cut = LIST_SAYS.matcher(opening);
		var words = cut.find() ? opening.substring(0, cut.start()) : opening;
		var clean = cleanName(words);
		return (clean.length() >= 2) ? clean : (this.lastMetricName != null) ? this.lastMetricName : words;
	}

	/**
	 * The name of a count of listed places: what the clause says they are or did after
	 * the counted noun (5个县(市)|通过国家创新型县(市)考核验收).
	 */
	String ofCountedPlaces(int afterUnit, int clauseEnd) {
		var rest = NamesNotSubjects.COUNTED_PLACES.matcher(this.text.substring(afterUnit, clauseEnd)).replaceFirst("");
		var said = cleanName(rest);
		return ((said.length() >= 2) ? said : this.text.substring(afterUnit, clauseEnd).strip()) + "数量";
	}

	/**
	 * A metric's name without what is not its name: the place or time before it, fillers
	 * (全省, 其中, 累计) and verbs (实现, 达到, 为): 全省高新技术产业实现增加值为 is 高新技术产业增加值.
	 */
	String cleanName(String name) {
		var names = this.rules.numbers();
		var clean = Reading.TIME_WORDS.matcher(name).replaceAll("");
		for (var m : this.reading.gazetteer().mentions(clean)) {
			if (m.start() == 0 && (Gazetteer.isPlace(m.entity()) || m.entity().kind().equals("HighTechZone"))) {
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
		return GLOSS.matcher(clean).replaceAll("").replaceAll("^[的、\"()]+|[的、\"(]+$", "");
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

	/** The start of the words that name a figure: after the last verb-like break. */
	int nameStart(int clauseStart, int figureStart) {
		int k = figureStart;
		int reach = 24;
		while (k > clauseStart && k > figureStart - reach) {
			char c = this.text.charAt(k - 1);
			var gloss = (c == ')') ? GLOSS_BEFORE.matcher(this.text).region(clauseStart, k) : null;
			if (gloss != null && gloss.find()) {
				// 经费支出(R&D)占地区生产总值(GDP)比重: a gloss inside the name.
				reach += gloss.group().length();
				k = gloss.start();
				continue;
			}
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
	int phraseEnd(int from, int clauseEnd, int max) {
		int k = from;
		while (k < clauseEnd && k < from + max && ChineseCharacters.isHan(this.text.charAt(k))
				&& "和及与的、从在".indexOf(this.text.charAt(k)) < 0
				&& (k == from || IngestRules.startingAt(this.text, k, this.nameStops) == null)) {
			k++;
		}
		return k;
	}

}
