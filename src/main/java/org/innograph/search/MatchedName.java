package org.innograph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.entity.EntityNode;
import org.innograph.names.NameForms;

/**
 * Which of an entity's names a search text matched: the form whose key equals the text's,
 * else the first whose key contains it, else the one sharing the most characters.
 */
final class MatchedName {

	private MatchedName() {
	}

	static Map.Entry<String, String> of(EntityNode entity, String text) {
		var key = NameForms.key(NameForms.withoutToneNumbers(text));
		var forms = forms(entity);
		for (var form : forms) {
			if (NameForms.keys(List.of(form.getValue()), true).contains(key)) {
				return form;
			}
		}
		for (var form : forms) {
			if (NameForms.key(form.getValue()).contains(key)) {
				return form;
			}
		}
		var best = forms.getFirst();
		var bestShared = -1;
		for (var form : forms) {
			var formKey = NameForms.key(form.getValue());
			var shared = (int) key.codePoints().filter(c -> formKey.indexOf(c) >= 0).count();
			if (shared > bestShared) {
				best = form;
				bestShared = shared;
			}
		}
		return best;
	}

	private static List<Map.Entry<String, String>> forms(EntityNode entity) {
		var names = entity.names();
		var forms = new ArrayList<Map.Entry<String, String>>();
		forms.add(Map.entry("ZH_HANS", names.zhHans()));
		if (names.zhHant() != null) {
			forms.add(Map.entry("ZH_HANT", names.zhHant()));
		}
		if (names.en() != null) {
			forms.add(Map.entry("EN", names.en()));
		}
		if (names.pinyin() != null) {
			forms.add(Map.entry("PINYIN", names.pinyin()));
		}
		names.aliases().forEach(alias -> forms.add(Map.entry("ALIAS", alias)));
		return forms;
	}

}
