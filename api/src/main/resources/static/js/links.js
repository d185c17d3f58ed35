// Hash-route addresses. Keys hold ':' and '/', so each is one encoded path segment.

export function elementHref(kind, key) {
  return `#/element/${encodeURIComponent(kind)}/${encodeURIComponent(key)}`;
}

export function graphHref(kind, key) {
  return `#/graph/${encodeURIComponent(kind)}/${encodeURIComponent(key)}`;
}

export function findingHref(key) {
  return `#/finding/${encodeURIComponent(key)}`;
}

export function caseHref(key) {
  return `#/case/${encodeURIComponent(key)}`;
}

export function traceHref(params) {
  return `#/trace?${new URLSearchParams(params)}`;
}

/** Sets the hash to view + query without a new render when nothing changed. */
export function go(path, params) {
  const q = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null)).toString() : '';
  const target = `#/${path}${q ? `?${q}` : ''}`;
  if (window.location.hash !== target) window.location.hash = target;
}
