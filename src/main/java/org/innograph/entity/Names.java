package org.innograph.entity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The forms of an entity's name; simplified Chinese is canonical. */
public record Names(String zhHans, @Nullable String zhHant, @Nullable String en, @Nullable String pinyin,
		List<String> aliases) {
}
