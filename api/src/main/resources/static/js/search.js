// Search: parties, accounts, wallets, transfers and reports (GET /api/v1/search), results linking to
// element pages.
import { getJson, itemsOf, problemBox } from './api.js';
import { field, h, loading, replace, select, table } from './dom.js';
import { elementHref, go } from './links.js';

const KINDS = [['', 'any kind'], 'party', 'account', 'wallet', 'transfer', 'report'];
const SIZE = 20;

/** The fields of one search result, in one place. */
function result(item) {
  return {
    kind: item.kind ?? '',
    key: item.key ?? item.id ?? '',
    label: item.label ?? item.name ?? item.key ?? '',
    detail: item.detail ?? item.description ?? '',
  };
}

export function render(main, route) {
  const q = route.params.get('q') ?? '';
  const kind = route.params.get('kind') ?? '';
  const page = Number(route.params.get('page') ?? 0) || 0;

  const input = h('input', {
    id: 'search-q', name: 'q', type: 'search', value: q, required: true, 'data-test': 'search-input',
    placeholder: 'name, account number, wallet address, transfer id, report', autocomplete: 'off',
  });
  const kindSelect = select('search-kind', KINDS, kind, { 'data-test': 'search-kind' });
  const form = h(
    'form', { class: 'inline-form', role: 'search', 'data-test': 'search-form' },
    field('Search for', input), field('Kind', kindSelect),
    h('button', { type: 'submit', 'data-test': 'search-submit' }, 'Search'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go('search', { q: input.value.trim(), kind: kindSelect.value });
  });
  const out = h('div', { 'data-test': 'search-results', 'aria-live': 'polite' });
  main.append(h('h1', {}, 'Search'), form, out);
  input.focus();
  if (!q) return;

  replace(out, loading());
  getJson('/search', { q, kind, page, size: SIZE })
    .then((answer) => {
      const items = itemsOf(answer).map(result);
      const total = answer.total ?? items.length;
      if (items.length === 0) {
        replace(out, h('p', { 'data-test': 'search-empty' }, `Nothing found for “${q}”.`));
        return;
      }
      const rows = items.map((r) => [
        r.kind,
        h('a', { href: elementHref(r.kind, r.key), 'data-test': 'search-result-link' }, r.label || r.key),
        h('code', {}, r.key),
        r.detail,
      ]);
      const pager = h('nav', { class: 'pager', 'aria-label': 'result pages' });
      if (page > 0) pager.append(h('a', { href: `#/search?${new URLSearchParams({ q, kind, page: page - 1 })}` }, '← previous'));
      pager.append(h('span', {}, ` ${page * SIZE + 1}–${page * SIZE + items.length} of ${total} `));
      if ((page + 1) * SIZE < total) pager.append(h('a', { href: `#/search?${new URLSearchParams({ q, kind, page: page + 1 })}` }, 'next →'));
      replace(out, table(['kind', 'element', 'key', 'detail'], rows, { test: 'search-table', rowTest: 'search-result' }), pager);
    })
    .catch((e) => replace(out, problemBox(e)));
}
