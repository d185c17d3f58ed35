// The graph explorer (GET /api/v1/elements/neighbours) and the Cytoscape drawing that the finding page
// shares. Nodes are coloured by risk (possible victim, designated, flagged, none) and shaped by kind;
// edges carry their transfer count and USD total. Clicking a node adds its neighbours.
import cytoscape from '../vendor/cytoscape/cytoscape.esm.min.js';
import { getJson, problemBox } from './api.js';
import { field, h, replace, select } from './dom.js';
import { elementHref, go } from './links.js';

const KINDS = ['wallet', 'account', 'party', 'transfer', 'report', 'finding', 'case'];

/** The fields of a neighbours (or evidence subgraph) answer, in one place. */
export function graphOf(a) {
  const nodes = (a.nodes ?? []).map((n) => ({
    id: String(n.id ?? `${n.kind}:${n.key}`),
    kind: n.kind ?? 'element',
    key: n.key ?? String(n.id ?? ''),
    label: n.label ?? n.key ?? String(n.id ?? ''),
    risk: riskOf(n.risk),
  }));
  const edges = (a.edges ?? a.links ?? []).map((e, i) => ({
    id: String(e.id ?? `e${i}:${e.source}>${e.target}:${e.type ?? ''}`),
    source: String(e.source),
    target: String(e.target),
    type: e.type ?? '',
    count: e.count ?? null,
    totalUsd: e.totalUsd ?? e.usd ?? null,
    first: e.first ?? null,
    last: e.last ?? null,
  }));
  return { nodes, edges, truncated: a.truncated === true };
}

function riskOf(risk) {
  const r = String(risk ?? 'none').toLowerCase();
  if (r.includes('victim')) return 'victim';
  if (r.includes('designat') || r.includes('sanction')) return 'designated';
  if (r.includes('flag') || r.includes('suspect') || r.includes('finding')) return 'flagged';
  return 'none';
}

function edgeLabel(e) {
  const parts = [];
  if (e.type && e.type !== 'TRANSFER' && e.type !== 'TRANSFERRED') parts.push(e.type);
  if (e.count !== null) parts.push(`${e.count}×`);
  if (e.totalUsd !== null && e.totalUsd !== '') {
    const n = Number(e.totalUsd);
    parts.push(Number.isNaN(n) ? String(e.totalUsd) : `$${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`);
  }
  return parts.join(' ');
}

export const RISK_COLOURS = { victim: '#2e7d32', designated: '#b71c1c', flagged: '#ef6c00', none: '#546e7a' };
const KIND_SHAPES = {
  wallet: 'hexagon', account: 'round-rectangle', party: 'ellipse', transfer: 'diamond',
  report: 'rectangle', finding: 'star', case: 'tag',
};

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 4,
      'text-wrap': 'ellipsis', 'text-max-width': 140, width: 28, height: 28,
      'background-color': RISK_COLOURS.none, 'border-width': 1, 'border-color': '#263238', color: '#212121',
    },
  },
  ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ selector: `node[kind = "${kind}"]`, style: { shape } })),
  ...Object.entries(RISK_COLOURS).map(([risk, colour]) => ({ selector: `node[risk = "${risk}"]`, style: { 'background-color': colour } })),
  { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#1565c0', width: 36, height: 36 } },
  { selector: 'node.expanded', style: { 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'overlay-opacity': 0.15 } },
  {
    selector: 'edge',
    style: {
      width: 1.5, 'line-color': '#90a4ae', 'target-arrow-color': '#90a4ae', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
    },
  },
];

/** A Cytoscape graph in container; onNode(node data) is called on a click or tap. */
export function drawGraph(container, graph, { centreId, onNode } = {}) {
  const cy = cytoscape({
    container,
    style: STYLE,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 4,
  });
  addToGraph(cy, graph, centreId);
  if (onNode) cy.on('tap', 'node', (evt) => onNode(evt.target.data(), evt.target));
  return cy;
}

/**
 * Adds nodes and edges not already drawn and lays the graph out again; new nodes start around `near`
 * (the node clicked), so the drawing keeps its shape. Returns how many elements were new.
 */
