package org.innograph.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.innograph.seed.SeedFile;
import org.innograph.seed.SeedFile.DocumentEntry;
import org.innograph.seed.SeedFile.EntityEntry;
import org.innograph.seed.SeedFile.FactEntry;
import org.innograph.seed.SeedFile.SourceEntry;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The national high-tech zones the zones file lists: each with its official name, the
 * short name articles use, the division it lies in, the year the State Council approved
 * it as national where a source says so, and the public page and the words on it that
 * name it. They become entities of the seed's format, located in their division and
 * sourced to their page as background (the page's text is not held, so the quote is not
 * verbatim).
 */
final class NationalHighTechZones {

	/** One row of the zones file. */
	record Zone(String name, String shortName, String divisionCode, String province, @Nullable Integer approvedYear,
			String sourceAddress, String sourceQuote, List<String> aliases, String aliasesAddress,
			String aliasesQuote) {

		String id() {
			return "htz-" + Sha256.hex("HighTechZone:" + this.name).substring(0, 12);
		}

	}

	/** The note of every zone the list brings, which tells them from the others. */
	static final String NOTE = "national high-tech zone, from the list in graph-schema/reference/high-tech-zones.csv";

	/** The English for the generic end of a zone's name; the rest is in pinyin. */
	private static final Map<String, String> ENDINGS = new LinkedHashMap<>();

	static {
		ENDINGS.put("农业高新技术产业示范区", "Agricultural Hi-tech Industries Demonstration Zone");
		ENDINGS.put("高新技术产业开发区", "National Hi-tech Industrial Development Zone");
		ENDINGS.put("高技术产业开发区", "National Hi-tech Industrial Development Zone");
		ENDINGS.put("新技术开发区", "New Technology Development Zone");
		ENDINGS.put("科技园区", "Science Park");
		ENDINGS.put("高新区", "Hi-tech Zone");
	}

	private static final Segment WORDS = HanLP.newSegment()
		.enableNameRecognize(false)
		.enableTranslatedNameRecognize(false)
		.enableJapaneseNameRecognize(false);

	private NationalHighTechZones() {
	}

