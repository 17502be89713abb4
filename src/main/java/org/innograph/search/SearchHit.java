package org.innograph.search;

import org.innograph.entity.EntityNode;
import org.jspecify.annotations.Nullable;

/**
 * @param matchedName the name form that matched best
 * @param matchedForm which form that is: ZH_HANS, ZH_HANT, EN, PINYIN or ALIAS
 */
record SearchHit(EntityNode entity, double score, String matchedName, @Nullable String matchedForm) {
}
