import * as z from 'zod/mini';
import { fail } from '../../errors.js';
import { zoneTable } from '../../calendars/zone-table.js';
import { toMs } from '../../_lib/instant.js';
import { DAY_MS } from '../../_lib/local-time.js';
import { parseInput } from '../../_lib/validate.js';
import { readOptions } from '../read-options.js';
import { compareFindings, type Finding } from '../finding.js';
import { formatInZone } from '../format-in-zone.js';
import { CertificationEventSchema, type CertificationEvent } from './certification-event-schema.js';
import { certificationNextStep } from './certification-next-step.js';
import { CERTIFICATION_RULES } from './certification-rules.js';
import { CertificationStatusOptionsSchema, type CertificationStatus, type CertificationStatusOptions } from './certification-status-schema.js';
import {
  CERTIFICATION_EVENT_TYPES, CERTIFICATION_TRANSITIONS,
  type CertificationEventType, type CertificationRuleId, type CertificationState, type CertificationTransition,
} from './certification-transitions.js';

const EventsSchema = /* @__PURE__ */ (() =>
  z.array(CertificationEventSchema))();
const FEEDBACK_DAYS = 14;

/**
 * Runs a certification case (seed 000, POLICIES.md §5) through `CERTIFICATION_TRANSITIONS`.
 * Events are taken in time order (ties in input order). An event the process does not allow in
 * the current state (an invoice before the review is complete, a third review) becomes a `must`
 * finding and changes nothing: never an exception. Events after `now` are an input error.
 *
 * @example
 * const status = certificationStatus([
 *   { type: 'applied', at: '2026-03-02T09:00:00+01:00' },
 *   { type: 'review-completed', at: '2026-03-12T09:00:00+01:00', findings: ['no backup evidence'] },
 *   { type: 'remediation-submitted', at: '2026-03-20T09:00:00+01:00' },
 *   { type: 'review-completed', at: '2026-03-27T09:00:00+01:00', findings: [] },
 * ], { now: '2026-04-01T00:00:00+02:00' });
 * status.state    //=> 'certified'
 * status.reviews  //=> 2
 * status.fee      //=> 'standard'
 * status.billable //=> true
 */
export function certificationStatus(events: readonly CertificationEvent[], options: CertificationStatusOptions): CertificationStatus {
  const opts = readOptions(CertificationStatusOptionsSchema, options);
  const nowMs = toMs(opts.now, ['now']);
  const zone = zoneTable(opts.timeZone ?? 'Europe/Berlin', ['timeZone']);
  const locale = opts.locale ?? 'en';
  const timeline = parseInput(EventsSchema, events, ['events'])
    .map((event, index) => {
      const ms = toMs(event.at, ['events', index, 'at']);
      if (ms > nowMs) fail('INVALID_INPUT', ['events', index, 'at'], 'the event is after `now`: the status is of a case as it stands at `now`');
      if (event.findings !== undefined && event.type !== 'review-completed') fail('INVALID_INPUT', ['events', index, 'findings'], 'only a review-completed event has findings');
      return { type: event.type, findings: event.findings ?? [], ms, index };
    })
    .sort((a, b) => a.ms - b.ms || a.index - b.index);

  const at = (ms: number): string => `${formatInZone(ms, zone)} (${zone.timeZone})`;
  const findings: Finding[] = [];
  let state: CertificationState = 'not-applied';
  let resume: CertificationState = 'not-applied';
  let reviews = 0;
  let invoiced = false;
  let questionnaire = false;
  let openPoints: readonly string[] = [];
  // The event that started the pending review's 14 days (application or remediation), if any.
  let clock: { ms: number; index: number } | undefined;

  const refuse = (event: (typeof timeline)[number], rule: CertificationRuleId, why: string): void => {
    const allowed = CERTIFICATION_EVENT_TYPES.filter((type) => !isDenied(state, type));
    findings.push({
      rule,
      level: 'must',
      message: locale === 'de'
        ? `${event.type} (${at(event.ms)}) ist im Zustand ${state} nicht zulässig: ${why}.`
        : `${event.type} (${at(event.ms)}) is not allowed while the case is ${state}: ${why}.`,
      path: `events[${event.index}]`,
      source: CERTIFICATION_RULES[rule].source[locale],
      actual: event.type,
      expected: allowed.join(', '),
    });
  };

  for (const event of timeline) {
    const cell: CertificationTransition = CERTIFICATION_TRANSITIONS[state][event.type];
    if (typeof cell === 'object' && 'deny' in cell) {
      refuse(event, cell.deny, CERTIFICATION_RULES[cell.deny].why![locale]);
      continue;
    }
    if (event.type === 'invoice-issued' && invoiced) {
      refuse(event, 'cert.billing', locale === 'de' ? 'das Verfahren ist bereits abgerechnet' : 'the case is already invoiced');
      continue;
    }
    switch (event.type) {
      case 'applied':
      case 'remediation-submitted':
        clock = { ms: event.ms, index: event.index };
        break;
      case 'questionnaire-submitted':
        questionnaire = true;
        // Answered while documents are outstanding: the interrupted review moves on too.
        if (state === 'documents-requested') resume = next(resume, 'questionnaire-submitted');
        break;
      case 'documents-requested':
        if (state !== 'documents-requested') resume = state;
        break;
      case 'review-completed':
        reviews++;
        openPoints = event.findings;
        clock = undefined;
        break;
      case 'invoice-issued':
        invoiced = true;
        break;
    }
    state = cell === 'resume' ? resume : typeof cell === 'string' ? cell : openPoints.length > 0 ? cell.findings : cell.clean;
  }

  const dueMs = clock && zone.fromLocal(zone.toLocal(clock.ms) + FEEDBACK_DAYS * DAY_MS);
  const overdue = dueMs !== undefined && nowMs > dueMs;
  if (overdue) {
    findings.push({
      rule: 'cert.review',
      level: 'should',
      message: locale === 'de'
        ? `Die Rückmeldung war am ${at(dueMs)} fällig (${FEEDBACK_DAYS} Kalendertage); die Prüfung ist überfällig.`
        : `Feedback was due on ${at(dueMs)} (${FEEDBACK_DAYS} calendar days); the review is overdue.`,
      path: `events[${clock!.index}]`,
      source: CERTIFICATION_RULES['cert.review'].source[locale],
      expected: locale === 'de' ? `Rückmeldung bis ${at(dueMs)}` : `feedback by ${at(dueMs)}`,
    });
  }
  const complete = state === 'certified' || state === 'not-certified';
  return {
    state,
    reviews,
    ...(dueMs !== undefined && { feedbackDue: new Date(dueMs) }),
    overdue,
    billable: complete && !invoiced,
    fee: complete ? 'standard' : 'none',
    invoiced,
    questionnaireSubmitted: questionnaire,
    openPoints,
    findings: findings.sort(compareFindings),
    nextStep: certificationNextStep(state, { ...(dueMs !== undefined && { due: at(dueMs) }), questionnaire, invoiced, openPoints }, locale),
  };
}

function isDenied(state: CertificationState, type: CertificationEventType): boolean {
  const cell = CERTIFICATION_TRANSITIONS[state][type];
  return typeof cell === 'object' && 'deny' in cell;
}

/** The state a plain transition leads to, or `state` itself when the cell is anything else. */
function next(state: CertificationState, type: CertificationEventType): CertificationState {
  const cell = CERTIFICATION_TRANSITIONS[state][type];
  return typeof cell === 'string' && cell !== 'resume' ? cell : state;
}
