// Ownership and control (BODS, FollowTheMoney), statement history, payments that are not transfers,
// and watchlist designations (V0001 already reserves Designation.key).
CREATE CONSTRAINT owns_key IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT controls_key IF NOT EXISTS FOR ()-[r:CONTROLS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT statement_key IF NOT EXISTS FOR (n:Statement) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT payment_key IF NOT EXISTS FOR (n:Payment) REQUIRE n.key IS UNIQUE;
CREATE INDEX statement_record IF NOT EXISTS FOR (n:Statement) ON (n.recordKey);
CREATE INDEX owns_statement IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.statementKey);
CREATE INDEX controls_statement IF NOT EXISTS FOR ()-[r:CONTROLS]-() ON (r.statementKey);
CREATE INDEX designation_list IF NOT EXISTS FOR (n:Designation) ON (n.list);
