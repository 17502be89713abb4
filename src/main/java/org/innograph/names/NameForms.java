package org.innograph.names;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How names are compared. A name key is the name folded so that forms a reader takes as
 * the same compare equal: case, tone marks, full-width letters, spaces, hyphens and
 * quotation marks do not count (so {@code Níngbō}, {@code ningbo} and {@code Ning Bo}
 * share a key). Simplified and traditional characters are distinct keys: both forms are
 * stored for each entity.
 */
public final class NameForms {

	private static final Pattern NUMBERED_PINYIN = Pattern.compile("(?i)(?:[a-zü]+[1-5]\\s*)+(?:[a-zü]+)?");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Pd}'’‘\"“”「」『』《》〈〉·・.,，、]+");

	/** Administrative suffixes that everyday speech drops: 杭州市 is also 杭州. */
	private static final List<String> CHINESE_SUFFIXES = List.of("省", "市", "县", "縣", "区", "區");

	private static final Pattern LATIN_SUFFIX = Pattern
		.compile("(?i)\\s+(city|province|county|district|shi|shì|sheng|shěng|xian|xiàn|qu|qū)$");

	private NameForms() {
	}

	/** The key under which a name is looked up; empty when the name has no letters. */
	public static String key(String name) {
		var text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		text = IGNORED.matcher(text).replaceAll("");
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Folds tone marks and case but keeps word breaks, for full-text indexing. */
	public static String fold(String text) {
		var folded = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Every name form worth a key: the given forms and, for administrative divisions,
	 * each without its suffix when what is left is still a name (two characters or more).
	 */
	public static Set<String> variants(List<@Nullable String> forms, boolean administrative) {
		var variants = new LinkedHashSet<String>();
		for (var form : forms) {
			if (form == null || form.isBlank()) {
				continue;
			}
			variants.add(form.strip());
			if (!administrative) {
				continue;
			}
			for (var suffix : CHINESE_SUFFIXES) {
				if (form.endsWith(suffix) && form.length() > suffix.length() + 1) {
					variants.add(form.substring(0, form.length() - suffix.length()));
				}
			}
			var latin = LATIN_SUFFIX.matcher(form.strip());
			if (latin.find() && latin.start() > 0) {
				variants.add(form.substring(0, latin.start()));
			}
		}
		return variants;
	}

	/**
	 * The keys to look a name up by: its own key and, when it ends in an administrative
	 * suffix (市, City, Shì), the key without it, so that "Ningbo City" finds Ningbo.
	 */
	public static List<String> lookupKeys(String name) {
		var keys = new LinkedHashSet<String>(keys(List.of(name), true));
		if (NUMBERED_PINYIN.matcher(name.strip()).matches()) {
			keys.addAll(keys(List.of(name.replaceAll("[1-5]", "")), true));
		}
		return List.copyOf(keys);
	}

	/**
	 * Pinyin written with tone numbers, such as {@code ning2 bo1}: the same name as
	 * {@code ningbo} once the numbers are dropped.
	 */
	public static String withoutToneNumbers(String text) {
		return NUMBERED_PINYIN.matcher(text.strip()).matches() ? text.replaceAll("[1-5]", "") : text;
	}

	/** The distinct keys of all the variants of the given forms. */
	public static Set<String> keys(List<@Nullable String> forms, boolean administrative) {
		var keys = new LinkedHashSet<String>();
		for (var variant : variants(forms, administrative)) {
			var key = key(variant);
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		return keys;
	}

	/**
	 * The name keys of an entity, each with the rank of the best form it came from, in
	 * the order canonical name, traditional, English, pinyin, aliases (0 to 4).
	 */
	public static List<Map<String, Object>> rankedKeys(List<@Nullable String> forms, boolean administrative) {
		var ranked = new LinkedHashMap<String, Integer>();
		for (int i = 0; i < forms.size(); i++) {
			var form = forms.get(i);
			if (form == null) {
				continue;
			}
			for (var key : keys(Collections.singletonList(form), administrative)) {
				ranked.merge(key, Math.min(i, 4), Math::min);
			}
		}
		return ranked.entrySet()
			.stream()
			.map(e -> Map.<String, Object>of("key", e.getKey(), "rank", e.getValue()))
			.toList();
	}

	/**
	 * What the full-text index reads besides the Chinese names: folded forms and keys.
	 */
	public static String searchText(List<@Nullable String> forms) {
		var parts = new LinkedHashSet<String>();
		for (var form : forms) {
			if (form != null) {
				parts.add(fold(form));
				parts.add(key(form));
			}
		}
		return String.join(" ", parts);
	}

}
