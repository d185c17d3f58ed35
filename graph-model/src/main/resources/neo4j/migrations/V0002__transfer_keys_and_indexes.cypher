// Transfers are TRANSFER relationships (docs/adr/0001-transfers-as-relationships.md): their id is
// unique across the graph, and time and USD value are indexed for windows and ranking.
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR ()-[t:TRANSFER]-() REQUIRE t.id IS UNIQUE;
CREATE INDEX transfer_at IF NOT EXISTS FOR ()-[t:TRANSFER]-() ON (t.at);
CREATE INDEX transfer_usd IF NOT EXISTS FOR ()-[t:TRANSFER]-() ON (t.usdApprox);
CREATE INDEX party_name IF NOT EXISTS FOR (n:Party) ON (n.name);
CREATE INDEX account_number IF NOT EXISTS FOR (n:Account) ON (n.number);
CREATE INDEX wallet_address IF NOT EXISTS FOR (n:Wallet) ON (n.address);
CREATE INDEX ingest_run_started IF NOT EXISTS FOR (n:IngestRun) ON (n.startedAt);
