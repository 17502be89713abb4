// The graph's version: one node whose counter every write transaction raises before it commits
// (GraphStore.write), so that answers can be validated by it (HTTP ETag). Its store id is new for
// each store, so that two stores at the same count never share a version.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.version = 0, v.store = randomUUID();
