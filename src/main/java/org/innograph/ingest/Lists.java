package org.innograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Known;
import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

/**
 * Figures said of the items of a list in turn: values of a list of years
 * (2020年、2021年…分别为), of a list of places or things (渝东北和渝东南增速分别达到79.5%和42.9%), and counts
 * of the places a list names (枝江、赤壁…4个县(市)).
 */
final class Lists implements RuleFamily {

	/**
	 * What a ranked list is of: 贵阳高新技术工业产值排前三位的是, 增速位居前三的是; group 1 the measure (and
	 * whose it is).
	 */
	private static final Pattern RANKED_LIST_OPENING = Pattern
		.compile("([\\p{IsHan}]{0,16}?)(?:排名|排|位居|位列|居)前(?:[二三四五六七八九十两2-9]|10)(?:名|位)?(?:的)?(?:分别|依次)?(?:是|为)[:：]?");

	/** What may join the figures of a run said of a list in turn: 46.4%、24.2%和18.6%. */
	private static final Pattern RUN_JOINS = Pattern.compile("[、和及与]|以及");

	/** A count of a list's items right after it: 四大, 两类, 3个. */
	private static final Pattern ITEM_COUNT = Pattern.compile("\\s*([两二三四五六七八九十\\d]+)(?:大|类|个|项|家|种)");

	/** Where the words a list's items share end: the verb or comparison after them. */
	private static final Pattern TAIL_END = Pattern.compile("同比|分别|均|比上年|较上年|[,;:]");

	private final Reading reading;

	private final String text;

	private final List<ProposedFact> facts;

	private final MetricNames names;

	/**
	 * The measure of the paragraph's ranked list before, for a growth ranked after it.
	 */
	private @Nullable String lastRankedMeasure;

	private int lastRankedMeasureAt = -1;

	/** The measure of the ranked list {@link #listBefore} found last, or null. */
	private @Nullable String rankedMeasure;

	Lists(Reading reading, MetricNames names) {
		this.reading = reading;
		this.text = reading.text();
		this.facts = reading.facts();
		this.names = names;
	}

	@Override
	public void read(Clause clause) {
		yearsRespectively(clause.start(), clause.end(), clause.sentenceStart(), clause.factsBefore());
		itemsRespectively(clause.start(), clause.sentenceStart(), clause.factsBefore());
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
		var list = DatePhrases.YEAR_LIST.matcher(this.text.substring(sentenceStart, respectively));
		while (list.find()) {
			years.clear();
			var year = DatePhrases.YEAR.matcher(list.group());
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
			if ("METRIC".equals(f.type()) && f.start() == start && this.reading.anchorOf(f.id()) != null) {
				if (!run.isEmpty()) {
					var previous = this.facts.get(run.getLast());
					int gapStart = this.reading.anchorOf(previous.id())[1];
					int gapEnd = this.reading.anchorOf(f.id())[0];
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
		int runStart = this.reading.anchorOf(this.facts.get(run.getFirst()).id())[0];
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
		var shared = this.names.cleanName(TAIL_END.split(tail, 2)[0].strip());
		if (shared.length() < 2 && this.rankedMeasure != null) {
			shared = measureOf(this.rankedMeasure, sentenceStart);
		}
		var firstName = this.facts.get(run.getFirst()).name();
		var suffix = (firstName == null) ? "" : firstName.endsWith("增速") ? "增速" : firstName.endsWith("降幅") ? "降幅" : "";
		var places = new ArrayList<Known>();
		for (var item : items) {
			var place = this.reading.mentionsIn(item[0], item[1])
				.stream()
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
				this.facts.set(k, f.about(this.reading.entities().use(places.get(n)), f.from(), f.review())
					.named(name, f.period()));
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
		for (var m : this.reading.mentionsIn(0, this.text.length())) {
			var name = this.text.substring(m.start(), m.end());
			if (measure.startsWith(name)) {
				measure = measure.substring(name.length());
				break;
			}
		}
		measure = this.names.cleanName(measure);
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
		while (listStart > sentenceStart && !this.reading.isClauseBreak(listStart - 1)) {
			listStart--;
		}
		int listEnd = lastJoin;
		while (listEnd < before && !this.reading.isClauseBreak(listEnd)) {
			listEnd++;
		}
		listStart = this.reading.pastTimeWords(listStart, lastJoin);
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
	 * Where a list of places that a count counts begins (长兴、新昌等|5个县(市), 枝江、赤壁|2个县): two
	 * or more places joined by 、, 和 or 及, or one before 等, right before the figure; -1
	 * when none stands there.
	 */
	int countedPlaces(int figureStart) {
		int at = figureStart;
		boolean etc = at > 0 && this.text.charAt(at - 1) == '等';
		if (etc) {
			at--;
		}
		int places = 0;
		int listStart = -1;
		while (at > 0) {
			var place = this.reading.mentionEndingAt(at);
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

	/** A figure in brackets right after a place: 依次为北京(6.83%)、上海(4.44%). */
	boolean inPlaceList(int figureStart) {
		if (figureStart == 0 || this.text.charAt(figureStart - 1) != '(') {
			return false;
		}
		var place = this.reading.mentionEndingAt(figureStart - 1);
		return place != null && Gazetteer.isPlace(place.entity());
	}

}
