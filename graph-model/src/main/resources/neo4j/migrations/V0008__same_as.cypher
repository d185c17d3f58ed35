// Entity resolution: SAME_AS candidate links between parties, one per pair of party keys (the key is the
// two keys in order), with the analyst's status (V0007 is reserved for other work).
CREATE CONSTRAINT same_as_key IF NOT EXISTS FOR ()-[r:SAME_AS]-() REQUIRE r.key IS UNIQUE;
CREATE INDEX same_as_status IF NOT EXISTS FOR ()-[r:SAME_AS]-() ON (r.status);
