package org.innograph.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.innograph.ingest.Proposal.ProposedEntity;
import org.innograph.ingest.Proposal.ProposedFact;
import org.innograph.ingest.RuleFamily.Clause;
import org.jspecify.annotations.Nullable;

/**
 * The link and extract stages. Walks the normalised text sentence by sentence and clause
 * by clause, dates each clause ({@link Periods}) and hands it to each family of rules in
 * turn, with the word lists of {@link IngestRules}; every quote and offset refers to the
 * original text. The rules, by family:
 * <ul>
 * <li>{@link Figures}: {@code figure}, a figure with a counter or unit (项, 家, 个, 天, 元, %,
 * 成, …; {@link Units}), its bound (以上, 超, 近, 约, 左右; {@link Bounds}) and whether it is a
 * target (力争, 计划, 到2027年: the clause's status, from {@link Periods});
 * {@code numbered-noun}, 十大省实验室; {@code change}, 从A减少至B, a value with the one before;
 * {@code growth}, 同比增长N%;</li>
 * <li>{@link Lists}: the figures said of a list's items in turn (分别);</li>
 * <li>{@link MultiplesAndRuns}: {@code multiple}, 较2010年翻一番; {@code years-running},
 * 连续八年;</li>
 * <li>{@link Rankings}: {@code ordinal}, 第N(位) after a place or a ranking word, 全国第一;
 * {@code first-place}, 居全国首位; {@code top-respectively}, 排名前三的…分别为;</li>
 * <li>{@link Statements}: {@code designation}, 获批, 入选, 被评为, 荣获 … with the holder before
 * and the title after, {@code joins-the-ranks}, 进入创新型城市行列; {@code relation}, verbs of the
 * graph's relation types with a named object; {@code named-after}, “新昌模式”, a model named
 * after a place.</li>
 * </ul>
 * What each figure or statement is about comes from {@link Subjects}, what a figure
 * measures from {@link MetricNames}.
 */
final class FactExtractor {

	/** What the extractor found: the facts and the entities they name. */
	record Extraction(List<ProposedFact> facts, List<ProposedEntity> entities, List<String> warnings) {
	}

	private final Reading reading;

	private final String text;

	private final int bodyStart;

	private final Periods periods;

	private final Subjects subjects;

	/** The families of rules, in the order they read each clause. */
	private final List<RuleFamily> families;

	/**
	 * Where the text's last clause starts when the page cut it off mid-sentence (no stop
	 * at its end: …科研人员成立1003家企业,379名科研人); else the text's length. A cut clause states
	 * nothing for sure: its noun or its very figure may be short.
	 */
	private final int cutOffFrom;

	private FactExtractor(Reading reading, @Nullable String publisher) {
		this.reading = reading;
		this.text = reading.text();
		this.bodyStart = reading.bodyStart();
		this.periods = new Periods(reading);
		this.subjects = new Subjects(reading, publisher);
		var names = new MetricNames(reading);
		var lists = new Lists(reading, names);
		var rankings = new Rankings(reading, this.subjects);
		var issuances = new Issuances(reading, this.subjects);
		this.families = List.of(new Figures(reading, this.subjects, names, lists, rankings), lists,
				new MultiplesAndRuns(reading, this.subjects, names), rankings, issuances,
				new Statements(reading, this.subjects, issuances), new ListedDesignations(reading));
		this.cutOffFrom = cutOffFrom(this.text);
	}

	private static final String STOPS_AT_THE_END = "。！？!?\"”’』」)）.…;；:：%";

	/** A clause that ends on a figure and its counter is whole: …"世界500强"企业11家. */
	private static final Pattern ENDS_ON_A_COUNTED_FIGURE = Pattern
		.compile("\\d(?:\\.\\d+)?[万亿]?(?:家|个|项|件|人|名|所|座|元|亿元|万元|倍|位|次|年)$");

	private static int cutOffFrom(String text) {
		var kept = text.stripTrailing();
		if (kept.isEmpty() || STOPS_AT_THE_END.indexOf(kept.charAt(kept.length() - 1)) >= 0
				|| ENDS_ON_A_COUNTED_FIGURE.matcher(kept).find()) {
			return text.length();
		}
		int from = kept.length();
		while (from > 0 && ",，、;；。！？\n".indexOf(kept.charAt(from - 1)) < 0) {
			from--;
		}
		return from;
	}