export function addToGraph(cy, graph, centreId, near) {
  const first = cy.nodes().empty();
  const elements = [];
  graph.nodes.forEach((n, i) => {
    if (cy.getElementById(n.id).empty()) {
      const angle = (2 * Math.PI * i) / Math.max(1, graph.nodes.length);
      const position = near ? { x: near.x + 80 * Math.cos(angle), y: near.y + 80 * Math.sin(angle) } : undefined;
      elements.push({ group: 'nodes', data: { ...n }, classes: n.id === centreId ? 'centre' : '', position });
    }
  });
  const known = new Set(graph.nodes.map((n) => n.id));
  cy.nodes().forEach((n) => known.add(n.id()));
  for (const e of graph.edges) {
    if (cy.getElementById(e.id).empty() && known.has(e.source) && known.has(e.target)) {
      elements.push({ group: 'edges', data: { ...e, label: edgeLabel(e) } });
    }
  }
  if (elements.length > 0) {
    cy.add(elements);
    // First drawing: the centre in the middle, its neighbours around it; later additions: a force
    // layout that starts from the current positions.
    const layout = first
      ? { name: 'concentric', concentric: (n) => (n.hasClass('centre') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 70 }
      : { name: 'cose', randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 140 };
    cy.layout({ ...layout, animate: false, padding: 40 }).run();
    // A few nodes would otherwise be fitted to the whole canvas at a giant zoom.
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
  }
  return elements.length;
}

/** The key to the colours and shapes. */
export function legend() {
  return h(
    'ul', { class: 'legend', 'aria-label': 'legend' },
    Object.keys(RISK_COLOURS).map((risk) => h('li', {}, h('span', { class: `swatch risk-${risk}` }), risk === 'victim' ? 'possible victim' : risk)),
    h('li', {}, 'shapes: wallet ⬡, account ▭, party ◯, transfer ◇'),
  );
}

/** A text list of what the picture shows, for readers who cannot use the canvas. */
function nodeDetails(node) {
  return h(
    'div', { 'data-test': 'graph-selection' },
    h('h2', {}, node.label),
    h('p', {}, `${node.kind}, risk: ${node.risk === 'victim' ? 'possible victim' : node.risk}`),
    h('p', {}, h('code', {}, node.key)),
    h('p', {}, h('a', { href: elementHref(node.kind, node.key) }, 'Open element page')),
  );
}

export function render(main, route) {
  const kind = route.path[0] ?? '';
  const key = route.path.slice(1).join('/');
  const from = route.params.get('from') ?? '';
  const to = route.params.get('to') ?? '';
  const minUsd = route.params.get('minUsd') ?? '';

  const kindSelect = select('graph-kind', KINDS, kind || 'wallet', { 'data-test': 'graph-kind' });
  const keyInput = h('input', { id: 'graph-key', value: key, required: true, 'data-test': 'graph-key', placeholder: 'TRON:T… or BIC:number', autocomplete: 'off' });
  const fromInput = h('input', { id: 'graph-from', type: 'datetime-local', value: from, 'data-test': 'graph-from' });
  const toInput = h('input', { id: 'graph-to', type: 'datetime-local', value: to, 'data-test': 'graph-to' });
  const minInput = h('input', { id: 'graph-min-usd', type: 'number', min: 0, step: 'any', value: minUsd, 'data-test': 'graph-min-usd' });
  const form = h(
    'form', { class: 'inline-form', 'data-test': 'graph-form' },
    field('Kind', kindSelect), field('Key', keyInput), field('From', fromInput), field('To', toInput),
    field('Min USD', minInput), h('button', { type: 'submit', 'data-test': 'graph-submit' }, 'Show'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const k = keyInput.value.trim();
    const path = `graph/${encodeURIComponent(kindSelect.value)}/${encodeURIComponent(k)}`;
    go(path, { from: fromInput.value, to: toInput.value, minUsd: minInput.value });
  });

  const status = h('p', { class: 'muted', 'data-test': 'graph-status', 'aria-live': 'polite' });
  const canvas = h('div', { id: 'graph-canvas', class: 'graph-canvas', 'data-test': 'graph-canvas', role: 'img', 'aria-label': 'graph of the element and its neighbours' });
  const details = h('div', {}, h('p', { class: 'muted' }, 'Click a node, or its name in the list, to add its neighbours.'));
  const nodes = h('ul', { class: 'graph-nodes', 'data-test': 'graph-nodes', 'aria-label': 'nodes in the graph' });
  const side = h('aside', { class: 'graph-side' }, details, h('h2', {}, 'Nodes'), nodes);
  main.append(h('h1', {}, 'Graph explorer'), form, legend(), status, h('div', { class: 'graph-layout' }, canvas, side));
  if (!kind || !key) {
    status.textContent = 'Give an element to start from.';
    return;
  }

  const filters = { from: isoOrEmpty(from), to: isoOrEmpty(to), minUsd, limit: 50 };
  const fetchNeighbours = (k, kk) => getJson('/elements/neighbours', { kind: k, key: kk, ...filters }).then(graphOf);
  status.textContent = 'Loading…';
  fetchNeighbours(kind, key)
    .then((graph) => {
      const centre = graph.nodes.find((n) => n.kind === kind && n.key === key);
      const expanded = new Set(centre ? [centre.id] : []);
      const expand = (node, ele) => {
        replace(details, nodeDetails(node));
        if (expanded.has(node.id)) return;
        expanded.add(node.id);
        ele.addClass('expanded');
        status.textContent = `Loading the neighbours of ${node.label}…`;
        fetchNeighbours(node.kind, node.key)
          .then((more) => {
            const added = addToGraph(cy, more, undefined, ele.position());
            listNodes(nodes, cy, expanded, expand);
            status.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} edges (${added} added)` + (more.truncated ? '; more neighbours than shown' : '');
          })
          .catch((e) => replace(status, problemBox(e)));
      };
      const cy = drawGraph(canvas, graph, { centreId: centre?.id, onNode: expand });
      if (centre) cy.getElementById(centre.id).addClass('expanded');
      listNodes(nodes, cy, expanded, expand);
      status.textContent = `${graph.nodes.length} nodes, ${graph.edges.length} edges` + (graph.truncated ? ' (more neighbours than shown: narrow the filters)' : '');
    })
    .catch((e) => replace(status, problemBox(e)));
}

/** The nodes drawn, as buttons that expand them: the keyboard's way into the picture. */
function listNodes(list, cy, expanded, expand) {
  replace(
    list,
    ...cy.nodes().map((ele) => {
      const node = ele.data();
      const button = h(
        'button', { type: 'button', class: `link risk-${node.risk}`, 'data-test': 'graph-node', 'data-key': node.key, 'data-expanded': String(expanded.has(node.id)) },
        node.label,
      );
      button.addEventListener('click', () => expand(node, ele));
      return h('li', {}, button);
    }),
  );
}

/** datetime-local gives 2026-03-03T10:00; the API takes an ISO instant (UTC). */
function isoOrEmpty(local) {
  if (!local) return '';
  return /Z|[+-]\d\d:\d\d$/.test(local) ? local : `${local.length === 16 ? `${local}:00` : local}Z`;
}

