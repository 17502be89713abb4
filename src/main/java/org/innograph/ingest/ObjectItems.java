package org.innograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The objects a relation's verb names: one title, or the items of a list. */
final class ObjectItems {

	private static final Pattern BOOK_TITLE = Pattern.compile("\\s*《([^《》]{2,60})》\\s*(?:\\([^)]*\\))?\\s*");

	private ObjectItems() {
	}

	/**
	 * The items of a list (甲、乙以及丙), a bare place taking the shared ending of the last
	 * item: 杭州、宁波温州国家自创区 is 杭州国家自创区 and 宁波温州国家自创区.
	 */
	static List<String> of(String object, Gazetteer gazetteer) {
		var parts = new ArrayList<String>();
		var title = BOOK_TITLE.matcher(object);
		if (title.matches()) {
			// 《…国民经济和社会发展计划的通知》: one document, whatever its title joins.
			return List.of(title.group(1));
		}
		for (var part : object.split("、|以及|及|和")) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		if (parts.size() < 2) {
			return parts;
		}
		var last = parts.getLast();
		// The run of place names at the start of the last item (宁波温州), found form by
		// form, since the whole item may itself be a known name.
		int placeEnd = 0;
		boolean more = true;
		while (more) {
			more = false;
			for (int length = last.length() - placeEnd; length >= 2; length--) {
				var place = gazetteer.exactly(last.substring(placeEnd, placeEnd + length));
				if (place.isPresent() && Gazetteer.isPlace(place.get())) {
					placeEnd += length;
					more = placeEnd < last.length();
					break;
				}
			}
		}
		var ending = last.substring(placeEnd);
		if (placeEnd > 0 && ending.length() >= 2) {
			for (int k = 0; k < parts.size() - 1; k++) {
				var part = parts.get(k);
				var exactly = gazetteer.exactly(part);
				if (exactly.isPresent() && Gazetteer.isPlace(exactly.get())) {
					parts.set(k, part + ending);
				}
			}
		}
		return parts;
	}

}
