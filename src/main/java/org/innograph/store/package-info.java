@NullMarked
package org.innograph.store;

import org.jspecify.annotations.NullMarked;
