package org.innograph.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One administrative division as the divisions file lists it: its six-digit code, the
 * code of the division it belongs to (none for a province-level one), its level
 * (PROVINCE, PREFECTURE, COUNTY), its kind (province, municipality, autonomous_region,
 * sar, prefecture_city, autonomous_prefecture, prefecture, league, district, county,
 * county_city, autonomous_county, banner, autonomous_banner, forestry_district,
 * special_district or functional_area) and its names: simplified, traditional, pinyin
 * with tones, English, the short names no other division has ({@code aliases}) and those
 * several share ({@code sharedAliases}).
 */
public record Division(String code, @Nullable String parent, String level, String kind, String zhHans, String zhHant,
		String pinyin, String en, List<String> aliases, List<String> sharedAliases) {

	/** The GraphQL type and node label of a division of this level. */
	public String entityKind() {
		return switch (this.level) {
			case "PROVINCE" -> "Province";
			case "PREFECTURE" -> "City";
			default -> "County";
		};
	}

	/** The id a division has unless the graph already knows it under another. */
	public String defaultId() {
		return switch (this.level) {
			case "PROVINCE" -> "prov-";
			case "PREFECTURE" -> "city-";
			default -> "county-";
		} + this.code;
	}

	/** 0 for a province-level division, 1 for a prefecture, 2 for a county. */
	int depth() {
		return List.of("PROVINCE", "PREFECTURE", "COUNTY").indexOf(this.level);
	}

	/** The divisions file as the jar holds it. */
	public static List<Division> bundled() {
		try (var in = Division.class.getResourceAsStream("/graph-schema/reference/divisions.csv")) {
			if (in == null) {
				throw new IllegalStateException("The divisions file is not on the classpath");
			}
			return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Division> parse(String csv) {
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var parser = format.parse(new StringReader(csv))) {
			var rows = new ArrayList<Division>();
			for (CSVRecord r : parser) {
				rows.add(new Division(r.get("code"), r.get("parent").isEmpty() ? null : r.get("parent"), r.get("level"),
						r.get("kind"), r.get("zhHans"), r.get("zhHant"), r.get("pinyin"), r.get("en"),
						list(r.get("aliases")), list(r.get("sharedAliases"))));
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> list(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
	}

	Map<String, Object> props() {
		return Map.of("adminCode", this.code, "adminLevel", this.level, "adminKind", this.kind);
	}

}
