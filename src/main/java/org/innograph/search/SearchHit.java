package org.innograph.search;

import org.innograph.entity.EntityNode;

record SearchHit(EntityNode entity, double score) {
}
