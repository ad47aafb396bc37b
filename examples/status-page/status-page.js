// The status page's one module: evaluates the library's presets for "now" and renders what a
// visitor needs. Query parameters: ?tenant=<id> (whose maintenance wave), ?now=<ISO instant>
// (a fixed "now", for tests and previews), ?tz=<IANA zone> (display zone; default: the browser's).
import { cohortOf, crmMaintenance, isPolicyClockError, ukBusinessHours } from 'policyclock';

const DAY_MS = 86_400_000;
const LISTED_DAYS = 28;
const ICS_DAYS = 90;
/** Windows shorter than this (the nightly restart: seconds) are summarised, not listed. */
const SHORT_MS = 60_000;

const params = new URLSearchParams(location.search);
const $ = (id) => document.getElementById(id);

try {
  render({
    // The one place that reads the clock: a page shows the present unless told otherwise.
    now: params.get('now') ?? new Date().toISOString(),
    tenant: params.get('tenant') ?? 'anonymous',
    timeZone: params.get('tz') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
} catch (error) {
  const problem = $('error');
  problem.hidden = false;
  problem.textContent = isPolicyClockError(error) ? `Cannot show the status for ?now=${params.get('now')}: ${error.message}` : String(error);
  throw error;
}

function render({ now: nowText, tenant, timeZone }) {
  // The library validates the instant first (an ISO string needs Z or an offset: `new Date()` would
  // silently read '2026-04-10T01:30' in the browser's zone); once accepted, a Date of it is exact.
  const support = ukBusinessHours();
  const open = support.isOpen(nowText);
  const now = new Date(nowText);
  const when = formatter(timeZone);
  $('zone').textContent = timeZone;
  $('now').textContent = when(now);
  $('now').dateTime = now.toISOString();

  const status = $('support-status');
  if (open) {
    status.className = 'status open';
    status.textContent = `Support is open until ${when(support.nextClose(now))}.`;
  } else {
    status.className = 'status closed';
    status.textContent = `Support is closed. It opens ${when(support.nextOpen(now))}.`;
  }

  const schedule = crmMaintenance();
  const cohort = cohortOf(tenant, { early: 0.1, main: 0.9 });

  // The banner: every window active now, and whether one of them concerns this tenant's wave.
  const active = schedule.activeAt(now);
  const ours = schedule.activeAt(now, { cohort });
  const banner = $('maintenance-banner');
  banner.hidden = active.length === 0;
  if (active.length > 0) {
    banner.textContent = ours.length > 0
      ? `We are in maintenance: ${ours.map((o) => `${o.title ?? o.windowId} until ${when(o.end)}`).join('; ')}.`
      : `Maintenance is in progress for other tenants: ${active.map((o) => o.title ?? o.windowId).join(', ')}. Your service (${cohort} wave) is not affected.`;
  }

  // The list: the status feed of the next weeks for this tenant (its wave and all-tenant windows).
  $('cohort').textContent = `Tenant ${tenant} gets application upgrades in the ${cohort} wave.`;
  const feed = schedule.toFeed(now, { horizon: { hours: LISTED_DAYS * 24 }, filter: { cohort } }).windows;
  const long = feed.filter((w) => Date.parse(w.end) - Date.parse(w.start) >= SHORT_MS);
  const short = feed.filter((w) => Date.parse(w.end) - Date.parse(w.start) < SHORT_MS);
  $('window-list').replaceChildren(...long.map((w) => {
    const item = document.createElement('li');
    item.textContent = `${when(new Date(w.start))} – ${when(new Date(w.end))}: ${w.title}${w.state === 'active' ? ' — in progress' : ''}`;
    const who = document.createElement('span');
    who.className = 'cohort';
    who.textContent = w.cohort === undefined ? ' · all tenants' : ' · your wave';
    item.append(who);
    return item;
  }));
  $('short-windows').textContent = short.length === 0 ? '' :
    `Not listed: ${short.length} restart${short.length === 1 ? '' : 's'} of a few seconds (next ${when(new Date(short[0].start))}).`;

  // The tenant's own calendar: its wave and the windows for all tenants.
  const ics = schedule.toICalendar(now, new Date(now.getTime() + ICS_DAYS * DAY_MS), { name: 'CRM cloud maintenance', filter: { cohort } });
  const link = $('ics-download');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
  link.hidden = false;
  document.body.dataset.ready = 'true';
}

/** `Fri 10 Apr 2026, 00:00 CEST`: day, date and wall clock in the display zone, with its abbreviation. */
function formatter(timeZone) {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
  });
  return (date) => {
    const p = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
    return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} ${p.timeZoneName}`;
  };
}