	static List<Zone> parse(String csv) {
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var parser = format.parse(new StringReader(csv))) {
			var zones = new ArrayList<Zone>();
			for (CSVRecord r : parser) {
				zones.add(new Zone(r.get("name"), r.get("shortName"), r.get("divisionCode"), r.get("province"),
						r.get("approvedYear").isEmpty() ? null : Integer.valueOf(r.get("approvedYear")),
						r.get("sourceAddress"), r.get("sourceQuote"), aliases(r), optional(r, "aliasesAddress"),
						optional(r, "aliasesQuote")));
			}
			return List.copyOf(zones);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Other names of the zone (中关村国家自主创新示范区), each with the page that gives it. */
	private static List<String> aliases(CSVRecord r) {
		var aliases = optional(r, "aliases");
		return aliases.isBlank() ? List.of() : List.of(aliases.split("\\|"));
	}

	private static String optional(CSVRecord r, String column) {
		return r.isMapped(column) ? r.get(column) : "";
	}

	/**
	 * The zones the graph does not hold yet, in the seed's format.
	 * @param divisionIds the entity id of each division, by code
	 * @param heldNames the name keys of the zones the graph already holds (see
	 * {@link #nameKey}): those zones keep what they have
	 */
	static SeedFile seedFile(List<Zone> zones, Map<String, String> divisionIds, Set<String> heldNames) {
		var documents = new LinkedHashMap<String, DocumentEntry>();
		var entities = new ArrayList<EntityEntry>();
		var facts = new ArrayList<FactEntry>();
		for (var zone : zones) {
			if (heldNames.contains(nameKey(zone.name())) || heldNames.contains(nameKey(zone.shortName()))) {
				continue;
			}
			var division = divisionIds.get(zone.divisionCode());
			if (division == null) {
				throw new IllegalStateException("zone %s lies in division %s, which the graph lacks"
					.formatted(zone.name(), zone.divisionCode()));
			}
			var documentId = "ref-page-" + Sha256.hex(zone.sourceAddress()).substring(0, 12);
			documents.computeIfAbsent(documentId,
					id -> new DocumentEntry(id, "BACKGROUND", "WEBPAGE", host(zone.sourceAddress()), null,
							host(zone.sourceAddress()), null, null, null, zone.sourceAddress(), null, null));
			var source = new ArrayList<>(List.of(new SourceEntry(documentId, zone.sourceQuote(), false, false)));
			var aliases = new ArrayList<>(List.of(zone.shortName()));
			if (!zone.aliases().isEmpty()) {
				var aliasesDocument = "ref-page-" + Sha256.hex(zone.aliasesAddress()).substring(0, 12);
				documents.computeIfAbsent(aliasesDocument,
						id -> new DocumentEntry(id, "BACKGROUND", "WEBPAGE", host(zone.aliasesAddress()), null,
								host(zone.aliasesAddress()), null, null, null, zone.aliasesAddress(), null, null));
				source.add(new SourceEntry(aliasesDocument, zone.aliasesQuote(), false, false));
				aliases.addAll(zone.aliases());
			}
			// 宁波高新区 is also written 宁波国家高新区.
			if (zone.shortName().endsWith("高新区") && !zone.shortName().contains("国家")) {
				aliases.add(zone.shortName().replaceFirst("高新区$", "国家高新区"));
			}
			for (var alias : List.copyOf(aliases)) {
				var hant = HanLP.convertToTraditionalChinese(alias);
				if (!hant.equals(alias)) {
					aliases.add(hant);
				}
			}
			entities.add(new EntityEntry(zone.id(), "HighTechZone", zone.name(),
					HanLP.convertToTraditionalChinese(zone.name()), english(zone.name()), pinyin(zone.name()), aliases,
					"NATIONAL", null, null, (zone.approvedYear() == null) ? null : zone.approvedYear().toString(), NOTE,
					List.copyOf(source)));
			facts.add(new FactEntry("htz-in-" + zone.id().substring(4), "RELATION", null, false, null,
					List.of(source.getFirst()), null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, null, zone.id(), "LOCATED_IN", division, "位于", null,
					null));
		}
		return new SeedFile(List.copyOf(documents.values()), entities, facts);
	}

	/** How zone names compare: 杭州高新技术产业开发区 and 杭州高新区 are one. */
	static String nameKey(String name) {
		return name.replace("高新技术产业开发区", "高新区").replace("高新技術產業開發區", "高新区").replace("高新區", "高新区");
	}

	/** Pinyin with tones, a word at a time: Chángshā Gāoxīn Jìshù Chǎnyè Kāifāqū. */
	static String pinyin(String name) {
		return romanise(name, true);
	}

	/**
	 * The generic end in English, the rest in pinyin: Changsha National Hi-tech … Zone.
	 */
	static String english(String name) {
		for (var ending : ENDINGS.entrySet()) {
			if (name.endsWith(ending.getKey()) && name.length() > ending.getKey().length()) {
				return romanise(name.substring(0, name.length() - ending.getKey().length()), false) + " "
						+ ending.getValue();
			}
		}
		return romanise(name, false);
	}

	private static String romanise(String text, boolean tones) {
		var words = new ArrayList<String>();
		var terms = new ArrayList<String>();
		for (var term : WORDS.seg(text)) {
			// A compound of four characters is two words in pinyin: Gāoxīn Jìshù.
			if (term.word.length() == 4) {
				terms.add(term.word.substring(0, 2));
				terms.add(term.word.substring(2));
			}
			else {
				terms.add(term.word);
			}
		}
		for (var term : terms) {
			var word = new StringBuilder();
			for (Pinyin syllable : HanLP.convertToPinyinList(term)) {
				var written = tones ? syllable.getPinyinWithToneMark() : syllable.getPinyinWithoutTone();
				if (!word.isEmpty() && "aeoāáǎàēéěèōóǒò".indexOf(written.charAt(0)) >= 0) {
					word.append('\'');
				}
				word.append(written);
			}
			if (!word.isEmpty()) {
				words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
			}
		}
		return String.join(" ", words);
	}

	private static String host(String address) {
		return address.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
	}

}
