@NullMarked
package org.innograph;

import org.jspecify.annotations.NullMarked;
