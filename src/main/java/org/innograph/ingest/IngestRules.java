package org.innograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The word lists the cleaning and extraction rules work from, in
 * {@code org/innograph/ingest/rules.yaml}. Lists of markers are sorted longest first, so
 * that the longest marker wins where several match.
 */
record IngestRules(Cleaning cleaning, Places places, Numbers numbers, Statements statements) {

	/**
	 * @param provinces each province's full name, and its short form after a slash:
	 * {@code 广西壮族自治区/广西}
	 */
	record Places(List<String> provinces, String nation, List<String> nationWords, List<String> ownProvince,
			List<String> ownCity, List<String> anaphora, List<String> insideName, List<String> subjectEnds,
			List<String> zoneEnds, List<String> notNames) {

		Places {
			nationWords = longestFirst(nationWords);
			insideName = longestFirst(insideName);
			subjectEnds = longestFirst(subjectEnds);
			notNames = longestFirst(notNames);
		}

		/** The provinces as entities the graph may not hold. */
		List<Gazetteer.Known> known() {
			var known = new java.util.ArrayList<Gazetteer.Known>();
			for (var entry : this.provinces) {
				var forms = entry.split("/");
				var name = forms[0];
				var aliases = List.of(forms).subList(1, forms.length);
				known.add(new Gazetteer.Known("", "Province", name, null, aliases, false));
			}
			return known;
		}
	}

	record Cleaning(List<String> navigation, List<String> footer, List<String> spam, List<String> strongSpam) {
	}

	record Numbers(Map<String, String> counters, Map<String, String> compoundCounters, List<String> atLeastBefore,
			List<String> atLeastAfter, List<String> atMostBefore, List<String> atMostAfter,
			List<String> approximateBefore, List<String> approximateAfter, List<String> notAFigureAfter,
			boolean bigNumberedNoun, List<String> target, List<String> goalMet, List<String> changeFrom,
			List<String> changeTo, List<String> growth, List<String> decline, List<String> rankContext,
			List<String> firstPlace, List<String> nameStops, List<String> ordinalNotRank, List<String> nameFillers,
			List<String> nameVerbs, List<String> nameVerbsInside, Map<String, String> canonicalNames) {

		Numbers {
			nameFillers = longestFirst(nameFillers);
			nameVerbs = longestFirst(nameVerbs);
			atLeastBefore = longestFirst(atLeastBefore);
			atLeastAfter = longestFirst(atLeastAfter);
			atMostBefore = longestFirst(atMostBefore);
			atMostAfter = longestFirst(atMostAfter);
			approximateBefore = longestFirst(approximateBefore);
			approximateAfter = longestFirst(approximateAfter);
			changeTo = longestFirst(changeTo);
			growth = longestFirst(growth);
			decline = longestFirst(decline);
		}
	}

	record RelationRule(List<String> verbs, String type, @Nullable Boolean objectRequired,
			@Nullable Boolean objectBefore, @Nullable List<String> objectEnds) {

		RelationRule {
			verbs = longestFirst(verbs);
		}
	}

	record Statements(List<String> designations, List<String> designationEnds, List<RelationRule> relations,
			List<String> namedEnds, List<String> namedAfter) {

		Statements {
			designations = longestFirst(designations);
		}
	}

	static IngestRules load() {
		try (var in = IngestRules.class.getResourceAsStream("rules.yaml")) {
			if (in == null) {
				throw new IllegalStateException("rules.yaml is missing from the classpath");
			}
			return YAMLMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, IngestRules.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> longestFirst(List<String> words) {
		return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	/** The longest of the words that the text has at the index, or null. */
	static @Nullable String startingAt(String text, int index, List<String> longestFirst) {
		for (var word : longestFirst) {
			if (text.startsWith(word, index)) {
				return word;
			}
		}
		return null;
	}

	static boolean startsWithAny(String text, int index, String... words) {
		for (var word : words) {
			if (text.startsWith(word, index)) {
				return true;
			}
		}
		return false;
	}

	/** The longest of the words that the text has just before the index, or null. */
	static @Nullable String endingAt(String text, int index, List<String> longestFirst) {
		for (var word : longestFirst) {
			if (index >= word.length() && text.startsWith(word, index - word.length())) {
				return word;
			}
		}
		return null;
	}

}
