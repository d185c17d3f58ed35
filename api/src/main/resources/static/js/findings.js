// Findings, ranked (GET /api/v1/findings), and one finding with its evidence subgraph
// (GET /api/v1/findings/{key}) drawn with Cytoscape.
import { getJson, itemsOf, problemBox } from './api.js';
import { display, field, h, loading, propertyList, replace, table } from './dom.js';
import { drawGraph, graphOf, legend } from './graph.js';
import { elementHref, findingHref, go } from './links.js';

const SIZE = 50;

/** The fields of a finding (list item or single answer), in one place. */
function findingOf(a) {
  // GET /findings/{key} answers {finding: element view, evidence, nonPunishment}; list items are flat.
  const f = a.finding
    ? { ...(a.finding.properties ?? {}), ...a.finding, evidence: a.evidence, nonPunishment: a.nonPunishment }
    : a;
  return {
    key: f.key ?? f.id ?? '',
    typology: f.typology ?? f.type ?? '',
    score: f.score ?? null,
    explanation: f.explanation ?? f.reason ?? '',
    subject: f.subject ?? f.element ?? null, // {kind, key, label} where the server names one
    possibleVictim: f.possibleVictim === true,
    detectedAt: f.detectedAt ?? f.at ?? null,
    properties: f.properties ?? {},
    members: itemsOf(f.members ?? f.elements ?? []).map((m) => ({
      kind: m.kind ?? '', key: m.key ?? '', label: m.label ?? m.key ?? '', role: m.role ?? '',
    })),
    evidence: f.evidence ?? f.subgraph ?? f.graph ?? (f.nodes ? { nodes: f.nodes, edges: f.edges } : null),
  };
}

function score(v) {
  if (v === null || v === undefined) return '—';
  const n = Number(v);
  return Number.isNaN(n) ? String(v) : n.toFixed(2);
}

export function renderList(main, route) {
  const typology = route.params.get('typology') ?? '';
  const minScore = route.params.get('minScore') ?? '';
  const page = Number(route.params.get('page') ?? 0) || 0;
  const typologyInput = h('input', { id: 'findings-typology', value: typology, 'data-test': 'findings-typology', placeholder: 'e.g. FAN_IN' });
  const minInput = h('input', { id: 'findings-min-score', type: 'number', step: 'any', min: 0, value: minScore, 'data-test': 'findings-min-score' });
  const form = h('form', { class: 'inline-form', 'data-test': 'findings-form' },
    field('Typology', typologyInput), field('Min score', minInput),
    h('button', { type: 'submit', 'data-test': 'findings-submit' }, 'Filter'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('findings', { typology: typologyInput.value.trim(), minScore: minInput.value });
  });
  const out = h('div', { 'data-test': 'findings' }, loading());
  main.append(h('h1', {}, 'Findings'), form, out);

  getJson('/findings', { typology, minScore, page, size: SIZE })
    .then((answer) => {
      const items = itemsOf(answer).map(findingOf);
      if (items.length === 0) {
        replace(out, h('p', { 'data-test': 'findings-empty' }, 'No findings.'));
        return;
      }
      const total = answer.total ?? items.length;
      const pager = h('nav', { class: 'pager', 'aria-label': 'finding pages' });
      const params = (p) => new URLSearchParams({ typology, minScore, page: p });
      if (page > 0) pager.append(h('a', { href: `#/findings?${params(page - 1)}` }, '← previous'));
      pager.append(h('span', {}, ` ${page * SIZE + 1}–${page * SIZE + items.length} of ${total} `));
      if ((page + 1) * SIZE < total) pager.append(h('a', { href: `#/findings?${params(page + 1)}` }, 'next →'));
      replace(out, table(
        ['finding', 'typology', 'score', 'explanation'],
        items.map((f) => [
          h('a', { href: findingHref(f.key), 'data-test': 'finding-link' }, f.key),
          f.typology,
          score(f.score),
          [f.possibleVictim ? h('span', { class: 'tag victim' }, 'possible victim') : null, f.explanation],
        ]),
        { test: 'findings-table', rowTest: 'finding-row' },
      ), pager);
    })
    .catch((e) => replace(out, problemBox(e)));
}

export function renderOne(main, route, ctx) {
  const key = route.path.join('/');
  const out = h('div', { 'data-test': 'finding' }, loading());
  main.append(out);
  getJson(`/findings/${encodeURIComponent(key)}`)
    .then((answer) => {
      const f = findingOf(answer);
      const canvas = h('div', { id: 'finding-graph', class: 'graph-canvas', 'data-test': 'graph-canvas', role: 'img', 'aria-label': 'evidence subgraph' });
      const side = h('aside', { class: 'graph-side' }, h('p', { class: 'muted' }, 'Click a node to see it.'));
      replace(
        out,
        h('h1', { 'data-test': 'finding-title' }, f.typology || 'Finding', ' ', h('span', { class: 'kind' }, `score ${score(f.score)}`)),
        h('p', {}, h('code', {}, f.key || key), f.detectedAt ? ` — ${f.detectedAt}` : ''),
        f.possibleVictim ? h('div', { class: 'victim-banner', role: 'note', 'data-test': 'victim-banner' },
          h('strong', {}, 'Possible victim of trafficking — do not treat as a suspect.')) : null,
        h('p', { 'data-test': 'finding-explanation' }, f.explanation),
        f.subject ? h('p', {}, 'Subject: ', h('a', { href: elementHref(f.subject.kind, f.subject.key) }, f.subject.label ?? f.subject.key)) : null,
        ctx.has('ANALYST') ? h('p', { class: 'actions' }, h('a', { class: 'button', href: `#/cases?${new URLSearchParams({ kind: 'finding', key: f.key || key })}`, 'data-test': 'finding-case' }, 'Build a case')) : null,
        f.members.length > 0 ? [h('h2', {}, 'Elements'), table(['element', 'kind', 'role'],
          f.members.map((m) => [h('a', { href: elementHref(m.kind, m.key) }, m.label), m.kind, m.role]), { test: 'finding-members' })] : null,
        Object.keys(f.properties).length > 0 ? [h('h2', {}, 'Details'), propertyList(f.properties, 'finding-properties')] : null,
        h('h2', {}, 'Evidence'),
        legend(),
        h('div', { class: 'graph-layout' }, canvas, side),
      );
      if (f.evidence) {
        drawGraph(canvas, graphOf(f.evidence), {
          onNode: (node) => replace(side, h('h2', {}, node.label), h('p', {}, `${node.kind}, ${display(node.risk)}`),
            h('p', {}, h('a', { href: elementHref(node.kind, node.key) }, 'Open element page'))),
        });
      } else {
        replace(canvas, h('p', { class: 'muted' }, 'No evidence subgraph in the answer.'));
      }
    })
    .catch((e) => replace(out, problemBox(e)));
}

