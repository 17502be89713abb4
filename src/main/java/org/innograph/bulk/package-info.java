/**
 * A deterministic, seeded generator of a national-scale graph in the service's own model,
 * and a batched, parallel, resumable bulk loader for it and for large curated imports.
 */
@NullMarked
package org.innograph.bulk;

import org.jspecify.annotations.NullMarked;
