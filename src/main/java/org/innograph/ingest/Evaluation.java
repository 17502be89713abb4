package org.innograph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

import static org.innograph.ingest.NameAgreement.sameEntity;
import static org.innograph.ingest.NameAgreement.sameName;

/**
 * Scores a proposal against the gold manifest of the same article: every fact a careful
 * reader found there, annotated before any extractor output was seen.
 * <p>
 * A proposed fact <em>overlaps</em> a gold entry when its quote covers the entry's
 * anchor. It agrees <em>leniently</em> when it also has the entry's type and states the
 * same thing in its core (the value of a metric, the rank of a ranking, the title of a
 * designation, the type of a relation), and <em>strictly</em> when everything else is
 * right too: subject (and object), unit, bound, status, period (a ranking's edition), and
 * the metric's name or the ranking's list; a designation's holder and status (a goal is
 * not a title held). Names compare as {@link NameAgreement#sameName} says; subjects as
 * {@link NameAgreement#sameEntity} says.
 * <p>
 * Entries that share a {@code ref} are one fact stated in several places: finding any one
 * finds the fact. A proposed fact that agrees with no entry is wrong; so is a second
 * proposal of a claim already proposed (a fact stated twice must be one fact with two
 * sources). Any noise string of the page inside a fact or an entity name is counted.
 */
final class Evaluation {

	/** One article's gold: the manifest of the corpus. */
	record Gold(@Nullable String id, @Nullable String address, @Nullable String query, @Nullable String title,
			@Nullable String publishedAt, @Nullable String publisher, @Nullable String script,
			@Nullable String noiseKinds, @Nullable String description, List<GoldFact> facts,
			@Nullable List<GoldEntity> entities, @Nullable List<String> noise) {

		List<String> noiseOrNone() {
			return (this.noise == null) ? List.of() : this.noise;
		}
	}

	record GoldEntity(String name, @Nullable String kind) {
	}

	/** One place a fact is stated, with what it states. */
	record GoldFact(int ref, String type, String anchor, @Nullable String subject, @Nullable String name,
			@Nullable Double value, @Nullable Double previousValue, @Nullable String unit, @Nullable String bound,
			@Nullable String status, @Nullable String period, @Nullable Integer rank, @Nullable String list,
			@Nullable Integer edition, @Nullable String relation, @Nullable String object) {

		/**
		 * What the entry claims, whatever its anchor: entries of one ref with equal
		 * claims are one.
		 */
		String claim() {
			return String.join("|", this.type, String.valueOf(this.subject), String.valueOf(this.name),
					String.valueOf(this.value), String.valueOf(this.rank), String.valueOf(this.object));
		}
	}

	/** Why a proposed fact failed the strict test against the gold entry it overlaps. */
	record Miss(ProposedFact fact, @Nullable GoldFact nearest, List<String> wrong) {
	}

	/** One article's score. */
	record Score(String article, int goldFacts, int foundStrict, int foundLenient, int proposed, int rightStrict,
			int rightLenient, int duplicates, List<String> noiseInFacts, List<Integer> missed, List<Miss> misses,
			List<GoldFact> unfound) {

		static double ratio(int part, int whole) {
			return (whole == 0) ? 1 : (double) part / whole;
		}

		double precision() {
			return ratio(this.rightStrict, this.proposed);
		}

		double recall() {
			return ratio(this.foundStrict, this.goldFacts);
		}

		double lenientPrecision() {
			return ratio(this.rightLenient, this.proposed);
		}

		double lenientRecall() {
			return ratio(this.foundLenient, this.goldFacts);
		}

		/** What a reviewer reads to see where the extractor went wrong. */
		String details(Map<String, String> names) {
			return EvaluationReport.details(this, names);
		}
	}

	private Evaluation() {
	}

	static Score score(String article, Proposal proposal, Gold gold) {
		return score(article, proposal, gold, new Gazetteer(List.of()));
	}

