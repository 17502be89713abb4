/**
 * The command line besides the service (backup and restore, ingest and import, generate):
 * parses each command's arguments and runs the application it is given without its web
 * server. The application's {@code main()} calls it; nothing here refers back to the
 * application.
 */
@NullMarked
package org.innograph.cli;

import org.jspecify.annotations.NullMarked;
