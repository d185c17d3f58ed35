// The audit log (GET /api/v1/audit, newest first) and its hash-chain check (GET /api/v1/audit/verify).
import { getJson, itemsOf, problemBox } from './api.js';
import { display, h, loading, propertyList, replace, table } from './dom.js';

const SIZE = 50;

/** The fields of one audit line, in one place. */
function lineOf(a) {
  return {
    time: a.time ?? a.at ?? a.timestamp ?? '',
    user: a.user ?? '',
    roles: a.roles ?? [],
    client: a.client ?? a.clientAddress ?? a.remoteAddress ?? '',
    method: a.method ?? '',
    path: a.path ?? '',
    query: a.query ?? '',
    status: a.status ?? a.outcome ?? '',
  };
}

export function render(main, route) {
  const page = Number(route.params.get('page') ?? 0) || 0;
  const verifyOut = h('div', { 'aria-live': 'polite', 'data-test': 'audit-verify-result' });
  const verify = h('button', { type: 'button', 'data-test': 'audit-verify' }, 'Check the hash chain');
  verify.addEventListener('click', () => {
    replace(verifyOut, loading());
    getJson('/audit/verify').then((a) => replace(verifyOut, propertyList(a, 'audit-verify-answer'))).catch((e) => replace(verifyOut, problemBox(e)));
  });
  const out = h('div', { 'data-test': 'audit' }, loading());
  main.append(h('h1', {}, 'Audit log'), h('p', { class: 'actions' }, verify), verifyOut, out);
  getJson('/audit', { page, size: SIZE })
    .then((answer) => {
      const lines = itemsOf(answer).map(lineOf);
      const total = answer.total ?? lines.length;
      const pager = h('nav', { class: 'pager', 'aria-label': 'audit pages' });
      if (page > 0) pager.append(h('a', { href: `#/audit?page=${page - 1}` }, '← newer'));
      pager.append(h('span', {}, ` ${lines.length === 0 ? 0 : page * SIZE + 1}–${page * SIZE + lines.length} of ${total} `));
      if ((page + 1) * SIZE < total) pager.append(h('a', { href: `#/audit?page=${page + 1}` }, 'older →'));
      replace(out, table(['time', 'user', 'roles', 'client', 'method', 'path', 'query', 'status'],
        lines.map((l) => [l.time, l.user, display(l.roles), l.client, l.method, h('code', {}, l.path), display(l.query), display(l.status)]),
        { test: 'audit-table', rowTest: 'audit-row' }), pager);
    })
    .catch((e) => replace(out, problemBox(e)));
}
