// The transfers between an element (label rendered from ElementKind) and each neighbour, in the window
// and above the USD floor, aggregated per neighbour and direction, the neighbours with the largest USD
// total first. USD values are exact decimal strings: their integer and fractional parts (12 digits) are
// summed apart as integers, so the total is exact (usdApprox only ranks).
MATCH (c:%s {key: $key})
CALL (c) {
    MATCH (c)-[t:TRANSFER]->(m) RETURN t, m, true AS outgoing
    UNION ALL
    MATCH (c)<-[t:TRANSFER]-(m) WHERE m <> c RETURN t, m, false AS outgoing
}
WITH m, outgoing, t
WHERE ($from IS NULL OR t.at >= $from) AND ($to IS NULL OR t.at <= $to)
  AND ($minUsd IS NULL OR t.usdApprox >= $minUsd)
WITH m, outgoing, t, split(coalesce(t.usd, '0'), '.') AS usd
WITH m, outgoing, count(t) AS count, count(t.usd) AS valued, sum(toInteger(usd[0])) AS units,
     sum(toInteger(left(coalesce(usd[1], '') + '000000000000', 12))) AS fraction,
     sum(coalesce(t.usdApprox, 0.0)) AS usdApprox, min(t.at) AS first, max(t.at) AS last
WITH m, collect({outgoing: outgoing, count: count, valued: valued, units: units, fraction: fraction,
                 first: first, last: last}) AS edges,
     sum(usdApprox) AS total, sum(count) AS transfers
ORDER BY total DESC, transfers DESC, m.key
LIMIT $cap
RETURN m.key AS key, labels(m) AS labels, edges
