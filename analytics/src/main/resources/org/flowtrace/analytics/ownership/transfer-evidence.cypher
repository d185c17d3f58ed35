// The transfers behind the TRANSFER hops of the paths OperatorLinks keeps: for each pair (payer, payee) the
// count, the approximate USD total and the first three transfers (exact amount, asset, time, id) with the
// first source of each.
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (a:Account {key: pair.payer}) RETURN a
  UNION
  MATCH (a:Wallet {key: pair.payer}) RETURN a
  UNION
  MATCH (a:Party {key: pair.payer}) RETURN a
}
CALL (pair) {
  MATCH (b:Account {key: pair.payee}) RETURN b
  UNION
  MATCH (b:Wallet {key: pair.payee}) RETURN b
  UNION
  MATCH (b:Party {key: pair.payee}) RETURN b
}
MATCH (a)-[t:TRANSFER]->(b)
WITH pair, t ORDER BY t.at, t.id
WITH pair, count(t) AS count, collect(t)[0..3] AS first, sum(coalesce(t.usdApprox, 0.0)) AS usdApprox
RETURN pair.payer AS payer, pair.payee AS payee,
       {count: count, usdApprox: usdApprox,
        transfers: [x IN first | {id: x.id, amount: x.amount, asset: x.asset, at: toString(x.at)}]} AS evidence,
       reduce(all = [], x IN first | all + coalesce(x.prov, [])[0..1]) AS prov