	/**
	 * The score, with the dictionary the proposal was linked against: a gold subject the
	 * dictionary knows is right when the fact names that very entity, whatever form
	 * either writes (长沙高新区 and 长沙高新技术产业开发区, 绍兴市柯桥区 and 柯桥区).
	 */
	static Score score(String article, Proposal proposal, Gold gold, Gazetteer dictionary) {
		var names = names(proposal);
		var entities = new Entities(names, dictionary);
		var norm = NormalisedText.of(proposal.document().text()).text();
		var anchors = new HashMap<GoldFact, List<int[]>>();
		for (var g : gold.facts()) {
			anchors.put(g, spans(norm, NormalisedText.of(g.anchor()).text()));
		}
		var refs = new TreeSet<Integer>();
		var claimsPerRef = new HashMap<Integer, Set<String>>();
		for (var g : gold.facts()) {
			refs.add(g.ref());
			claimsPerRef.computeIfAbsent(g.ref(), k -> new HashSet<>()).add(g.claim());
		}
		var foundStrict = new TreeSet<Integer>();
		var foundLenient = new TreeSet<Integer>();
		var proposedPerRef = new HashMap<Integer, Integer>();
		int rightStrict = 0;
		int rightLenient = 0;
		int duplicates = 0;
		var misses = new ArrayList<Miss>();
		for (var fact : proposal.facts()) {
			GoldFact strict = null;
			GoldFact lenient = null;
			List<String> nearestWrong = null;
			for (var g : gold.facts()) {
				if (!g.type().equals(fact.type()) || !overlaps(fact, anchors.get(g))) {
					continue;
				}
				if (!agreesLeniently(fact, g)) {
					continue;
				}
				lenient = (lenient == null) ? g : lenient;
				var wrong = strictlyWrong(fact, g, entities);
				if (wrong.isEmpty()) {
					strict = g;
					break;
				}
				if (nearestWrong == null || wrong.size() < nearestWrong.size()) {
					nearestWrong = wrong;
				}
			}
			if (lenient != null) {
				rightLenient++;
				// Four holders of one designation in one clause are four entries: the one
				// the fact strictly is, not the first it resembles.
				foundLenient.add((strict != null) ? strict.ref() : lenient.ref());
			}
			if (strict != null) {
				int already = proposedPerRef.merge(strict.ref(), 1, Integer::sum);
				if (already > claimsPerRef.get(strict.ref()).size()) {
					duplicates++;
					misses.add(new Miss(fact, strict, List.of("duplicate")));
				}
				else {
					rightStrict++;
				}
				foundStrict.add(strict.ref());
			}
			else {
				misses.add(new Miss(fact, lenient, (nearestWrong == null) ? List.of() : nearestWrong));
			}
		}
		var missed = new ArrayList<>(refs);
		missed.removeAll(foundStrict);
		var unfound = new ArrayList<GoldFact>();
		var seen = new HashSet<Integer>();
		for (var g : gold.facts()) {
			if (!foundLenient.contains(g.ref()) && seen.add(g.ref())) {
				unfound.add(g);
			}
		}
		return new Score(article, refs.size(), foundStrict.size(), foundLenient.size(), proposal.facts().size(),
				rightStrict, rightLenient, duplicates, noiseIn(proposal, gold, names), missed, misses, unfound);
	}

	/**
	 * A proposal's entities against the names the gold gives them: the same by name (as
	 * {@link NameAgreement#sameEntity} says), or the very entity the dictionary knows by
	 * the gold's name; a name qualified by its parent divisions (绍兴市柯桥区) is its last
	 * division.
	 */
	record Entities(Map<String, String> names, Gazetteer dictionary) {

		boolean same(@Nullable String id, @Nullable String goldName) {
			if (goldName == null) {
				return true;
			}
			if (id == null) {
				return false;
			}
			return sameEntity(this.names.get(id), goldName)
					|| known(goldName).filter(entity -> entity.id().equals(id)).isPresent();
		}

		private java.util.Optional<Gazetteer.Known> known(String name) {
			var text = NormalisedText.of(name).text();
			var exact = this.dictionary.exactly(text);
			if (exact.isPresent()) {
				return exact;
			}
			var mentions = this.dictionary.mentions(text);
			int at = 0;
			for (var mention : mentions) {
				if (mention.start() != at || !Gazetteer.isPlace(mention.entity())) {
					return java.util.Optional.empty();
				}
				at = mention.end();
			}
			return (mentions.size() > 1 && at == text.length())
					? java.util.Optional.of(mentions.get(mentions.size() - 1).entity()) : java.util.Optional.empty();
		}
	}

