package org.innograph.changes;

import org.innograph.source.Document;

/** The GraphQL {@code DocumentAdded}: one document new to the graph. */
record DocumentAdded(String cursor, Document document, String at) {
}
