@NullMarked
package org.innograph.security;

import org.jspecify.annotations.NullMarked;
