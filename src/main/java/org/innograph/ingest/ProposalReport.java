package org.innograph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innograph.ingest.Proposal.ProposedEntity;
import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

/**
 * The readable form of a proposal, for a person to review before loading: the document,
 * the new candidates with their kind and where the text names them, then the facts
 * grouped by the entity they are about and by the sentence that states them, each with
 * its quote in context, confidence, rule and whether the load would add it (NEW) or the
 * graph already holds it (PRESENT). Facts waiting for review come first.
 */
final class ProposalReport {

	/** Characters of text shown on each side of a quote. */
	private static final int CONTEXT = 14;

	private ProposalReport() {
	}

	static String of(Proposal proposal) {
		var out = new StringBuilder();
		var d = proposal.document();
		out.append("Document %s%s%n".formatted(d.id(), d.alreadyInGraph() ? " (already in the graph)" : " (new)"));
		out.append("  title:     %s%n".formatted(d.title()));
		out.append("  published: %s by %s%n".formatted(d.publishedAt(), d.publisher()));
		out.append("  %s, read as %s, %d characters, sha256 %s%n".formatted(d.language(), d.charset(),
				d.text().length(), d.sha256()));

		var entities = new LinkedHashMap<String, ProposedEntity>();
		proposal.entities().forEach(e -> entities.put(e.id(), e));
		var candidates = proposal.entities().stream().filter(e -> !e.existing()).toList();
		out.append("%nEntities: %d known, %d new candidates%n".formatted(proposal.entities().size() - candidates.size(),
				candidates.size()));
		for (var e : candidates) {
			out.append("  NEW  %-14s %s  (%s)%n".formatted(e.kind(), e.name(), e.id()));
			if (e.start() != null && e.end() != null) {
				out.append("       %s%n".formatted(inContext(d.text(), e.start(), e.end())));
			}
		}

		long present = proposal.facts().stream().filter(f -> "PRESENT".equals(f.loadStatus())).count();
		out.append("%nFacts: %d, %d NEW, %d PRESENT%n".formatted(proposal.facts().size(),
				proposal.facts().size() - present, present));
		var names = new LinkedHashMap<String, String>();
		entities.values().forEach(e -> names.put(e.id(), e.name()));
		for (var group : bySubject(proposal.facts()).entrySet()) {
			out.append('\n').append(heading(group.getKey(), entities, group.getValue())).append('\n');
			int sentence = -1;
			for (var f : group.getValue()) {
				int s = sentenceStart(d.text(), f.start());
				if (s != sentence) {
					sentence = s;
					out.append("  ¶ %s%n".formatted(abbreviate(sentenceAt(d.text(), s), 90)));
				}
				out.append("    %-7s %-11s %s%n".formatted(("PRESENT".equals(f.loadStatus()) ? "PRESENT" : "NEW"),
						f.type(), statement(f, names)));
				out.append("            %s  confidence %.2f, rule %s, %d-%d%s%n".formatted(
						inContext(d.text(), f.start(), f.end()), f.confidence(), f.rule(), f.start(), f.end(),
						f.alsoStatedOrNone().isEmpty() ? "" : ", also stated at " + String.join(", ",
								f.alsoStatedOrNone().stream().map(p -> p.start() + "-" + p.end()).toList())));
				if (f.review() != null) {
					out.append("            needs review: %s%n".formatted(f.review()));
				}
			}
		}
		if (!proposal.warnings().isEmpty()) {
			out.append("%nWarnings:%n");
			proposal.warnings().forEach(w -> out.append("  ").append(w).append('\n'));
		}
		return out.toString();
	}

	/**
	 * The facts by subject (a relation's by the entity it starts from), those a person
	 * must look at first, then the rest in the order of the text; within a subject in the
	 * order of the text.
	 */
	private static Map<String, List<ProposedFact>> bySubject(List<ProposedFact> facts) {
		var sorted = new ArrayList<>(facts);
		sorted.sort(java.util.Comparator.comparingInt(ProposedFact::start));
		var groups = new LinkedHashMap<String, List<ProposedFact>>();
		sorted.stream()
			.filter(f -> f.review() != null || subjectOf(f) == null)
			.forEach(f -> groups.computeIfAbsent("", k -> new ArrayList<>()).add(f));
		sorted.stream()
			.filter(f -> f.review() == null && subjectOf(f) != null)
			.forEach(f -> groups.computeIfAbsent(subjectOf(f), k -> new ArrayList<>()).add(f));
		return groups;
	}

