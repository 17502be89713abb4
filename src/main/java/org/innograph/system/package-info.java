@NullMarked
package org.innograph.system;

import org.jspecify.annotations.NullMarked;
