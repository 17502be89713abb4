@NullMarked
package org.innograph.source;

import org.jspecify.annotations.NullMarked;
