// An edge function (Workers module syntax): GET /?severity=2&receivedAt=<instant>&now=<instant>
// answers with the ticket's response deadline under the UK support SLA and the CRM maintenance
// windows active at `now`. Instants in a query string need their '+' escaped as %2B.
import { crmMaintenance, isPolicyClockError, ukSupportSla } from 'policyclock';

// Built once per isolate, reused by every request: both are immutable.
const sla = ukSupportSla();
const maintenance = crmMaintenance();

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname !== '/') return json({ error: { code: 'NOT_FOUND', message: `no route ${url.pathname}` } }, 404);
    if (request.method !== 'GET') return json({ error: { code: 'METHOD_NOT_ALLOWED', message: 'use GET' } }, 405);
    const query = url.searchParams;
    const severity = query.get('severity');
    if (severity === null) return json({ error: { code: 'INVALID_INPUT', path: 'severity', message: 'severity: required' } }, 400);
    try {
      // An edge function may read the clock; the library never does, so "now" is passed in.
      const now = query.get('now') ?? new Date().toISOString();
      const receivedAt = query.get('receivedAt') ?? now;
      const deadline = sla.deadline({ severity, receivedAt });
      const activeMaintenance = maintenance.activeAt(now);
      return json({ severity, deadline, activeMaintenance });
    } catch (error) {
      if (!isPolicyClockError(error)) throw error;
      return json({ error: { code: error.code, path: error.path, message: error.message } }, 400);
    }
  },
};

function json(body, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
