package org.innograph.ingest;

import java.util.Locale;

import org.innograph.ingest.Proposal.ProposedFact;

/** The readable form of a proposal, for a person to review before loading. */
final class ProposalReport {

	private ProposalReport() {
	}

	static String of(Proposal proposal) {
		var out = new StringBuilder();
		var d = proposal.document();
		out.append("Document %s%s%n".formatted(d.id(), d.alreadyInGraph() ? " (already in the graph)" : ""));
		out.append("  title:     %s%n".formatted(d.title()));
		out.append("  published: %s by %s%n".formatted(d.publishedAt(), d.publisher()));
		out.append("  %s, read as %s, %d characters, sha256 %s%n".formatted(d.language(), d.charset(),
				d.text().length(), d.sha256()));
		var candidates = proposal.entities().stream().filter(e -> !e.existing()).toList();
		out.append("%nEntities: %d known, %d new candidates%n".formatted(proposal.entities().size() - candidates.size(),
				candidates.size()));
		for (var e : candidates) {
			out.append("  + %-14s %-26s %s%n".formatted(e.kind(), e.id(), e.name()));
		}
		out.append("%nFacts: %d%n".formatted(proposal.facts().size()));
		for (var f : proposal.facts()) {
			out.append("  %s %-11s %s  [%s, %.2f, %d-%d]%n      «%s»%n".formatted(
					"PRESENT".equals(f.loadStatus()) ? "=" : "+", f.type(), statement(f), f.rule(), f.confidence(),
					f.start(), f.end(), f.quote()));
		}
		if (!proposal.warnings().isEmpty()) {
			out.append("%nWarnings:%n");
			proposal.warnings().forEach(w -> out.append("  ").append(w).append('\n'));
		}
		return out.toString();
	}

	static String statement(ProposedFact f) {
		return statement(f, java.util.Map.of());
	}

	/** The fact in a line, with the entities' names where they are known. */
	static String statement(ProposedFact f, java.util.Map<String, String> names) {
		return switch (f.type()) {
			case "METRIC" -> "%s %s: %s %s%s%s%s%s".formatted(name(f.subject(), names), f.name(),
					(f.previousValue() == null) ? "" : number(f.previousValue()) + " → ", number(f.value()), f.unit(),
					"EXACT".equals(f.bound()) ? "" : " " + f.bound(), "TARGET".equals(f.status()) ? " TARGET" : "",
					(f.period() == null) ? "" : " (" + f.period() + ")");
			case "RANKING" -> "%s #%d in %s (%s)".formatted(name(f.subject(), names), f.rank(), f.list(), f.edition());
			case "DESIGNATION" -> "%s holds %s (%s)".formatted(name(f.subject(), names), f.name(), f.year());
			default -> "%s %s %s (%s)".formatted(name(f.from(), names), f.relation(), name(f.to(), names), f.label());
		};
	}

	private static String name(@org.jspecify.annotations.Nullable String id, java.util.Map<String, String> names) {
		return (id == null) ? "?" : names.getOrDefault(id, id);
	}

	private static String number(Double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e15) ? String.valueOf(value.longValue())
				: String.format(Locale.ROOT, "%s", value);
	}

}
