/**
 * Reading ahead: the children a request selects below a field come along in that field's
 * own query.
 */
@NullMarked
package org.innograph.lookahead;

import org.jspecify.annotations.NullMarked;