	/** The entity names of a proposal by id, to compare subjects by name. */
	static Map<String, String> names(Proposal proposal) {
		var names = new LinkedHashMap<String, String>();
		proposal.entities().forEach(e -> names.put(e.id(), e.name()));
		return names;
	}

	private static List<int[]> spans(String text, String anchor) {
		var spans = new ArrayList<int[]>();
		if (anchor.isEmpty()) {
			return spans;
		}
		for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
			spans.add(new int[] { at, at + anchor.length() });
		}
		return spans;
	}

	/** The fact's quote, or one of its other places, covers the anchor's middle. */
	private static boolean overlaps(ProposedFact fact, List<int[]> anchors) {
		for (var span : anchors) {
			for (var place : fact.places()) {
				if (place.start() < span[1] && span[0] < place.end()) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean agreesLeniently(ProposedFact fact, GoldFact gold) {
		return switch (gold.type()) {
			case "METRIC" -> same(fact.value(), gold.value());
			case "RANKING" -> gold.rank() != null && gold.rank().equals(fact.rank());
			case "DESIGNATION" -> gold.name() != null && fact.name() != null && sameName(fact.name(), gold.name());
			default -> Objects.equals(gold.relation(), fact.relation());
		};
	}

	/**
	 * What the fact gets wrong against the entry, beyond what the lenient test checks.
	 */
	static List<String> strictlyWrong(ProposedFact fact, GoldFact gold, Entities entities) {
		var wrong = new ArrayList<String>();
		switch (gold.type()) {
			case "METRIC" -> {
				check(wrong, "subject", entities.same(fact.subject(), gold.subject()));
				check(wrong, "name",
						gold.name() == null || (fact.name() != null && sameName(fact.name(), gold.name())));
				check(wrong, "unit", Objects.equals(gold.unit(), fact.unit()));
				check(wrong, "bound", Objects.equals(orExact(gold.bound()), orExact(fact.bound())));
				check(wrong, "status", gold.status() == null || gold.status().equals(orAchieved(fact.status())));
				check(wrong, "period", Objects.equals(gold.period(), fact.period()));
				check(wrong, "previousValue",
						gold.previousValue() == null || same(fact.previousValue(), gold.previousValue()));
			}
			case "RANKING" -> {
				check(wrong, "subject", entities.same(fact.subject(), gold.subject()));
				check(wrong, "list",
						gold.list() == null || (fact.list() != null && sameName(fact.list(), gold.list())));
				check(wrong, "edition", gold.edition() == null || gold.edition().equals(fact.edition()));
			}
			case "DESIGNATION" -> {
				check(wrong, "holder", entities.same(fact.subject(), gold.subject()));
				check(wrong, "status", gold.status() == null || gold.status().equals(orAchieved(fact.status())));
			}
			default -> {
				check(wrong, "subject", entities.same(fact.from(), gold.subject()));
				check(wrong, "object", entities.same(fact.to(), gold.object()));
			}
		}
		return wrong;
	}

	private static void check(List<String> wrong, String field, boolean right) {
		if (!right) {
			wrong.add(field);
		}
	}

	static String orExact(@Nullable String bound) {
		return (bound == null) ? "EXACT" : bound;
	}

	static String orAchieved(@Nullable String status) {
		return (status == null) ? "ACHIEVED" : status;
	}

	private static List<String> noiseIn(Proposal proposal, Gold gold, Map<String, String> names) {
		var found = new ArrayList<String>();
		for (var noise : gold.noiseOrNone()) {
			var n = NormalisedText.of(noise).text();
			if (n.isBlank()) {
				continue;
			}
			for (var f : proposal.facts()) {
				for (var field : new String[] { f.quote(), f.name(), f.list(), f.label(), f.rawText() }) {
					if (field != null && NormalisedText.of(field).text().contains(n)) {
						found.add("«%s» in the fact «%s»".formatted(noise, f.quote()));
					}
				}
			}
			for (var e : proposal.entities()) {
				if (NormalisedText.of(e.name()).text().contains(n)) {
					found.add("«%s» in the entity %s".formatted(noise, e.name()));
				}
			}
			if (NormalisedText.of(proposal.document().title()).text().contains(n)) {
				found.add("«%s» in the title".formatted(noise));
			}
		}
		return found;
	}

	private static boolean same(@Nullable Double a, @Nullable Double b) {
		if (a == null || b == null) {
			return a == null && b == null;
		}
		return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
	}

}
