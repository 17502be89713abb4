// A load (the seed, one document's ingestion) marks its facts with loadedBy, and the next
// load of the same whole deletes those it no longer holds: this index finds them.
CREATE INDEX fact_loaded_by IF NOT EXISTS FOR (n:Fact) ON (n.loadedBy);
