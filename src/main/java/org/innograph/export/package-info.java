/**
 * Exports of any query's connection or subgraph as CSV, Cytoscape.js JSON and GraphML,
 * each with its sources and the dataset's licence.
 */
@NullMarked
package org.innograph.export;

import org.jspecify.annotations.NullMarked;
