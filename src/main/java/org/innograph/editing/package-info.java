@NullMarked
package org.innograph.editing;

import org.jspecify.annotations.NullMarked;