	private static @Nullable String subjectOf(ProposedFact f) {
		return "RELATION".equals(f.type()) ? f.from() : f.subject();
	}

	private static String heading(String subject, Map<String, ProposedEntity> entities, List<ProposedFact> facts) {
		if (subject.isEmpty()) {
			return "Needs review: %d facts whose subject the text does not settle".formatted(facts.size());
		}
		var e = entities.get(subject);
		if (e == null) {
			return "%s: %d facts".formatted(subject, facts.size());
		}
		return "%s (%s, %s, %s): %d facts".formatted(e.name(), e.kind(), e.id(), e.existing() ? "known" : "NEW",
				facts.size());
	}

	/** Where the sentence holding the offset begins. */
	static int sentenceStart(String text, int offset) {
		int i = Math.min(Math.max(offset, 0), text.length());
		while (i > 0 && !isSentenceEnd(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	static String sentenceAt(String text, int start) {
		int end = start;
		while (end < text.length() && !isSentenceEnd(text.charAt(end))) {
			end++;
		}
		return text.substring(start, Math.min(text.length(), end + 1)).strip();
	}

	private static boolean isSentenceEnd(char c) {
		return c == '。' || c == '！' || c == '？' || c == '\n' || c == '!' || c == '?';
	}

	/** The quote in brackets with a few characters of the text on either side. */
	static String inContext(String text, int start, int end) {
		int from = Math.max(0, start - CONTEXT);
		int to = Math.min(text.length(), end + CONTEXT);
		if (start < 0 || end > text.length() || start > end) {
			return "«?»";
		}
		return ((from > 0) ? "…" : "") + oneLine(text.substring(from, start)) + "【"
				+ oneLine(text.substring(start, end)) + "】" + oneLine(text.substring(end, to))
				+ ((to < text.length()) ? "…" : "");
	}

	private static String oneLine(String s) {
		return s.replaceAll("\\s+", " ");
	}

	private static String abbreviate(String s, int max) {
		var line = oneLine(s);
		return (line.length() <= max) ? line : line.substring(0, max - 1) + "…";
	}

	static String statement(ProposedFact f) {
		return statement(f, Map.of());
	}

	/** The fact in a line, with the entities' names where they are known. */
	static String statement(ProposedFact f, Map<String, String> names) {
		return switch (f.type()) {
			case "METRIC" -> "%s %s: %s%s %s%s%s%s".formatted(name(f.subject(), names), f.name(),
					(f.previousValue() == null) ? "" : number(f.previousValue()) + " → ", number(f.value()), f.unit(),
					"EXACT".equals(f.bound()) ? "" : " " + f.bound(), "TARGET".equals(f.status()) ? " TARGET" : "",
					(f.period() == null) ? "" : " (" + f.period() + ")");
			case "RANKING" -> "%s #%d in %s (%s)".formatted(name(f.subject(), names), f.rank(), f.list(), f.edition());
			case "DESIGNATION" -> "TARGET".equals(f.status())
					? "%s aims at %s (%s)".formatted(name(f.subject(), names), f.name(), f.year())
					: "%s holds %s (%s)".formatted(name(f.subject(), names), f.name(), f.year());
			default -> "%s %s %s (%s)".formatted(name(f.from(), names), f.relation(), name(f.to(), names), f.label());
		};
	}

	private static String name(@Nullable String id, Map<String, String> names) {
		return (id == null) ? "?" : names.getOrDefault(id, id);
	}

	private static String number(@Nullable Double value) {
		if (value == null) {
			return "?";
		}
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? String.valueOf(value.longValue())
				: String.format(Locale.ROOT, "%s", value);
	}

}
