// The change log: every write of facts or documents records (:Change) nodes in its own
// transaction, and the transaction's last statement (GraphStore.RAISE_VERSION) numbers them
// with the graph's new version (seq) and their place in the transaction (n). The change feed
// reads the log in that order from a client's cursor: this index serves `c.seq > $after`.
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq);
