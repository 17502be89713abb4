/**
 * Reference data: China's administrative divisions with their official codes and four
 * name forms, loaded at start-up so that every query and every ingested fact has a real
 * place to start from or attach to.
 */
@NullMarked
package org.innograph.reference;

import org.jspecify.annotations.NullMarked;
