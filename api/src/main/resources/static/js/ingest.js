// Ingest runs and their status (GET /api/v1/ingest-runs); rejects only for analysts.
import { apiUrl, getJson, itemsOf, problemBox } from './api.js';
import { display, h, loading, replace, table } from './dom.js';

/** The fields of one run, in one place. */
function runOf(r) {
  return {
    id: r.id ?? r.runId ?? r.executionId ?? '',
    job: r.job ?? r.jobName ?? '',
    status: r.status ?? '',
    started: r.startedAt ?? r.started ?? r.startTime ?? '',
    ended: r.endedAt ?? r.ended ?? r.endTime ?? '',
    read: r.read ?? r.readCount ?? r.counts?.read ?? null,
    written: r.written ?? r.writeCount ?? r.counts?.written ?? null,
    rejected: r.rejected ?? r.skipCount ?? r.counts?.rejected ?? null,
    input: r.input ?? r.file ?? '',
  };
}

export function render(main, route, ctx) {
  const out = h('div', { 'data-test': 'ingest-runs' }, loading());
  main.append(h('h1', {}, 'Ingest runs'), out);
  getJson('/ingest-runs')
    .then((answer) => {
      const runs = itemsOf(answer).map(runOf);
      if (runs.length === 0) {
        replace(out, h('p', {}, 'No ingest runs.'));
        return;
      }
      replace(out, table(['run', 'job', 'status', 'started', 'ended', 'read', 'written', 'rejected', ctx.has('ANALYST') ? 'rejects' : ''],
        runs.map((r) => [display(r.id), r.job, r.status, display(r.started), display(r.ended), display(r.read), display(r.written), display(r.rejected),
          ctx.has('ANALYST') && r.id !== '' ? h('a', { href: apiUrl(`/ingest-runs/${encodeURIComponent(r.id)}/rejects`), target: '_blank', rel: 'noopener' }, 'rejects') : '']),
        { test: 'ingest-table', rowTest: 'ingest-row' }));
    })
    .catch((e) => replace(out, problemBox(e)));
}
