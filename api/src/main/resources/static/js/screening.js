// Counterparty screening (POST /api/v1/screening) against public sources only: sanctions,
// designations, beneficial owners, wallet exposure. Never shows STR-derived data (tipping-off).
import { itemsOf, postJson, problemBox } from './api.js';
import { display, field, h, propertyList, replace, table } from './dom.js';

/** The fields of a screening answer, in one place. */
function screeningOf(a) {
  return {
    outcome: a.outcome ?? a.decision ?? a.result ?? a.status ?? '',
    score: a.score ?? null,
    matches: itemsOf(a.matches ?? a.hits ?? []).map((m) => ({
      name: m.name ?? m.caption ?? m.label ?? '',
      list: m.list ?? m.source ?? m.dataset ?? '',
      score: m.score ?? null,
      reason: m.reason ?? m.why ?? m.explanation ?? (Array.isArray(m.reasons) ? m.reasons.join('; ') : ''),
    })),
  };
}

export function render(main) {
  const name = h('input', { id: 'screening-name', required: true, 'data-test': 'screening-name', autocomplete: 'off' });
  const country = h('input', { id: 'screening-country', 'data-test': 'screening-country', maxlength: 2, size: 3, placeholder: 'CN', autocomplete: 'off' });
  const wallet = h('input', { id: 'screening-wallet', 'data-test': 'screening-wallet', placeholder: 'TRON:T… (optional)', autocomplete: 'off' });
  const submit = h('button', { type: 'submit', 'data-test': 'screening-submit' }, 'Screen');
  const form = h('form', { class: 'inline-form', 'data-test': 'screening-form' },
    field('Name', name), field('Country (ISO 3166)', country), field('Wallet', wallet), submit);
  const out = h('div', { 'data-test': 'screening-result', 'aria-live': 'polite' });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = { name: name.value.trim() };
    if (country.value.trim()) body.country = country.value.trim().toUpperCase();
    if (wallet.value.trim()) body.wallet = wallet.value.trim();
    submit.disabled = true;
    replace(out, h('p', { class: 'muted' }, 'Screening…'));
    postJson('/screening', body)
      .then((answer) => {
        const s = screeningOf(answer);
        const simple = Object.fromEntries(Object.entries(answer).filter(([, v]) => v === null || typeof v !== 'object'));
        replace(out,
          s.outcome ? h('p', { class: 'outcome', 'data-test': 'screening-outcome' }, h('strong', {}, display(s.outcome))) : null,
          s.matches.length > 0
            ? table(['match', 'list', 'score', 'why'], s.matches.map((m) => [m.name, m.list, display(m.score), m.reason]), { test: 'screening-matches', rowTest: 'screening-match' })
            : h('p', { 'data-test': 'screening-no-match' }, 'No match in the public sources.'),
          propertyList(simple, 'screening-summary'),
          h('details', {}, h('summary', {}, 'Full answer (JSON)'), h('pre', { 'data-test': 'screening-json' }, JSON.stringify(answer, null, 2))));
      })
      .catch((err) => replace(out, problemBox(err)))
      .finally(() => { submit.disabled = false; });
  });
  main.append(h('h1', {}, 'Screening'),
    h('p', { class: 'muted' }, 'Screens a counterparty against public sources only (sanctions, designations, owners, wallet exposure).'),
    form, out);
  name.focus();
}
