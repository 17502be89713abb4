package org.innograph.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.innograph.reference.Division;

/**
 * The province-level division a city or county lies in, by the division's name, from the
 * bundled statistical divisions: what 我省 means in an article about 深圳.
 */
final class ProvinceOf {

	/**
	 * A name two provinces' divisions share maps to the empty string: the text does not
	 * say.
	 */
	private static final Map<String, String> PROVINCES = provinces();

	private ProvinceOf() {
	}

	static Optional<String> name(String divisionName) {
		return Optional.ofNullable(PROVINCES.get(divisionName)).filter(province -> !province.isEmpty());
	}

	private static Map<String, String> provinces() {
		var divisions = Division.bundled();
		var byCode = new HashMap<String, Division>();
		divisions.forEach(d -> byCode.put(d.code(), d));
		var provinces = new HashMap<String, String>();
		for (var d : divisions) {
			var top = d;
			while (top.parent() != null && byCode.containsKey(top.parent())) {
				top = byCode.get(top.parent());
			}
			if (top != d) {
				provinces.merge(d.zhHans(), top.zhHans(), (a, b) -> a.equals(b) ? a : "");
			}
		}
		return Map.copyOf(provinces);
	}

}
