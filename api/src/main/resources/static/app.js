// The flowtrace web pages: a hash router (#/view/path…?query), the navigation the user's roles allow
// (GET /api/v1/me), and one module per view in js/. Plain ES modules; no inline script or style, so a
// strict Content-Security-Policy (default-src 'self') holds.
import { getJson, problemBox } from './js/api.js';
import { h, replace } from './js/dom.js';
import * as audit from './js/audit.js';
import * as cases from './js/cases.js';
import * as element from './js/element.js';
import * as findings from './js/findings.js';
import * as graph from './js/graph.js';
import * as ingest from './js/ingest.js';
import * as restitution from './js/restitution.js';
import * as screening from './js/screening.js';
import * as search from './js/search.js';
import * as trace from './js/trace.js';

const ANALYST = 'ANALYST';
const PROSECUTOR = 'PROSECUTOR';
const COMPLIANCE = 'COMPLIANCE';
const ADMIN = 'ADMIN';

/** Every view: who may see it (docs/api.md), its navigation title (none: reached by links) and renderer. */
const VIEWS = {
  search: { title: 'Search', roles: [ANALYST], render: search.render },
  element: { roles: [ANALYST, PROSECUTOR], render: element.render },
  graph: { title: 'Graph', roles: [ANALYST], render: graph.render },
  findings: { title: 'Findings', roles: [ANALYST], render: findings.renderList },
  finding: { roles: [ANALYST], render: findings.renderOne },
  trace: { title: 'Traces', roles: [ANALYST, PROSECUTOR], render: trace.render },
  restitution: { title: 'Restitution', roles: [ANALYST, PROSECUTOR], render: restitution.render },
  cases: { title: 'Cases', roles: [ANALYST, PROSECUTOR], render: cases.renderList },
  case: { roles: [ANALYST, PROSECUTOR], render: cases.renderOne },
  screening: { title: 'Screening', roles: [COMPLIANCE, ANALYST], render: screening.render },
  ingest: { title: 'Ingest runs', roles: [ANALYST, ADMIN], render: ingest.render },
  audit: { title: 'Audit log', roles: [ADMIN], render: audit.render },
};

/** #/element/wallet/TRON%3AT…?x=1 → {view: 'element', path: ['wallet', 'TRON:T…'], params}. */
export function parseRoute(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const segments = pathPart.split('/').filter((s) => s !== '').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { view: segments[0] ?? '', path: segments.slice(1), params };
}

function contextOf(me) {
  const roles = new Set((me.roles ?? me.authorities ?? []).map((r) => String(r).replace(/^ROLE_/, '').toUpperCase()));
  return {
    user: me.user ?? me.name ?? me.username ?? '',
    roles,
    has: (role) => roles.has(role),
    hasAny: (...wanted) => wanted.some((r) => roles.has(r)),
    mayView: (name) => Boolean(VIEWS[name]) && VIEWS[name].roles.some((r) => roles.has(r)),
  };
}

function navigation(ctx) {
  const nav = document.getElementById('nav');
  const entries = Object.entries(VIEWS).filter(([name, v]) => v.title && ctx.mayView(name));
  replace(nav, h('ul', {}, entries.map(([name, v]) =>
    h('li', {}, h('a', { href: `#/${name}`, 'data-test': `nav-${name}`, 'data-view': name }, v.title)))));
  replace(document.getElementById('user'),
    h('span', { 'data-test': 'user' }, ctx.user), ' ',
    h('span', { class: 'muted', 'data-test': 'roles' }, [...ctx.roles].join(', ')), ' ',
    h('form', { method: 'post', action: '/logout', class: 'logout', 'data-test': 'logout-form' },
      csrfInput(), h('button', { type: 'submit', class: 'link', 'data-test': 'logout' }, 'Sign out')));
  return entries.map(([name]) => name);
}

function csrfInput() {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? h('input', { type: 'hidden', name: '_csrf', value: decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) }) : null;
}

function show(ctx, allowed) {
  const route = parseRoute(window.location.hash);
  if (!route.view) {
    if (allowed.length > 0) window.location.replace(`#/${allowed[0]}`);
    else replace(document.getElementById('main'), h('p', { 'data-test': 'no-views' }, 'Your roles give you no pages here.'));
    return;
  }
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === route.view || `${a.dataset.view}`.replace(/s$/, '') === route.view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const main = document.getElementById('main');
  const fresh = h('div', { class: 'view', 'data-view': route.view });
  replace(main, fresh);
  const view = VIEWS[route.view];
  if (!view) {
    fresh.append(h('h1', {}, 'Not found'), h('p', { 'data-test': 'not-found' }, `No page “${route.view}”.`));
  } else if (!ctx.mayView(route.view)) {
    fresh.append(h('h1', {}, 'Not available'), h('p', { 'data-test': 'forbidden' }, 'Your role does not allow this page.'));
  } else {
    document.title = `${view.title ?? route.view} — flowtrace`;
    try {
      view.render(fresh, route, ctx);
    } catch (e) {
      fresh.append(problemBox(e));
    }
  }
  main.focus({ preventScroll: true });
}

async function start() {
  try {
    const ctx = contextOf(await getJson('/me'));
    const allowed = navigation(ctx);
    window.addEventListener('hashchange', () => show(ctx, allowed));
    show(ctx, allowed);
    document.body.dataset.ready = 'true';
  } catch (e) {
    replace(document.getElementById('main'), h('h1', {}, 'flowtrace'), problemBox(e));
    document.body.dataset.ready = 'error';
  }
}

// The skip link would change the hash (and so the route): focus the content instead.
document.querySelector('a.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  document.getElementById('main').focus();
});

start();
