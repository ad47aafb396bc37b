import { formatClock } from '../../_lib/local-time.js';
import type { ServiceCheck } from './service-check.js';

const OPEN = 8 * 60;
const CLOSE = 21 * 60;

/**
 * `tom.visitors`, as far as a profile can show it: declared visitor hours lie within Mon–Fri
 * 08:00–21:00. Supervision, chip cards, reception and alarm are for the on-site audit; no
 * declared hours is no finding.
 */
export const checkVisitorHours: ServiceCheck = ({ profile }) =>
  (profile.visitorHours ?? [])
    .filter(({ day, from, to }) => day === 'sat' || day === 'sun' || from < OPEN || to > CLOSE)
    .map(({ day, from, to }) => {
      const range = `${clock(from)}-${clock(to)}`;
      return {
        path: `visitorHours.${day}`,
        message: { en: `Visitors may enter on ${day} ${range}, outside Mon–Fri 08:00–21:00.`, de: `Besucher dürfen am ${day} ${range} eintreten, außerhalb Mo–Fr 08:00–21:00.` },
        actual: range,
        expected: { en: 'Mon–Fri within 08:00–21:00', de: 'Mo–Fr innerhalb 08:00–21:00' },
      };
    });

function clock(minutes: number): string {
  return formatClock(minutes % 1440 === 0 && minutes > 0 ? 1440 : minutes % 1440);
}
