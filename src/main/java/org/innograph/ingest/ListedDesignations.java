package org.innograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innograph.ingest.Proposal.ProposedFact;

/**
 * A designation each item of a list holds: 长白山、三江、吉光3个省实验室挂牌 (three labs, each a 省实验室),
 * 认定了睢县高新区等5家河南省高新技术产业开发区, 首批建设A、B、C等4家广东省实验室.
 */
final class ListedDesignations implements RuleFamily {

	/** What a title ends with: the kind of thing each item is. */
	private static final String KINDS = "(?:实验室|技术创新中心|工程研究中心|工程技术研究中心|研究中心|创新中心|示范区|高新区|高新技术产业开发区|基地|载体|平台|产业集群|集群|园区|孵化器|众创空间|创新型城市|创新型县(?:\\(市\\))?)";

	private static final Pattern KIND_AT_THE_END = Pattern.compile(KINDS + "$");

	/** A count with its counter: 3个, 等5家, 等一批. */
	private static final String COUNT = "(?:等)?(?:一批|\\d+|[一二三四五六七八九十两]+)?[个家批所项]?";

	/** The list, then the title, then a verb: A、B、C3个省实验室挂牌. */
	private static final Pattern LIST_THEN_TITLE = Pattern.compile("((?:[^,，。;；、:：]{2,30}、)+[^,，。;；、:：]{2,30}?)" + COUNT
			+ "([^,，。;；、\\d]{0,12}?" + KINDS + ")(?:正式)?(?:挂牌|获批|获认定|被认定|揭牌|入选|成立|落地|启动建设|获批建设)");

	/** A verb, then the list, then the title: 认定了A、B等5家X; 首批建设A、B等4家X. */
	private static final Pattern TITLE_AFTER_LIST = Pattern.compile("(?:(?:认定|批准|获批建设|首批建设|布局建设|新建)了?)+(?:首批)?"
			+ "((?:[^,，。;；、:：]{2,30}、)*[^,，。;；、:：]{2,30}?)等(?:一批|\\d+|[一二三四五六七八九十两]+)[个家批所]" + "([^,，。;；、\\d]{0,12}?"
			+ KINDS + ")");

	/** Words before a list's first item that are not in its name: 其中, 包括. */
	private static final Pattern LEADING_WORDS = Pattern.compile("^(?:其中|包括|分别是|分别为|即|有|共有|新增)");

	private final Reading reading;

	private final String text;

	ListedDesignations(Reading reading) {
		this.reading = reading;
		this.text = reading.text();
	}

	@Override
	public void read(Clause clause) {
		// A list may run over its sentence's commas, not past its sentence.
		int sentenceEnd = clause.end();
		while (sentenceEnd < this.text.length() && Reading.SENTENCE_BREAKS.indexOf(this.text.charAt(sentenceEnd)) < 0) {
			sentenceEnd++;
		}
		for (var pattern : List.of(LIST_THEN_TITLE, TITLE_AFTER_LIST)) {
			var m = pattern.matcher(this.text).region(clause.start(), sentenceEnd);
			while (m.find() && m.start() < clause.end()) {
				designate(clause, m);
			}
		}
	}

	private void designate(Clause clause, Matcher m) {
		var title = m.group(2).replaceAll("^(?:的|首批|第[一二三四五六七八九十]批)", "");
		var kind = KIND_AT_THE_END.matcher(title);
		var items = new ArrayList<String>();
		for (var item : m.group(1).split("、")) {
			var name = LEADING_WORDS.matcher(item.replace("\"", "").strip()).replaceFirst("");
			if (name.length() < 2 || name.length() > 30 || name.chars().anyMatch(Character::isDigit)) {
				return;
			}
			items.add(name);
		}
		if (items.size() < 2 && !m.group().contains("等")) {
			return;
		}
		boolean kindFound = kind.find();
		int at = m.start(1);
		for (var item : items) {
			int start = this.text.indexOf(item, at);
			at = start + item.length();
			// 长白山 of 3个省实验室: each is named with the kind of thing it is.
			var name = (kindFound && !KIND_AT_THE_END.matcher(item).find()) ? item + kind.group() : item;
			var holder = this.reading.entities().candidateAt(name, name.equals(item) ? start : -1);
			var id = this.reading.factId("listed-designation", start, at, holder);
			if (this.reading.isNew(id)) {
				this.reading.add(ProposedFact.designation(id, "listed-designation", 0.7,
						this.reading.quote(clause.start(), Math.max(clause.end(), m.end())), clause.start(),
						Math.max(clause.end(), m.end()), holder, title, DatePhrases.yearOf(clause.period()),
						clause.status()));
			}
		}
	}

}
