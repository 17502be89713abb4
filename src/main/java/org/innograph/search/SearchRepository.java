package org.innograph.search;

import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

import org.innograph.entity.EntityNode;
import org.innograph.names.NameForms;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

/**
 * Finds entities by name in one round trip: an exact match of a whole name form (through
 * the name keys), a name form that starts with the text (so that a search answers while
 * the name is still being typed) and the full-text index over every name form (CJK
 * bigrams, folded pinyin and English, the last word also as a prefix), merged and ranked.
 */
@Repository
class SearchRepository {

	/** Added to the score of an entity one of whose name forms equals the text. */
	static final double EXACT_MATCH_BONUS = 10.0;

	/**
	 * Added, times the share of the name typed, to the score of an entity one of whose
	 * name forms starts with the text: 杭州 for 杭 scores 2.5, below any exact match.
	 */
	static final double PREFIX_MATCH_BONUS = 5.0;

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-!(){}\\[\\]^\"~*?:\\\\/&|]");

	private final GraphStore store;

	SearchRepository(GraphStore store) {
		this.store = store;
	}

	List<SearchHit> search(String query, @Nullable List<String> kinds, int first) {
		var text = NameForms.withoutToneNumbers(query);
		var key = NameForms.key(text);
		var lucene = luceneQuery(text, key);
		if (lucene.isBlank()) {
			return List.of();
		}
		var parameters = new HashMap<String, @Nullable Object>();
		parameters.put("key", key);
		parameters.put("lucene", lucene);
		parameters.put("kinds", kinds);
		parameters.put("first", first);
		parameters.put("candidates", Math.max(first * 4, 40));
		parameters.put("bonus", EXACT_MATCH_BONUS);
		parameters.put("prefixBonus", PREFIX_MATCH_BONUS);
		// One Latin letter starts too many names to rank them all; one Chinese character
		// is
		// a syllable and starts few.
		parameters.put("prefixes", key.codePointCount(0, key.length()) > 1 || HAN.matcher(key).find());
		return this.store.read("""
				CALL () {
				  MATCH (:NameKey {key: $key})<-[:KNOWN_AS]-(e:Entity)
				  WHERE $kinds IS NULL OR e.kind IN $kinds
				  RETURN e, $bonus AS score
				  UNION ALL
				  // A name form that starts with the text, through the name keys' index; the
				  // best of an entity's forms counts once, the shortest names first, then
				  // those the graph knows most about.
				  MATCH (k:NameKey)<-[:KNOWN_AS]-(e:Entity)
				  WHERE $prefixes AND k.key STARTS WITH $key AND k.key <> $key AND ($kinds IS NULL OR e.kind IN $kinds)
				  WITH e, max(toFloat(size($key)) / size(k.key)) AS typed
				  ORDER BY typed DESC, COUNT { (e)--() } DESC LIMIT $candidates
				  RETURN e, $prefixBonus * typed AS score
				  UNION ALL
				  // The kinds before the cap, so that a kind whose names score lower is found too.
				  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
				  WHERE $kinds IS NULL OR node.kind IN $kinds
				  RETURN node AS e, score LIMIT $candidates
				}
				WITH e, sum(score) AS score
				// Among equal matches, the entity with the most links (facts, relations) first:
				// 宁 finds 宁波 before a county of the same length.
				ORDER BY score DESC, COUNT { (e)--() } DESC, e.name, e.id
				LIMIT $first
				RETURN %s AS e, score
				""".formatted(EntityNode.PROJECTION), parameters,
				r -> hit(EntityNode.from(r.get("e")), r.get("score").asDouble(), text));
	}

	private static SearchHit hit(EntityNode entity, double score, String text) {
		var matched = MatchedName.of(entity, text);
		return new SearchHit(entity, score, matched.getValue(), matched.getKey());
	}

	/**
	 * The text, folded and escaped, or its name key: so that {@code ning bo} also finds
	 * the form indexed as {@code ningbo}.
	 */
	static String luceneQuery(String text, String key) {
		var folded = terms(NameForms.fold(text));
		var escapedKey = terms(key);
		var query = (folded.isEmpty() || folded.equals(escapedKey)) ? escapedKey
				: escapedKey.isEmpty() ? folded : "(" + folded + ") OR (" + escapedKey + ")";
		var prefix = prefix(folded);
		return (query.isEmpty() || prefix.isEmpty()) ? query : "(" + query + ") OR " + prefix;
	}

	/**
	 * The last word as a prefix, for a word still being typed: {@code hangz*} finds
	 * {@code hangzhou}. A single Chinese character too, since the index holds Chinese as
	 * bigrams ({@code 宁*} finds 宁波); longer Chinese text matches its bigrams already.
	 */
	static String prefix(String terms) {
		if (terms.isEmpty()) {
			return "";
		}
		var last = terms.substring(terms.lastIndexOf(' ') + 1);
		if (HAN.matcher(last).find() && last.codePointCount(0, last.length()) > 1) {
			return "";
		}
		return last + "*";
	}

	/**
	 * The words of the text without Lucene's operators; nothing when no word holds a
	 * letter or digit ({@code .}, {@code ...}), which Lucene could not parse.
	 */
	private static String terms(String text) {
		var words = LUCENE_SPECIAL.matcher(text).replaceAll(" ").strip().split("\\s+");
		var kept = new StringBuilder();
		for (var word : words) {
			if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
				kept.append(kept.isEmpty() ? "" : " ").append(word);
			}
		}
		return kept.toString();
	}

}