	/**
	 * Extracts the facts of a cleaned text.
	 * @param documentKey the SHA-256 of the document, which makes fact ids stable
	 * @param publisher who issued the article, when the dateline names it: the actor of
	 * statements without a subject
	 * @param bodyStart where the article's paragraphs begin (after its title and
	 * dateline)
	 * @param headline the page's headline, whose place is the article's own
	 */
	static Extraction extract(IngestRules rules, Gazetteer gazetteer, NormalisedText norm, String documentKey,
			@Nullable String publisher, @Nullable String publishedAt, int bodyStart, @Nullable String headline) {
		var reading = new Reading(rules, gazetteer, norm, documentKey, publisher, publishedAt, bodyStart, headline);
		new FactExtractor(reading, publisher).run();
		return new Extraction(mergeRestatements(reading.facts()), reading.entities().all(), List.of());
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

	/**
	 * What a fact says and its words, without where it says them. A metric named in four
	 * characters or more, by an amount or a count of 100 or more, says the same in other
	 * words too: 上半年湖北规上高新技术产业增加值5098.57亿元 in the headline is the body's
	 * 湖北省规上高新技术产业增加值5098.57亿元.
	 */
	private static List<Object> content(ProposedFact f) {
		// A fact restated (the lead's figure again in the body) is one fact, wherever it
		// is said: a metric with a name of its own and a value that is no small count (6
		// labs took part; 6 labs passed may count two groups), a ranking in a list of its
		// own (位居全省第一; 居全省第1位).
		boolean restatable = (f.type().equals("METRIC") && f.name() != null && f.name().length() >= 4
				&& f.value() != null && !(Objects.equals(f.unit(), "count") && f.value() < 100))
				|| (f.type().equals("RANKING") && f.list() != null && f.list().length() >= 4 && f.subject() != null);
		return Arrays.asList(restatable ? "" : f.quote(), f.type(), f.subject(), f.name(), f.value(), f.previousValue(),
				f.unit(), f.bound(), f.period(), f.status(), f.rank(), f.list(), f.edition(), f.year(), f.from(),
				f.relation(), f.to());
	}

	/** A clause that gives the share of the figure before it: 占比41.07%, 占全省的20%. */
	private static final Pattern SHARE_OF_THE_LAST = Pattern.compile("\\s*占");

	private void run() {
		int sentenceStart = this.bodyStart;
		int scopeStart = this.bodyStart;
		// The headline's period (去年…, 上半年…) holds until the body names one.
		String period = (this.bodyStart > 0) ? this.periods.ofSentence(this.text.substring(0, this.bodyStart), null)
				: null;
		if (period == null) {
			period = this.periods.pageYear();
		}
		for (int i = this.bodyStart; i <= this.text.length(); i++) {
			if (i == this.text.length() || Reading.SENTENCE_BREAKS.indexOf(this.text.charAt(i)) >= 0) {
				if (i > sentenceStart) {
					this.subjects.openingTopic(sentenceStart, i);
					var sentence = this.text.substring(sentenceStart, i);
					var own = this.periods.ofSentence(sentence, period);
					var handedOn = sentence(sentenceStart, i, scopeStart, own);
					period = this.periods.after(sentence, period, own, handedOn);
				}
				sentenceStart = i + 1;
				if (i < this.text.length() && this.text.charAt(i) == '\n') {
					period = Periods.atNewParagraph(period);
				}
				if (i == this.text.length() || Reading.FULL_STOPS.indexOf(this.text.charAt(i)) >= 0) {
					scopeStart = i + 1;
				}
			}
		}
		for (var family : this.families) {
			family.readToTheEnd();
		}
	}

	/**
	 * The facts of a sentence; the period it hands on to the next: a year one of its
	 * clauses names (据…2023年…了解到,2022年四川…;高新技术企业… is still of 2022).
	 */
	private @Nullable String sentence(int start, int end, int scopeStart, @Nullable String period) {
		var handedOn = period;
		String stockDate = null;
		int clauseStart = start;
		for (int i = start; i <= end; i++) {
			if (i == end || this.reading.isClauseBreak(i)) {
				if (i > clauseStart && clauseStart < this.cutOffFrom) {
					var dated = this.periods.date(clauseStart, i, start, scopeStart, period);
					period = dated.carried();
					handedOn = (dated.handedOn() != null) ? dated.handedOn() : handedOn;
					// 累计入库…11298家,占比41.07%: the share of a stock is as of the stock's
					// date.
					var clausePeriod = (stockDate != null
							&& SHARE_OF_THE_LAST.matcher(this.text).region(clauseStart, i).lookingAt()) ? stockDate
									: dated.period();
					stockDate = Objects.equals(dated.period(), dated.carried()) ? null : dated.period();
					var clause = new Clause(clauseStart, i, start, clausePeriod, dated.status(),
							this.reading.facts().size());
					for (var family : this.families) {
						family.read(clause);
					}
				}
				clauseStart = i + 1;
			}
		}
		return handedOn;
	}

}
