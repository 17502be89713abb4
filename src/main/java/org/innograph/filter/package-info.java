/**
 * Typed filters, compiled to Cypher predicates whose values are all parameters.
 */
@NullMarked
package org.innograph.filter;

import org.jspecify.annotations.NullMarked;
