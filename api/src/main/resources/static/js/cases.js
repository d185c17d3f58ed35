// Cases (GET /api/v1/cases), one case (GET /api/v1/cases/{key}) with the downloads of its pack
// (GET /api/v1/cases/{key}/pack?format=html|json|ftm), and the "build a case" form (POST /api/v1/cases).
import { apiUrl, getJson, itemsOf, postJson, problemBox } from './api.js';
import { display, field, h, loading, propertyList, replace, select, table } from './dom.js';
import { caseHref, elementHref } from './links.js';

const KINDS = ['finding', 'party', 'account', 'wallet', 'transfer', 'report'];

/** The fields of a case (list item or single answer), in one place. */
function caseOf(c) {
  const subject = c.subject ?? c.around ?? c.from ?? c.start ?? null;
  return {
    key: c.key ?? c.name ?? c.id ?? '',
    name: c.name ?? c.title ?? c.key ?? '',
    subject: subject && typeof subject === 'object'
      ? { kind: subject.kind ?? '', key: subject.key ?? '', label: subject.label ?? subject.key ?? '' }
      : subject ? { kind: c.kind ?? '', key: String(subject), label: String(subject) } : null,
    created: c.createdAt ?? c.created ?? c.builtAt ?? '',
    createdBy: c.createdBy ?? c.user ?? '',
    offences: itemsOf(c.offences ?? c.predicateOffences ?? []).map((o) => (typeof o === 'string' ? { name: o, evidence: [] } : {
      name: o.name ?? o.offence ?? o.title ?? '',
      evidence: itemsOf(o.evidence ?? []),
    })),
    counts: c.counts ?? null,
    marking: c.marking ?? '',
  };
}

function packHref(key, format) {
  return apiUrl(`/cases/${encodeURIComponent(key)}/pack`, { format });
}

function downloads(key) {
  return h('p', { class: 'actions', 'data-test': 'case-downloads' },
    h('a', { class: 'button', href: packHref(key, 'html'), target: '_blank', rel: 'noopener', 'data-test': 'case-download-html' }, 'Case pack (HTML)'),
    h('a', { class: 'button', href: packHref(key, 'json'), download: `${key}.json`, 'data-test': 'case-download-json' }, 'JSON'),
    h('a', { class: 'button', href: packHref(key, 'ftm'), download: `${key}.ftm.json`, 'data-test': 'case-download-ftm' }, 'FollowTheMoney'));
}

function buildForm(route) {
  const kind = select('case-kind', KINDS, route.params.get('kind') ?? 'finding', { 'data-test': 'case-kind' });
  const key = h('input', { id: 'case-key', required: true, value: route.params.get('key') ?? '', 'data-test': 'case-key', autocomplete: 'off' });
  const name = h('input', { id: 'case-name', required: true, pattern: '[A-Za-z0-9._-]+', 'data-test': 'case-name', placeholder: 'naga', autocomplete: 'off' });
  const status = h('div', { 'aria-live': 'polite', 'data-test': 'case-build-status' });
  const submit = h('button', { type: 'submit', 'data-test': 'case-build-submit' }, 'Build case');
  const form = h('form', { class: 'inline-form', 'data-test': 'case-build-form' },
    field('Around a', kind), field('Key', key), field('Case name', name), submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit.disabled = true;
    replace(status, h('p', { class: 'muted' }, 'Building… (gathers findings, traces, owner paths and provenance)'));
    postJson('/cases', { kind: kind.value, key: key.value.trim(), name: name.value.trim() })
      .then((answer) => {
        const built = caseOf(answer);
        window.location.hash = caseHref(built.key || name.value.trim());
      })
      .catch((err) => replace(status, problemBox(err)))
      .finally(() => { submit.disabled = false; });
  });
  return h('section', { 'aria-labelledby': 'case-build-title' }, h('h2', { id: 'case-build-title' }, 'Build a case'), form, status);
}

export function renderList(main, route, ctx) {
  const out = h('div', { 'data-test': 'cases' }, loading());
  main.append(h('h1', {}, 'Cases'), ctx.has('ANALYST') ? buildForm(route) : null, h('h2', {}, 'All cases'), out);
  getJson('/cases')
    .then((answer) => {
      const items = itemsOf(answer).map(caseOf);
      if (items.length === 0) {
        replace(out, h('p', { 'data-test': 'cases-empty' }, 'No cases yet.'));
        return;
      }
      replace(out, table(['case', 'around', 'built', 'by'],
        items.map((c) => [
          h('a', { href: caseHref(c.key), 'data-test': 'case-link' }, c.name),
          c.subject ? c.subject.label : '—',
          display(c.created),
          display(c.createdBy),
        ]),
        { test: 'cases-table', rowTest: 'case-row' }));
    })
    .catch((e) => replace(out, problemBox(e)));
}

export function renderOne(main, route) {
  const key = route.path.join('/');
  const out = h('div', { 'data-test': 'case' }, loading());
  main.append(out);
  getJson(`/cases/${encodeURIComponent(key)}`)
    .then((answer) => {
      const c = caseOf(answer);
      const rest = Object.fromEntries(Object.entries(answer).filter(([, v]) => v === null || typeof v !== 'object'));
      replace(out,
        h('h1', { 'data-test': 'case-title' }, `Case ${c.name || key}`),
        h('p', { class: 'marking' }, c.marking || 'For FIU and prosecutor use only.'),
        downloads(c.key || key),
        c.subject ? h('p', {}, 'Around: ', h('a', { href: elementHref(c.subject.kind, c.subject.key) }, c.subject.label)) : null,
        c.offences.length > 0 ? [h('h2', {}, 'Predicate offences'), h('ul', { 'data-test': 'case-offences' },
          c.offences.map((o) => h('li', {}, o.name, o.evidence.length > 0 ? ` — ${o.evidence.length} pieces of evidence` : '')))] : null,
        c.counts ? [h('h2', {}, 'Contents'), propertyList(c.counts, 'case-counts')] : null,
        h('h2', {}, 'Details'),
        propertyList(rest, 'case-properties'));
    })
    .catch((e) => replace(out, h('h1', {}, `Case ${key}`), problemBox(e), downloads(key)));
}
