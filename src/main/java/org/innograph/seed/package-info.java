@NullMarked
package org.innograph.seed;

import org.jspecify.annotations.NullMarked;
