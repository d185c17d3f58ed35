// A restitution schedule (POST /api/v1/restitution): victims, a method and the recovered assets, as
// the JSON request the server takes; the answer is shown as tables where it has lists, else as JSON.
import { postJson, problemBox } from './api.js';
import { display, field, h, replace, select, table } from './dom.js';

const METHODS = ['libr', 'fifo', 'lifo', 'haircut', 'poison'];
const EXAMPLE = {
  victims: [{ victim: 'victim-1', transfer: 'camt:ZMKBKHPP:002310457:MKB260303-0457-01:1' }],
  recovered: [{ endpoint: 'TRON:T…', usd: '10000.00' }],
};

export function render(main) {
  const method = select('restitution-method', METHODS, 'libr', { 'data-test': 'restitution-method' });
  const request = h('textarea', { id: 'restitution-request', rows: 12, cols: 80, spellcheck: 'false', 'data-test': 'restitution-request' });
  request.value = JSON.stringify(EXAMPLE, null, 2);
  const submit = h('button', { type: 'submit', 'data-test': 'restitution-submit' }, 'Compute schedule');
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'restitution-result' });
  const form = h('form', { 'data-test': 'restitution-form' }, field('Method', method), field('Victims and recovered assets (JSON)', request), submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    let body;
    try {
      body = JSON.parse(request.value);
    } catch (err) {
      replace(out, problemBox(new Error(`The request is not JSON: ${err.message}`)));
      return;
    }
    body.method = method.value;
    submit.disabled = true;
    postJson('/restitution', body)
      .then((answer) => {
        const sections = Object.entries(answer)
          .filter(([, v]) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object')
          .map(([name, rows]) => {
            const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
            return [h('h2', {}, name), table(headers, rows.map((r) => headers.map((k) => display(r[k]))))];
          });
        replace(out, sections, h('details', {}, h('summary', {}, 'Full answer (JSON)'), h('pre', {}, JSON.stringify(answer, null, 2))));
      })
      .catch((err) => replace(out, problemBox(err)))
      .finally(() => { submit.disabled = false; });
  });
  main.append(h('h1', {}, 'Restitution'),
    h('p', { class: 'muted' }, 'Per victim and endpoint: traced value, claim and award, under one allocation rule (docs/tracing.md).'),
    form, out);
}
