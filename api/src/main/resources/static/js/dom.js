// Small DOM helpers. Text always goes in as text nodes (never innerHTML): every value shown comes from
// evidence and may hold markup. No inline styles or handlers: the Content-Security-Policy forbids them.

/**
 * An element: h('a', {href: '#/x', class: 'c', 'data-test': 't'}, 'text', child …).
 * Attributes whose value is null, undefined or false are left out; `on*` functions become listeners.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  appendAll(el, children);
  return el;
}

function appendAll(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An SVG element with attributes (presentation attributes, not style). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  appendAll(el, children);
  return el;
}

/** A table with a header row; each row is an array of cells (text or nodes); rowAttrs per row. */
export function table(headers, rows, { test, rowTest, rowAttrs, caption } = {}) {
  return h(
    'table',
    { 'data-test': test },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h(
      'tbody',
      {},
      rows.map((cells, i) =>
        h('tr', { 'data-test': rowTest, ...(rowAttrs ? rowAttrs(i) : {}) }, cells.map((c) => h('td', {}, c))),
      ),
    ),
  );
}

/** A labelled form field: <label for=id>text</label><input id=id …>. */
export function field(label, input) {
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input);
}

/** A labelled <select> with options given as [value, text] pairs or plain values. */
export function select(id, options, value, attrs = {}) {
  return h(
    'select',
    { id, name: id, ...attrs },
    options.map((o) => {
      const [v, text] = Array.isArray(o) ? o : [o, o];
      return h('option', { value: v, selected: v === value }, text);
    }),
  );
}

/** Replaces the children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  appendAll(el, children);
  return el;
}

/** A key-value list of an object's simple properties. */
export function propertyList(obj, test) {
  const entries = Object.entries(obj || {});
  if (entries.length === 0) return h('p', { class: 'muted' }, 'No properties.');
  return h(
    'dl',
    { class: 'properties', 'data-test': test },
    entries.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, display(v))]),
  );
}

/** A value as text: arrays joined, objects as compact JSON, null as an em dash. */
export function display(v) {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.map(display).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A number of US dollars, e.g. 12,345.67 USD; the text itself when not a number. */
export function usd(v) {
  if (v === null || v === undefined || v === '') return '—';
  const n = Number(v);
  if (Number.isNaN(n)) return String(v);
  return `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} USD`;
}

export function loading() {
  return h('p', { class: 'muted', 'data-test': 'loading' }, 'Loading…');
}
