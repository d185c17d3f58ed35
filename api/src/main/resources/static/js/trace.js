// A trace (GET /api/v1/traces?format=json): the form, the hops in a table, the endpoints, the
// assumptions, and a Sankey-style picture drawn here as SVG from the hops (width ∝ allocated USD).
// The server's own HTML page and CSV are offered as downloads.
import { apiUrl, getJson, itemsOf, problemBox } from './api.js';
import { display, field, h, loading, replace, select, svg, table, usd } from './dom.js';
import { go } from './links.js';

const METHODS = [['libr', 'LIBR (lowest intermediate balance)'], ['fifo', 'FIFO'], ['lifo', 'LIFO'], ['haircut', 'haircut (pro rata)'], ['poison', 'poison (all tainted)']];
const DIRECTIONS = [['forward', 'forward: where it went'], ['backward', 'backward: where it came from']];

/** The fields of a trace answer, in one place. */
function traceOf(a) {
  return {
    start: a.start ?? '',
    direction: a.direction ?? '',
    method: a.method ?? '',
    definition: a.definition ?? '',
    unit: a.unit ?? 'USD',
    hops: itemsOf(a.hops ?? []).map((x) => ({
      hop: x.hop ?? x.depth ?? '',
      at: x.at ?? '',
      transfer: x.transfer ?? x.transferId ?? '',
      from: x.from ?? '',
      to: x.to ?? '',
      amount: x.amount ?? '',
      asset: x.asset ?? '',
      value: x.value ?? '',
      valuation: x.valuation ?? '',
      source: x.source ?? '',
      allocated: x.allocated ?? '',
      fee: x.fee ?? '',
      step: x.step ?? '',
    })),
    endpoints: itemsOf(a.endpoints ?? []).map((e) => ({
      endpoint: e.endpoint ?? e.pool ?? '',
      members: Array.isArray(e.members) ? e.members : [],
      why: e.why ?? '',
      value: e.value ?? '',
      traced: e.traced ?? {},
      freezable: e.freezable ?? null,
    })),
    assumptions: Array.isArray(a.assumptions) ? a.assumptions : [],
  };
}

export function render(main, route) {
  const p = route.params;
  const params = {
    from: p.get('from') ?? '',
    direction: p.get('direction') ?? 'forward',
    method: p.get('method') ?? 'libr',
    maxHops: p.get('maxHops') ?? '6',
    until: p.get('until') ?? '',
  };
  const fromInput = h('input', { id: 'trace-from', value: params.from, required: true, 'data-test': 'trace-from', placeholder: 'transfer id, BIC:number or CHAIN:address', autocomplete: 'off' });
  const direction = select('trace-direction', DIRECTIONS, params.direction, { 'data-test': 'trace-direction' });
  const method = select('trace-method', METHODS, params.method, { 'data-test': 'trace-method' });
  const maxHops = h('input', { id: 'trace-max-hops', type: 'number', min: 1, max: 20, value: params.maxHops, 'data-test': 'trace-max-hops' });
  const until = h('input', { id: 'trace-until', value: params.until, 'data-test': 'trace-until', placeholder: '2026-03-10T02:00:00Z or a date' });
  const form = h('form', { class: 'inline-form', 'data-test': 'trace-form' },
    field('From', fromInput), field('Direction', direction), field('Method', method), field('Max hops', maxHops), field('Until', until),
    h('button', { type: 'submit', 'data-test': 'trace-submit' }, 'Trace'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('trace', { from: fromInput.value.trim(), direction: direction.value, method: method.value, maxHops: maxHops.value, until: until.value.trim() });
  });
  const out = h('div', { 'data-test': 'trace-result', 'aria-live': 'polite' });
  main.append(h('h1', {}, 'Trace'), form, out);
  if (!params.from) return;

  replace(out, loading());
  getJson('/traces', { ...params, format: 'json' })
    .then((answer) => {
      const t = traceOf(answer);
      replace(
        out,
        h('p', { class: 'actions' },
          h('a', { class: 'button', href: apiUrl('/traces', { ...params, format: 'html' }), target: '_blank', rel: 'noopener', 'data-test': 'trace-download-html' }, 'HTML page'),
          h('a', { class: 'button', href: apiUrl('/traces', { ...params, format: 'csv' }), download: 'trace.csv', 'data-test': 'trace-download-csv' }, 'CSV')),
        h('p', {}, `${t.direction} from `, h('code', {}, t.start), ` — ${t.method}${t.definition ? `: ${t.definition}` : ''}`),
        h('h2', {}, 'Flow'),
        t.hops.length > 0 ? sankey(t.hops) : h('p', { class: 'muted' }, 'No hops: nothing to follow.'),
        h('h2', {}, 'Hops'),
        table(
          ['hop', 'at', 'transfer', 'from', 'to', 'amount', 'value (USD)', 'valuation', 'source', `allocated (${t.unit})`, 'fee', 'step'],
          t.hops.map((x) => [display(x.hop), x.at, h('code', {}, x.transfer), x.from, x.to, `${x.amount} ${x.asset}`, x.value, x.valuation, x.source, x.allocated, x.fee, x.step]),
          { test: 'trace-hops', rowTest: 'trace-hop' },
        ),
        h('h2', {}, t.direction === 'backward' ? 'Where it came from' : 'Where the traced value rests'),
        table(
          ['endpoint', 'members', 'why', 'value', 'traced', 'freezable'],
          t.endpoints.map((e) => [e.endpoint, e.members.join(', '), e.why, usd(e.value),
            Object.entries(e.traced).map(([k, v]) => `${k}: ${v}`).join('; '), display(e.freezable)]),
          { test: 'trace-endpoints' },
        ),
        t.assumptions.length > 0 ? [h('h2', {}, 'Assumptions'), h('ul', { 'data-test': 'trace-assumptions' }, t.assumptions.map((a) => h('li', {}, display(a))))] : null,
      );
    })
    .catch((e) => replace(out, problemBox(e)));
}

