// One element (GET /api/v1/elements?kind=&key=): properties, provenance of every statement about it,
// the findings it is in, and the possible-victim banner (non-punishment principle).
import { getJson, itemsOf, problemBox } from './api.js';
import { display, h, loading, propertyList, replace, table } from './dom.js';
import { findingHref, graphHref, traceHref } from './links.js';

/** The fields of an element answer, in one place. */
export function elementOf(a) {
  return {
    kind: a.kind ?? '',
    key: a.key ?? '',
    label: a.label ?? a.name ?? a.key ?? '',
    labels: Array.isArray(a.labels) ? a.labels : [],
    properties: a.properties ?? {},
    provenance: itemsOf(a.provenance ?? []).map((p) => ({
      source: p.source ?? '',
      locator: p.locator ?? p.record ?? '',
      sha256: p.sha256 ?? p.checksum ?? '',
      runId: p.runId ?? p.run ?? '',
      runStartedAt: p.runStartedAt ?? p.startedAt ?? '',
      job: p.job ?? p.jobName ?? '',
    })),
    findings: itemsOf(a.findings ?? []).map((f) => ({
      key: f.key ?? f.id ?? '',
      typology: f.typology ?? '',
      score: f.score ?? '',
      role: f.role ?? '',
      explanation: f.explanation ?? '',
    })),
    possibleVictim: a.possibleVictim === true,
  };
}

export function victimBanner() {
  return h(
    'div',
    { class: 'victim-banner', role: 'note', 'data-test': 'victim-banner' },
    h('strong', {}, 'Possible victim of trafficking — do not treat as a suspect.'),
    h('p', {}, 'The evidence points to coercion (a forced scam worker or a family paying a ransom). ' +
      'Victims of trafficking must not be punished for offences they were compelled to commit.'),
  );
}

export function provenanceTable(rows) {
  if (rows.length === 0) return h('p', { class: 'muted' }, 'No provenance recorded.');
  return table(
    ['source', 'record', 'SHA-256', 'ingest run', 'started', 'job'],
    rows.map((p) => [p.source, h('code', {}, p.locator), h('code', { class: 'hash' }, p.sha256), display(p.runId), display(p.runStartedAt), p.job]),
    { test: 'provenance-table', rowTest: 'provenance-row' },
  );
}

export function render(main, route, ctx) {
  const kind = route.path[0] ?? '';
  const key = route.path.slice(1).join('/');
  const out = h('div', { 'data-test': 'element' }, loading());
  main.append(out);
  if (!kind || !key) {
    replace(out, h('p', {}, 'No element given. Search for one first.'));
    return;
  }
  getJson('/elements', { kind, key })
    .then((answer) => {
      const el = elementOf(answer);
      const actions = h('p', { class: 'actions' });
      if (ctx.has('ANALYST')) {
        actions.append(h('a', { href: graphHref(el.kind || kind, el.key || key), class: 'button', 'data-test': 'element-graph' }, 'Explore graph'));
      }
      if (['account', 'wallet', 'transfer'].includes(kind) && ctx.hasAny('ANALYST', 'PROSECUTOR')) {
        actions.append(h('a', { href: traceHref({ from: key, direction: 'forward', method: 'libr' }), class: 'button', 'data-test': 'element-trace' }, 'Trace from here'));
      }
      if (ctx.has('ANALYST')) {
        actions.append(h('a', { href: `#/cases?${new URLSearchParams({ kind, key })}`, class: 'button', 'data-test': 'element-case' }, 'Build a case'));
      }
      replace(
        out,
        h('h1', { 'data-test': 'element-title' }, el.label, ' ', h('span', { class: 'kind' }, kind)),
        h('p', {}, h('code', { 'data-test': 'element-key' }, el.key || key), ' ', el.labels.map((l) => h('span', { class: 'tag' }, l))),
        el.possibleVictim ? victimBanner() : null,
        actions,
        h('h2', {}, 'Properties'),
        propertyList(el.properties, 'element-properties'),
        h('h2', {}, 'Findings'),
        el.findings.length === 0
          ? h('p', { class: 'muted' }, 'In no finding.')
          : table(
              ['finding', 'typology', 'score', 'role', 'explanation'],
              el.findings.map((f) => [h('a', { href: findingHref(f.key) }, f.key), f.typology, display(f.score), f.role, f.explanation]),
              { test: 'element-findings', rowTest: 'finding-row' },
            ),
        h('h2', {}, 'Provenance'),
        provenanceTable(el.provenance),
      );
    })
    .catch((e) => replace(out, problemBox(e)));
}
