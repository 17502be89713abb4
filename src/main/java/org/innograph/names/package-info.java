@NullMarked
package org.innograph.names;

import org.jspecify.annotations.NullMarked;