/**
 * A Sankey-style picture: accounts in columns (longest path from the start), one band per
 * from→to pair whose width is the USD allocated along it.
 */
export function sankey(hops) {
  const links = new Map();
  for (const x of hops) {
    const id = `${x.from}\u0000${x.to}`;
    const value = Number(x.allocated) || 0;
    const link = links.get(id) ?? { from: x.from, to: x.to, value: 0 };
    link.value += value;
    links.set(id, link);
  }
  const list = [...links.values()].filter((l) => l.value > 0);
  const names = [...new Set(list.flatMap((l) => [l.from, l.to]))];
  const column = new Map(names.map((n) => [n, 0]));
  const maxColumn = Math.max(1, Math.min(20, hops.reduce((m, x) => Math.max(m, Number(x.hop) || 0), 0) + 1));
  for (let round = 0; round < names.length; round += 1) {
    let changed = false;
    for (const l of list) {
      const c = Math.min(maxColumn, column.get(l.from) + 1);
      if (c > column.get(l.to)) { column.set(l.to, c); changed = true; }
    }
    if (!changed) break;
  }
  const throughput = new Map(names.map((n) => [n, 0]));
  const inflow = new Map(names.map((n) => [n, 0]));
  const outflow = new Map(names.map((n) => [n, 0]));
  for (const l of list) {
    outflow.set(l.from, outflow.get(l.from) + l.value);
    inflow.set(l.to, inflow.get(l.to) + l.value);
  }
  for (const n of names) throughput.set(n, Math.max(inflow.get(n), outflow.get(n)));

  const columns = Math.max(...column.values()) + 1;
  const byColumn = Array.from({ length: columns }, () => []);
  for (const n of names) byColumn[column.get(n)].push(n);
  const tallest = Math.max(...byColumn.map((c) => c.length));
  const height = Math.max(160, Math.min(520, tallest * 70));
  const gap = 10;
  const nodeWidth = 14;
  const colWidth = 240;
  const width = 20 + (columns - 1) * colWidth + nodeWidth + 190;
  const biggest = Math.max(...byColumn.map((c) => c.reduce((s, n) => s + throughput.get(n), 0)), 1);
  const scale = (height - gap * (tallest + 1)) / biggest;

  const pos = new Map();
  byColumn.forEach((col, ci) => {
    col.sort((a, b) => throughput.get(b) - throughput.get(a));
    let y = gap;
    for (const n of col) {
      const hgt = Math.max(3, throughput.get(n) * scale);
      pos.set(n, { x: 10 + ci * colWidth, y, h: hgt, outY: y, inY: y });
      y += hgt + gap;
    }
  });

  const picture = svg('svg', { viewBox: `0 0 ${width} ${height + 20}`, width, height: height + 20, class: 'sankey', role: 'img', 'aria-label': 'flow of the traced value', 'data-test': 'trace-sankey' });
  const bands = svg('g', { 'fill-opacity': 0.35 });
  for (const l of list.sort((a, b) => b.value - a.value)) {
    const a = pos.get(l.from);
    const b = pos.get(l.to);
    const w = Math.max(1, l.value * scale);
    const x0 = a.x + nodeWidth;
    const x1 = b.x;
    const y0 = a.outY + w / 2;
    const y1 = b.inY + w / 2;
    a.outY += w;
    b.inY += w;
    const mid = (x0 + x1) / 2;
    bands.append(svg('path', { d: `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1}`, fill: 'none', stroke: '#1565c0', 'stroke-opacity': 0.35, 'stroke-width': w },
      svg('title', {}, `${l.from} → ${l.to}: ${usd(l.value)}`)));
  }
  picture.append(bands);
  for (const n of names) {
    const p = pos.get(n);
    picture.append(svg('rect', { x: p.x, y: p.y, width: nodeWidth, height: p.h, fill: '#263238' }, svg('title', {}, `${n}: ${usd(throughput.get(n))}`)));
    const label = n.length > 28 ? `${n.slice(0, 12)}…${n.slice(-12)}` : n;
    picture.append(svg('text', { x: p.x + nodeWidth + 3, y: p.y + Math.min(p.h / 2, 12) + 4, 'font-size': 11, fill: '#212121' }, label));
  }
  return h('figure', { class: 'sankey-figure' }, picture, h('figcaption', {}, 'Band width: USD allocated along each link. Hover for amounts.'));
}

