package org.innograph.fact;

/** Which way a relation points, seen from the entity asked about. */
enum Direction {

	OUTGOING, INCOMING, BOTH

}
