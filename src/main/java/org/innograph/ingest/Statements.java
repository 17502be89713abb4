package org.innograph.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Mention;
import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

/**
 * What a clause states without a figure: a designation (获批, 入选, 被评为, 荣获; 进入…行列) with its
 * holders before the verb and the title after it; a relation of one of the graph's types
 * (a verb of the rules with a named object); and, over the whole text, a model named
 * after a place ("新昌模式").
 */
final class Statements implements RuleFamily {

	/** 进入创新型省份行列, 迈入…先进行列: to join the ranks of those holding a title. */
	private static final Pattern JOINS_THE_RANKS = Pattern.compile("(?:进入|迈入|跻身)(\\p{IsHan}{2,12}?)(?:先进)?行列");

	/** A counted phrase in Chinese numerals: 三个, 十家. */
	private static final Pattern NUMERAL_AND_COUNTER = Pattern.compile("[一二三四五六七八九十两百千万]+[个家项名位所座批]");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,40})\"");

	private final IngestRules rules;

	private final Gazetteer gazetteer;

	private final Reading reading;

	private final String text;

	private final Entities entities;

	private final Subjects subjects;

	/** The word boundaries of the clause last segmented, and its span. */
	private BitSet words = new BitSet();

	private int wordsStart = -1;

	private int wordsEnd = -1;

	/** The holder of the last designation, and the start of its sentence. */
	private @Nullable String lastHolder;

	private int lastHolderSentence = -1;

	private final Issuances issuances;

	Statements(Reading reading, Subjects subjects, Issuances issuances) {
		this.issuances = issuances;
		this.reading = reading;
		this.rules = reading.rules();
		this.gazetteer = reading.gazetteer();
		this.text = reading.text();
		this.entities = reading.entities();
		this.subjects = subjects;
	}

	@Override
	public void read(Clause clause) {
		statements(clause.start(), clause.end(), clause.sentenceStart(), clause.period(), clause.status());
	}

	@Override
	public void readToTheEnd() {
		namedAfter();
	}

	private void statements(int start, int end, int sentenceStart, @Nullable String period, String status) {
		var statements = this.rules.statements();
		var year = DatePhrases.yearOf(period);
		var ranks = JOINS_THE_RANKS.matcher(this.text).region(start, end);
		if (ranks.find()) {
			// 海口市进入创新型城市行列: the place joins those who hold the title.
			var holder = this.subjects.subject(start, ranks.start());
			var id = this.reading.factId("designation", ranks.start(), end, String.valueOf(holder));
			if (holder != null && this.reading.isNew(id)) {
				this.reading.add(ProposedFact.designation(id, "joins-the-ranks", 0.7, this.reading.quote(start, end),
						start, end, holder, ranks.group(1), year, status));
			}
			return;
		}
		int i = start;
		while (i < end) {
			var designation = IngestRules.startingAt(this.text, i, statements.designations());
			if (designation != null && i > start) {
				designation(start, end, sentenceStart, i, designation, year, status);
				return;
			}
			for (var rule : statements.relations()) {
				var verb = IngestRules.startingAt(this.text, i, rule.verbs());
				if (verb != null
						&& (this.issuances.readTheVerbAt(i) || !standsAsAWord(start, end, i, i + verb.length()))) {
					// 发布 in 发布会, 建设 in 建设者: a verb inside a noun states nothing; a
					// body's 印发 or 公布 is read as what it issued.
					verb = null;
				}
				if (verb != null && relation(start, end, i, verb, rule, period)) {
					return;
				}
			}
			i++;
		}
	}

	private void designation(int start, int end, int sentenceStart, int at, String trigger, @Nullable Integer year,
			String status) {
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
		int passive = this.text.lastIndexOf('被', at - 1);
		List<String> holders;
		if (passive >= start && !trigger.startsWith("被")) {
			// 该园区被浙江省科技厅认定为…: the one named by 被 awards the title; the holder
			// stands before 被, or is what the sentence is about.
			holders = (passive - start >= 2) ? holders(start, passive) : List.of();
			if (passive == start && this.lastHolder != null && this.lastHolderSentence == sentenceStart) {
				// …认定为A,被B认定为C: the same holder again.
				holders = List.of(this.lastHolder);
			}
			else if (holders.isEmpty()
					|| this.rules.places().anaphora().contains(this.text.substring(start, passive))) {
				var about = this.subjects.subject(start, passive);
				holders = (about == null) ? List.of() : List.of(about);
			}
		}
		else {
			holders = holders(start, at);
		}
		if (holders.size() == 1) {
			this.lastHolder = holders.getFirst();
			this.lastHolderSentence = sentenceStart;
		}
		for (var holder : holders) {
			var id = this.reading.factId("designation", at, end, holder);
			if (this.reading.isNew(id)) {
				this.reading.add(ProposedFact.designation(id, "designation", 0.75, this.reading.quote(start, end),
						start, end, holder, title, year, status));
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
		for (var m : this.reading.mentions()) {
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
					ids.addFirst(this.entities.use(m.entity()));
				}
				return ids;
			}
		}
		var words = this.text.substring(start, at);
		var quoted = QUOTED.matcher(words);
		if (quoted.find()) {
			return List.of(this.entities.candidateAt(quoted.group(1), start + quoted.start(1)));
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
					holders.add(this.entities.candidateAt(item, wordsStart + offset));
				}
				offset += item.length() + 1;
			}
			return holders;
		}
		return isName(words) ? List.of(this.entities.candidateAt(words, wordsStart)) : List.of();
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
			actors = List.of(quoted.find() ? this.entities.candidateAt(quoted.group(1), start + quoted.start(1))
					: this.entities.candidateAt(actor, start));
		}
		else {
			objectStart = at + verb.length();
			object = this.text.substring(objectStart, end).replaceFirst("^了", "");
			if (rule.objectRequired() == null || rule.objectRequired()) {
				var actorMentions = this.reading.mentionsIn(start, at);
				actors = actorMentions.isEmpty()
						? ((this.reading.actor() == null) ? List.of() : List.of(this.reading.actor()))
						: List.of(this.entities.use(actorMentions.getLast().entity()));
			}
			else {
				var actorMentions = this.reading.mentionsIn(start, at);
				if (actorMentions.isEmpty()) {
					if (rule.type().equals("CONTRIBUTES_TO") && at - start >= 2) {
						actors = holders(start, at);
					}
					else {
						return false;
					}
				}
				else {
					actors = List.of(this.entities.use(actorMentions.getLast().entity()));
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
		var items = ObjectItems.of(object, this.gazetteer);
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
				.map(this.entities::use)
				.orElseGet(() -> this.entities.candidateAt(name, objectStart + Math.max(0, cleanObject.indexOf(name))));
			for (var actor : actors) {
				if (actor.equals(toId)) {
					continue;
				}
				var id = this.reading.factId("relation", at, end, actor + ">" + toId);
				if (this.reading.isNew(id)) {
					this.reading.add(ProposedFact.relation(id, "relation:" + verb, 0.6, this.reading.quote(start, end),
							start, end, actor, rule.type(), toId, verb, period));
					found = true;
				}
			}
		}
		return found;
	}

	/** "“新昌模式”": a model named after a place. */
	private void namedAfter() {
		var m = QUOTED.matcher(this.text);
		while (m.find()) {
			if (m.start() < this.reading.bodyStart()) {
				continue;
			}
			var name = m.group(1);
			for (var ending : this.rules.statements().namedAfter()) {
				if (name.endsWith(ending) && name.length() > ending.length()) {
					var place = this.gazetteer.exactly(name.substring(0, name.length() - ending.length()));
					if (place.isPresent() && Gazetteer.isPlace(place.get())) {
						int clauseStart = m.start();
						while (clauseStart > 0 && !this.reading.isClauseBreak(clauseStart - 1)) {
							clauseStart--;
						}
						var from = this.gazetteer.exactly(name)
							.map(this.entities::use)
							.orElseGet(() -> this.entities.candidateAt(name, m.start(1)));
						var to = this.entities.use(place.get());
						var id = this.reading.factId("named-after", m.start(), m.end(), "");
						if (this.reading.isNew(id)) {
							this.reading.add(ProposedFact.relation(id, "named-after", 0.7,
									this.reading.quote(clauseStart, m.end()), clauseStart, m.end(), from, "NAMED_AFTER",
									to, name, null));
						}
					}
				}
			}
		}
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

	private static String stripQuotes(String s) {
		var stripped = s.strip();
		if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
				&& stripped.indexOf('"', 1) == stripped.length() - 1) {
			return stripped.substring(1, stripped.length() - 1);
		}
		return stripped;
	}

}
