// Entities and facts share one id space, which sourced_id already keeps unique: every
// entity and every fact is also Sourced. The constraints per label added a second
// uniqueness check and a second index entry to every node written (a fifth of a bulk
// load's time) for nothing the Sourced one does not give. Lookups by id name the Sourced
// label, e.g. (e:Sourced:Entity {id: $id}), so that they seek through its index.
DROP CONSTRAINT entity_id IF EXISTS;
DROP CONSTRAINT fact_id IF EXISTS;
