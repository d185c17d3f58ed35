// The links of a set of parties, accounts and wallets, for OperatorLinks: current ownership and control,
// holdings, wallet control, list links, SAME_AS (confirmed, or candidates at or above $minScore), and money
// flows (TRANSFER, one row per counterparty and direction with the count and the first three transfers).
// At most $perNode links per node; each neighbour with its designations.
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
    WITH n, m, startNode(t) = n AS outgoing, t ORDER BY t.at, t.id
    WITH n, m, outgoing, count(t) AS count, collect(t)[0..3] AS first, sum(coalesce(t.usdApprox, 0.0)) AS usdApprox
    RETURN 'TRANSFER' AS kind, outgoing, m,
           {count: count, usdApprox: usdApprox,
            transfers: [x IN first | {id: x.id, amount: x.amount, asset: x.asset, at: toString(x.at)}]} AS evidence,
           reduce(all = [], x IN first | all + coalesce(x.prov, [])[0..1]) AS prov
  }
  RETURN kind, outgoing, m, evidence, prov
  LIMIT $perNode
}
RETURN key, kind, outgoing, m.key AS other,
       CASE WHEN m:Account THEN 'account' WHEN m:Wallet THEN 'wallet' WHEN m:Person THEN 'person' ELSE 'party' END AS otherKind,
       coalesce(m.name, m.key) AS otherName,
       [(m)-[x:DESIGNATED_BY]->(d:Designation) |
          {list: coalesce(d.list, d.key), entry: coalesce(d.entryId, d.key), program: d.program,
           programs: d.programs, prov: coalesce(x.prov, [])}] AS designations,
       evidence, prov
