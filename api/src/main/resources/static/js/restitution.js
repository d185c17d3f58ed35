// A restitution schedule (POST /api/v1/restitution). The victims' payments and the recovered assets are
// entered as the CSV files of `flowtrace restitution` (victims: victim,name,transfer; recovered:
// endpoint,amount,currency,frozen_at[,usd_value]) and sent as the JSON the server takes; the answer's
// lists are shown as tables.
import { postJson, problemBox } from './api.js';
import { display, field, h, replace, select, table } from './dom.js';

const METHODS = ['libr', 'fifo', 'lifo', 'haircut', 'poison'];
const VICTIMS = 'victim,name,transfer\n';
const RECOVERED = 'endpoint,amount,currency,frozen_at\n';

/** Rows of a small CSV text with a header line; fields may be quoted ("a, b"). */
export function csvRows(text) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return [];
  const split = (line) => {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') { cur += '"'; i += 1; } else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { out.push(cur.trim()); cur = ''; } else cur += c;
    }
    out.push(cur.trim());
    return out;
  };
  const header = split(lines[0]).map((x) => x.toLowerCase());
  return lines.slice(1).map((line, i) => {
    const cells = split(line);
    const row = { '#line': i + 2 };
    header.forEach((name, j) => { row[name] = cells[j] ?? ''; });
    return row;
  });
}

function need(row, name, what) {
  if (!row[name]) throw new Error(`${what} line ${row['#line']}: no ${name}`);
  return row[name];
}

/** The JSON body of POST /restitution from the two CSV texts. */
export function requestOf(victimsCsv, recoveredCsv, method, maxHops) {
  const victims = csvRows(victimsCsv).map((r) => ({
    victim: need(r, 'victim', 'victims'), name: r.name ?? '', transferId: need(r, 'transfer', 'victims'),
  }));
  if (victims.length === 0) throw new Error('victims: give at least one payment (victim,name,transfer)');
  const recovered = csvRows(recoveredCsv).map((r) => {
    const currency = need(r, 'currency', 'recovered').toUpperCase();
    const amount = need(r, 'amount', 'recovered');
    const usd = r.usd_value || (currency === 'USD' ? amount : '');
    if (!usd) throw new Error(`recovered line ${r['#line']}: an amount in ${currency} needs its usd_value`);
    return { endpoint: need(r, 'endpoint', 'recovered'), amount: `${amount} ${currency}`, value: usd, frozenAt: need(r, 'frozen_at', 'recovered') };
  });
  return { victims, recovered, method, maxHops: Number(maxHops) || 6 };
}

export function render(main) {
  const method = select('restitution-method', METHODS, 'libr', { 'data-test': 'restitution-method' });
  const maxHops = h('input', { id: 'restitution-max-hops', type: 'number', min: 1, max: 50, value: 6, 'data-test': 'restitution-max-hops' });
  const victims = h('textarea', { id: 'restitution-victims', rows: 6, cols: 80, spellcheck: 'false', 'data-test': 'restitution-victims' });
  victims.value = VICTIMS;
  const recovered = h('textarea', { id: 'restitution-recovered', rows: 4, cols: 80, spellcheck: 'false', 'data-test': 'restitution-recovered' });
  recovered.value = RECOVERED;
  const submit = h('button', { type: 'submit', 'data-test': 'restitution-submit' }, 'Compute schedule');
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'restitution-result' });
  const form = h('form', { 'data-test': 'restitution-form' },
    h('div', { class: 'inline-form' }, field('Method', method), field('Max hops', maxHops)),
    field('Victims’ payments (CSV: victim,name,transfer)', victims),
    field('Recovered assets (CSV: endpoint,amount,currency,frozen_at[,usd_value])', recovered),
    submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    let body;
    try {
      body = requestOf(victims.value, recovered.value, method.value, maxHops.value);
    } catch (err) {
      replace(out, problemBox(err));
      return;
    }
    submit.disabled = true;
    postJson('/restitution', body)
      .then((answer) => {
        const sections = Object.entries(answer)
          .filter(([, v]) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object')
          .map(([name, rows]) => {
            const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
            return [h('h2', {}, name), table(headers, rows.map((r) => headers.map((k) => display(r[k]))), { test: `restitution-${name}-table` })];
          });
        replace(out, sections, h('details', {}, h('summary', {}, 'Full answer (JSON)'), h('pre', {}, JSON.stringify(answer, null, 2))));
      })
      .catch((err) => replace(out, problemBox(err)))
      .finally(() => { submit.disabled = false; });
  });
  main.append(h('h1', {}, 'Restitution'),
    h('p', { class: 'muted' }, 'Per victim and endpoint: traced value, claim and award, under one allocation rule (docs/tracing.md). The same CSV columns as flowtrace restitution --victims/--recovered.'),
    form, out);
}
