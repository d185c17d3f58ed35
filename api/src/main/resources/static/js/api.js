// Calls to the flowtrace REST API (/api/v1): JSON in and out, the CSRF token from the XSRF-TOKEN cookie
// sent back as the X-XSRF-TOKEN header on every state-changing request, and errors as RFC 9457
// problem details turned into an ApiError that views show with problemBox().
import { h } from './dom.js';

export const API = '/api/v1';

/** An answer that was not 2xx: status and the problem details (title, detail …) if the server sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function csrfToken() {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'XSRF-TOKEN') return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** A URL under /api/v1 with the given query parameters; empty values are left out. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  }
  const q = query.toString();
  return API + path + (q ? `?${q}` : '');
}

async function send(method, url, body, accept) {
  const headers = { Accept: accept };
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let problem = {};
    try {
      const type = response.headers.get('Content-Type') || '';
      if (type.includes('json')) problem = await response.json();
    } catch {
      problem = {};
    }
    if (!problem.title) problem.title = response.statusText || `HTTP ${response.status}`;
    const retry = response.headers.get('Retry-After');
    if (retry && !problem.retryAfter) problem.retryAfter = retry;
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function getJson(path, params) {
  const response = await send('GET', apiUrl(path, params), undefined, 'application/json');
  return response.json();
}

export async function getText(path, params) {
  const response = await send('GET', apiUrl(path, params), undefined, 'text/html, text/plain, */*');
  return response.text();
}

export async function postJson(path, body) {
  const response = await send('POST', apiUrl(path), body, 'application/json');
  return response.status === 204 ? {} : response.json();
}

/** The items of a page answer ({"items": […], "page", "size", "total"}), or the array itself. */
export function itemsOf(answer) {
  if (Array.isArray(answer)) return answer;
  if (answer && Array.isArray(answer.items)) return answer.items;
  return [];
}

/** A visible error: the problem's title, detail and status; a sign-in link on 401. */
export function problemBox(error) {
  const box = h('div', { class: 'problem', role: 'alert', 'data-test': 'problem' });
  if (error instanceof ApiError) {
    const p = error.problem;
    box.append(h('strong', {}, `${p.title} (${error.status})`));
    if (p.detail) box.append(h('p', {}, p.detail));
    if (p.retryAfter) box.append(h('p', {}, `Try again in ${p.retryAfter} s.`));
    if (error.status === 401) box.append(h('p', {}, h('a', { href: '/login' }, 'Sign in')));
    if (error.status === 403) box.append(h('p', {}, 'Your role does not allow this.'));
  } else {
    box.append(h('strong', {}, 'The request failed'), h('p', {}, String(error && error.message ? error.message : error)));
  }
  return box;
}
