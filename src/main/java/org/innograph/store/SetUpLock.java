package org.innograph.store;

import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's set-up lock, held by one open write transaction on one node: a replica that
 * sets the store up (migrations, seed, reference data) holds it, and another that starts
 * at the same moment waits on it, then finds the work done. A process that dies while
 * holding it loses it with its connection, so a lock is never left behind.
 */
public final class SetUpLock implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SetUpLock.class);

	private final Session session;

	private final Transaction transaction;

	SetUpLock(Session session, Transaction transaction) {
		this.session = session;
		this.transaction = transaction;
	}

	/**
	 * Releases the lock, and takes the node away with it: a store holds it only while it
	 * is set up, so that a store with nothing in it (a restore's target) has no node.
	 */
	@Override
	public void close() {
		try {
			this.transaction.run("MATCH (l:SetUpLock {id: 'store'}) DELETE l").consume();
			this.transaction.commit();
		}
		catch (RuntimeException ex) {
			// Released all the same: the transaction ends with the session.
			log.debug("The set-up lock's transaction did not commit", ex);
		}
		finally {
			this.session.close();
		}
	}

}
