@NullMarked
package org.innograph.fact;

import org.jspecify.annotations.NullMarked;
