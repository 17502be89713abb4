package org.innograph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Character-level facts about Chinese, read from HanLP's own dictionaries: the simplified
 * form of a traditional character and every reading of a character. Mapping one UTF-16
 * unit to one keeps offsets in the normalised text equal to those in the original.
 */
final class ChineseCharacters {

	private static final Map<Character, Character> SIMPLIFIED = new HashMap<>();

	private static final Map<Character, Set<String>> READINGS = new HashMap<>();

	static {
		load("data/dictionary/tc/t2s.txt", (key, value) -> {
			if (key.length() == 1 && value.length() == 1) {
				SIMPLIFIED.put(key.charAt(0), value.charAt(0));
			}
		});
		// The form Big5 gateways print for 陝 (陜西), which the table lacks.
		SIMPLIFIED.putIfAbsent('陜', '陕');
		load("data/dictionary/pinyin/pinyin.txt", (key, value) -> {
			if (key.length() == 1) {
				var readings = new HashSet<String>();
				for (var reading : value.split(",")) {
					readings.add(toneless(reading));
				}
				READINGS.put(key.charAt(0), Set.copyOf(readings));
			}
		});
	}

	private ChineseCharacters() {
	}

	private static void load(String resource, BiConsumer<String, String> entry) {
		var in = ChineseCharacters.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("HanLP's dictionary " + resource + " is not on the classpath");
		}
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				var eq = line.indexOf('=');
				if (eq > 0) {
					entry.accept(line.substring(0, eq), line.substring(eq + 1).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The simplified form of one character; the character itself when it has none. */
	static char simplified(char c) {
		return SIMPLIFIED.getOrDefault(c, c);
	}

	static String simplified(String text) {
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(simplified(text.charAt(i)));
		}
		return out.toString();
	}

	/**
	 * Whether a syllable is one of the character's readings, ignoring tone marks, tone
	 * digits and case ({@code shù}, {@code shu4} and {@code SHU} all read 數).
	 */
	static boolean isReadingOf(String syllable, char c) {
		var readings = READINGS.get(c);
		if (readings == null) {
			readings = READINGS.get(simplified(c));
		}
		return readings != null && readings.contains(toneless(syllable));
	}

	/** A syllable without tone marks or digits, ü written as v. */
	static String toneless(String syllable) {
		var decomposed = Normalizer.normalize(syllable.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		var stripped = decomposed.replace("u\u0308", "v").replaceAll("\\p{M}", "");
		return stripped.replaceAll("[0-9]", "").replace("u:", "v");
	}

	static boolean isHan(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
