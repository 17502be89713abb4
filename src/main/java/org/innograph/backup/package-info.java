/**
 * Backup and restore of the whole graph as a portable, versioned file with counts and a
 * checksum.
 */
@NullMarked
package org.innograph.backup;

import org.jspecify.annotations.NullMarked;
