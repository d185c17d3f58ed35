// The links of a set of parties, accounts and wallets (one round of OperatorLinks' search): current ownership
// and control, holdings, wallet control, list links, SAME_AS (confirmed, or candidates at or above $minScore),
// and money flows (TRANSFER: one row per counterparty and direction; which transfers, and their sources, are
// read later for the paths kept: transfer-evidence.cypher). At most $perNode links per node; each neighbour
// with its designations, whether it is an exchange's custodial wallet, and its transfers in and out (the
// degree count: a hub is not searched through).
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Party {key: key}) RETURN n
  UNION
  MATCH (n:Account {key: key}) RETURN n
  UNION
  MATCH (n:Wallet {key: key}) RETURN n
}
CALL (n) {
  CALL (n) {
    MATCH (n)-[r:OWNS|CONTROLS]-(m:Party)
    WHERE coalesce(r.current, true) AND (r.endDate IS NULL OR r.endDate >= $today)
    RETURN type(r) AS kind, startNode(r) = n AS outgoing, m,
           {interestType: r.interestType, exact: r.shareExact, min: r.shareMin, max: r.shareMax,
            minExclusive: r.shareMinExclusive, maxExclusive: r.shareMaxExclusive, since: r.startDate} AS evidence,
           coalesce(r.prov, []) AS prov
    UNION ALL
    MATCH (n)-[r:HOLDS|CONTROLS_WALLET|LINKED_TO]-(m)
    WHERE m:Party OR m:Account OR m:Wallet
    RETURN type(r) AS kind, startNode(r) = n AS outgoing, m,
           {relation: r.relation, currency: r.currency} AS evidence, coalesce(r.prov, []) AS prov
    UNION ALL
    MATCH (n)-[r:SAME_AS]-(m)
    WHERE r.status = 'CONFIRMED' OR (r.status = 'CANDIDATE' AND r.score >= $minScore)
    RETURN 'SAME_AS' AS kind, startNode(r) = n AS outgoing, m,
           {status: r.status, score: r.score, reasons: r.reasons, runId: r.runId, decidedBy: r.decidedBy} AS evidence,
           coalesce(r.prov, []) AS prov
    UNION ALL
    MATCH (n)-[t:TRANSFER]-(m)
    WITH DISTINCT m, startNode(t) = n AS outgoing
    RETURN 'TRANSFER' AS kind, outgoing, m, {} AS evidence, [] AS prov
  }
  RETURN kind, outgoing, m, evidence, prov
  LIMIT $perNode
}
RETURN key, kind, outgoing, m.key AS other,
       CASE WHEN m:Account THEN 'account' WHEN m:Wallet THEN 'wallet' WHEN m:Person THEN 'person' ELSE 'party' END AS otherKind,
       coalesce(m.name, m.key) AS otherName,
       [(m)-[:DESIGNATED_BY]->(d:Designation) |
          {list: coalesce(d.list, d.key), entry: coalesce(d.entryId, d.key), program: d.program,
           programs: d.programs}] AS designations,
       coalesce(m.custodial, false) AS custodial,
       COUNT { (m)-[:TRANSFER]-() } AS transfers,
       evidence, prov
