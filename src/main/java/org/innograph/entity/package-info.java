@NullMarked
package org.innograph.entity;

import org.jspecify.annotations.NullMarked;
