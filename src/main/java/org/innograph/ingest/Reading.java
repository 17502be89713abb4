package org.innograph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.ingest.Gazetteer.Mention;
import org.innograph.ingest.Proposal.ProposedFact;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The text being read and what has been found in it so far: what every family of rules
 * shares. Each family keeps its own memory of the text (the last subject, the last
 * metric's name); this holds what is the same for all of them.
 */
final class Reading {

	/** The rest of a firm's name after the place it opens with: 妙士酷实业有限公司. */
	private static final Pattern COMPANY_AFTER = Pattern
		.compile("[\\p{IsHan}&&[^的了在和与及等为是、]]{1,10}?(?:有限公司|有限责任公司|股份公司|集团公司)");

	static final String CLAUSE_BREAKS = ",;:。！？!?；\n";

	static final String SENTENCE_BREAKS = "。！？!?；;\n";

	/** The ends of full sentences: a goal stated in one governs it up to here. */
	static final String FULL_STOPS = "。！？!?\n";

	/** Time words and connectives before a clause's subject. */
	static final Pattern TIME_WORDS = Pattern.compile(
			"(?:(?:19|20)\\d{2}年(?:度)?|\"?十[一二三四五]五\"?(?:时期|期间)|今年|去年|全年|目前|当前|截至\\S{0,10}?(?:底|末)|其中|此外|同时|另外|据统计|据了解|\\d{1,2}(?:月份?)?[-—至到~]\\d{1,2}月份?|\\d{1,2}月份?|上半年|前三季度|一季度|[,，、\\s])+");

	private final IngestRules rules;

	private final Gazetteer gazetteer;

	private final NormalisedText norm;

	private final String text;

	private final String documentKey;

	private final int bodyStart;

	private final List<Mention> mentions;

	/** The organisations' names the text holds, by the recogniser: {start, end}. */
	private final List<int[]> organisations;

	/** The year the article was published, for 今年 and 去年. */
	private final @Nullable Integer publishedYear;

	/** The month the article was published (2024-01), for 截至目前 and 至此. */
	private final @Nullable String publishedMonth;

	private final Entities entities;

	private final @Nullable String actorId;

	private final List<ProposedFact> facts = new ArrayList<>();

	private final Set<String> factIds = new HashSet<>();

	/** Where each metric's figure stands in the text, by fact id: {start, end}. */
	private final Map<String, int[]> anchors = new HashMap<>();

	/**
	 * Where the headline stands above the body, or null when the body holds it or none.
	 */
	private final int @Nullable [] headline;

	/**
	 * @param documentKey the SHA-256 of the document, which makes fact ids stable
	 * @param publisher who issued the article, when the dateline names it
	 * @param bodyStart where the article's paragraphs begin (after its title and
	 * dateline)
	 * @param headline the headline the page's lines gave, if any
	 */
	Reading(IngestRules rules, Gazetteer gazetteer, NormalisedText norm, String documentKey, @Nullable String publisher,
			@Nullable String publishedAt, int bodyStart, @Nullable String headline) {
		this.rules = rules;
		var normalisedHeadline = (headline != null) ? NormalisedText.of(headline).text() : null;
		int headlineAt = (normalisedHeadline != null && !normalisedHeadline.isBlank())
				? norm.text().lastIndexOf(normalisedHeadline, bodyStart) : -1;
		this.headline = (headlineAt >= 0 && headlineAt + normalisedHeadline.length() <= bodyStart)
				? new int[] { headlineAt, headlineAt + normalisedHeadline.length() } : null;
		this.gazetteer = gazetteer;
		this.norm = norm;
		this.text = norm.text();
		this.documentKey = documentKey;
		this.bodyStart = bodyStart;
		this.mentions = gazetteer.mentions(this.text);
		this.organisations = WordBoundaries.organisations(this.text);
		this.entities = new Entities(gazetteer, norm);
		// A department speaks of its own work; a newspaper reports others' and acts in
		// none.
		this.actorId = (publisher == null || !Entities.kindOf(NormalisedText.of(publisher).text()).equals("Department"))
				? null : this.entities.actor(publisher);
		this.publishedYear = (publishedAt == null || publishedAt.length() < 4) ? null
				: Integer.valueOf(publishedAt.substring(0, 4));
		this.publishedMonth = (publishedAt != null && publishedAt.matches("\\d{4}-\\d{2}.*"))
				? publishedAt.substring(0, 7) : null;
	}

	IngestRules rules() {
		return this.rules;
	}

	Gazetteer gazetteer() {
		return this.gazetteer;
	}

	NormalisedText norm() {
		return this.norm;
	}

	/** The normalised text, which every offset refers to. */
	String text() {
		return this.text;
	}

	int bodyStart() {
		return this.bodyStart;
	}

	/** The headline's {start, end} above the body, or null. */
	int @Nullable [] headline() {
		return this.headline;
	}

	/** The entities of the dictionary the text names, in order. */
	List<Mention> mentions() {
		return this.mentions;
	}

	@Nullable Integer publishedYear() {
		return this.publishedYear;
	}

	@Nullable String publishedMonth() {
		return this.publishedMonth;
	}

	Entities entities() {
		return this.entities;
	}

	/**
	 * The publisher's entity when it is a department, the actor of statements without a
	 * subject; or null.
	 */
	@Nullable String actor() {
		return this.actorId;
	}

	/** The facts found so far, in order; a rule may restate one it reads again. */
	List<ProposedFact> facts() {
		return this.facts;
	}

	/** The original words of a span of the text: a fact's quote. */
	String quote(int start, int end) {
		return this.norm.quote(start, end);
	}

	void add(ProposedFact fact) {
		this.facts.add(fact);
	}

	/** Whether no fact with this id was found before; from now on one was. */
	boolean isNew(String factId) {
		return this.factIds.add(factId);
	}

	void anchor(String factId, int start, int end) {
		this.anchors.put(factId, new int[] { start, end });
	}

	/** Where a metric's figure stands: {start, end}, or null for no metric's. */
	int @Nullable [] anchorOf(String factId) {
		return this.anchors.get(factId);
	}

	/**
	 * A fact's id: stable for the same document, rule and place, whatever a reviewer
	 * edits.
	 */
	String factId(String rule, int start, int end, String discriminator) {
		return "ing-" + Sha256.hex(this.documentKey + "|" + rule + "|" + start + "|" + end + "|" + discriminator)
			.substring(0, 20);
	}

	/** A comma between digits (1,200) is a thousands separator, not a break. */
	boolean isClauseBreak(int i) {
		char c = this.text.charAt(i);
		if (CLAUSE_BREAKS.indexOf(c) < 0) {
			return false;
		}
		return !(c == ',' && i > 0 && i + 1 < this.text.length() && Character.isDigit(this.text.charAt(i - 1))
				&& Character.isDigit(this.text.charAt(i + 1)));
	}

	List<Mention> mentionsIn(int start, int end) {
		return this.mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
	}

	@Nullable Mention mentionEndingAt(int index) {
		for (var m : this.mentions) {
			if (m.end() == index) {
				return m;
			}
		}
		return null;
	}

	/** A place that begins a longer name (杭州湾, 浙江大学) names no subject. */
	boolean insideName(Mention m) {
		if (IngestRules.startingAt(this.text, m.end(), this.rules.places().insideName()) != null) {
			return true;
		}
		for (var organisation : this.organisations) {
			if (organisation[0] <= m.start() && m.end() < organisation[1]) {
				// 内蒙古伊泰集团: a place at the start of a company's name.
				return true;
			}
		}
		// 九江妙士酷实业有限公司: a firm's name the recogniser missed, by its ending.
		return COMPANY_AFTER.matcher(this.text).region(m.end(), this.text.length()).lookingAt();
	}

	/** Past the time words and connectives that open a clause: 2022年, 今年1-4月, 其中, 目前. */
	int pastTimeWords(int from, int to) {
		var m = TIME_WORDS.matcher(this.text).region(from, to);
		return m.lookingAt() ? m.end() : from;
	}

}
