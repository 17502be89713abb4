package org.innograph.ingest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

/**
 * What a public body issues or holds: 海南省人民政府印发的《…方案》 (the government {@code PUBLISHED}
 * the plan), 湖北省科技厅召开2023年全省科技工作半年推进会 (the meeting is {@code ORGANISED_BY} the
 * department). The body is the whole name before the verb, not the place it starts with;
 * a name cut to its office (省科技厅, 市商务局) is the article's own province's or city's.
 */
final class Issuances implements RuleFamily {

	/**
	 * A public body's name ending right before the words that may stand between it and
	 * its verb (近日, 对外, 8月4日).
	 */
	private static final Pattern BODY = Pattern
		.compile("(?:人民政府办公厅|人民政府|政府新闻办公室|政府新闻办|政府办公厅|政府|科学技术厅|科技厅|科学技术局|科技局|科学技术委员会|科技委|科创委"
				+ "|科技创新委员会|经济和信息化委员会|经济和信息化厅|经信委|经信厅|工业和信息化厅|工信厅|发展和改革委员会|发展改革委|发改委|统计局|商务局|商务厅|财政厅|财政局|教育厅"
				+ "|知识产权局|市场监督管理局|火炬高技术产业开发中心|火炬中心|科技部|工业和信息化部|国务院)"
				+ "(?=(?:近日|日前|今天|今日|昨天|昨日|对外|正式|联合|再次|首次|发文|\\d{1,2}月\\d{1,2}日|\\d{1,2}日)*"
				+ "(?:印发|发布|公布|出台|召开|举行|举办|组织开展|组织召开))");

	private static final Pattern VERB = Pattern
		.compile("(?:近日|日前|今天|今日|昨天|昨日|对外|正式|联合|再次|首次|发文|\\d{1,2}月\\d{1,2}日|\\d{1,2}日)*"
				+ "(印发|发布|公布|出台|召开|举行|举办|组织开展|组织召开)了?(的)?");

	/**
	 * An office whose name says whose it is: the ministries, the State Council, the torch
	 * centre.
	 */
	private static final Pattern NAMES_ITSELF = Pattern.compile("科技部|国务院|工业和信息化部|火炬");

	/** A document's title in book-title marks, without what names it for short later. */
	private static final Pattern TITLE = Pattern.compile("《([^《》]{2,60})》");

	/** What a body holds: a meeting, a forum, an evaluation. */
	private static final Pattern EVENT = Pattern
		.compile("[\\p{IsHan}\\d][^,;。]{1,40}?(?:会议|大会|推进会|发布会|座谈会|论坛|评价|评估|活动|大赛)");

	/** What a body issues without book-title marks: results, data, a list. */
	private static final Pattern ISSUED = Pattern
		.compile("(?:\\d{4}年)?[^,;。《》\"]{2,40}?(?:结果|数据|名单|榜单|榜|报告|规划|方案|意见|办法|通知|政策|条例|要点)");

	private final Reading reading;

	private final String text;

	private final Entities entities;

	private final Subjects subjects;

	/** Where the verbs this family read stand: no other rule reads them again. */
	private final Set<Integer> verbsRead = new HashSet<>();

	Issuances(Reading reading, Subjects subjects) {
		this.reading = reading;
		this.text = reading.text();
		this.entities = reading.entities();
		this.subjects = subjects;
	}

	/** Whether this family read the verb that stands at this offset. */
	boolean readTheVerbAt(int verbAt) {
		return this.verbsRead.contains(verbAt);
	}

	@Override
	public void read(Clause clause) {
		var body = BODY.matcher(this.text).region(clause.start(), clause.end());
		while (body.find()) {
			var verb = VERB.matcher(this.text).region(body.end(), clause.end());
			if (!verb.lookingAt()) {
				continue;
			}
			var issuer = issuer(clause.start(), body.start(), body.end());
			if (issuer == null) {
				continue;
			}
			this.verbsRead.add(verb.start(1));
			if (verb.group(1).contains("召开") || verb.group(1).contains("举") || verb.group(1).startsWith("组织")) {
				held(clause, issuer, verb.end());
			}
			else {
				issued(clause, issuer, verb.end(), verb.group(1));
			}
		}
	}

	private void issued(Clause clause, String issuer, int from, String verb) {
		var title = TITLE.matcher(this.text).region(from, clause.end());
		String name;
		int at;
		if (title.lookingAt()) {
			name = title.group(1);
			at = title.start(1);
		}
		else {
			var issued = ISSUED.matcher(this.text).region(from, clause.end());
			if (!issued.lookingAt()) {
				return;
			}
			name = issued.group();
			at = issued.start();
		}
		var document = this.entities.candidateAt(name, at);
		add(clause, issuer, "PUBLISHED", document, verb);
	}

	private void held(Clause clause, String issuer, int from) {
		var event = EVENT.matcher(this.text).region(from, clause.end());
		if (!event.lookingAt()) {
			return;
		}
		var name = event.group().replace("《", "").replace("》", "");
		add(clause, this.entities.candidateAt(name, event.start()), "ORGANISED_BY", issuer, "召开");
	}

	private void add(Clause clause, String from, String type, String to, String label) {
		if (from.equals(to)) {
			return;
		}
		var id = this.reading.factId("relation", clause.start(), clause.end(), from + ">" + to);
		if (this.reading.isNew(id)) {
			this.reading.add(ProposedFact.relation(id, "issuance:" + label, 0.7,
					this.reading.quote(clause.start(), clause.end()), clause.start(), clause.end(), from, type, to,
					label, clause.period()));
		}
	}

	/**
	 * The body's whole name: from the place named right before its office (浙江省 of
	 * 浙江省经济和信息化委员会), or the article's own province or city before an office cut short
	 * (省科技厅, 市商务局), or the office alone when it names itself (科技部火炬中心).
	 */
	private @Nullable String issuer(int clauseStart, int officeStart, int officeEnd) {
		int start = officeStart;
		for (var mention : this.reading.mentionsIn(clauseStart, officeStart)) {
			if (mention.end() == officeStart && Gazetteer.isPlace(mention.entity())) {
				start = mention.start();
			}
		}
		var office = this.text.substring(officeStart, officeEnd);
		if (start == officeStart && officeStart > clauseStart) {
			char before = this.text.charAt(officeStart - 1);
			var home = this.subjects.home();
			if ((before == '省' || before == '市') && home != null) {
				var place = (before == '省') ? HomePlace.province(home, this.reading.gazetteer()) : home;
				if (place.name().endsWith(String.valueOf(before))) {
					return this.entities.candidate(place.name() + office, "Department", -1, -1);
				}
			}
		}
		if (start == officeStart && !NAMES_ITSELF.matcher(office).lookingAt()) {
			// 政府 or 统计局 alone: whose is not said.
			return null;
		}
		return this.entities.candidateAt(this.text.substring(start, officeEnd), start);
	}

}
