/**
 * Article ingestion: read, clean, normalise, link entities, extract facts with their
 * provenance, propose, and load idempotently.
 */
@NullMarked
package org.innograph.ingest;

import org.jspecify.annotations.NullMarked;
