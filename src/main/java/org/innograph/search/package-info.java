@NullMarked
package org.innograph.search;

import org.jspecify.annotations.NullMarked;
