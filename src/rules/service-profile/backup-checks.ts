import { DAY_MS } from '../../_lib/local-time.js';
import type { ServiceCheck, ServiceCheckIssue } from './service-check.js';

const HOUR_MS = 3_600_000;
/** Backups run "at least once a day"; a job that starts a little late is still daily. */
const BACKUP_TOLERANCE_MS = 2 * HOUR_MS;
/** The longest allowed gap between backups, and from the last backup to `now`: 26 h. */
const BACKUP_MAX_GAP_MS = DAY_MS + BACKUP_TOLERANCE_MS;
/** Six weeks. */
const BACKUP_RETENTION_MS = 42 * DAY_MS;

const MISSING: ServiceCheckIssue = {
  path: 'backups',
  message: { en: 'No backup record is given.', de: 'Es sind keine Sicherungen angegeben.' },
  expected: { en: 'the backup timestamps and whether backups go off-site', de: 'die Zeitpunkte der Sicherungen und ob sie räumlich getrennt liegen' },
};

/**
 * `tom.backup-daily`: within the retention span (the last 42 days), no gap between consecutive
 * backups, nor from the last backup to `now`, is longer than 24 h plus the 2 h tolerance.
 * Backups after `now` are not counted.
 */
export const checkBackupDaily: ServiceCheck = ({ profile, nowMs, at }) => {
  if (!profile.backups) return [MISSING];
  const taken = profile.backups.taken.filter((t) => t <= nowMs);
  const issues: ServiceCheckIssue[] = [];
  const windowStart = nowMs - BACKUP_RETENTION_MS;
  for (let i = 1; i < taken.length; i++) {
    const from = taken[i - 1]!, to = taken[i]!;
    if (to > windowStart && to - from > BACKUP_MAX_GAP_MS) issues.push(gap(from, to, at, false));
  }
  const last = taken[taken.length - 1];
  if (last === undefined) {
    issues.push({ ...MISSING, path: 'backups.taken', message: { en: 'No backup has been taken yet.', de: 'Es wurde noch keine Sicherung erstellt.' } });
  } else if (nowMs - last > BACKUP_MAX_GAP_MS) {
    issues.push(gap(last, nowMs, at, true));
  }
  return issues;
};

function gap(from: number, to: number, at: (ms: number) => string, untilNow: boolean): ServiceCheckIssue {
  const hours = Math.round(((to - from) / HOUR_MS) * 10) / 10;
  return {
    path: 'backups.taken',
    message: untilNow
      ? { en: `No backup since ${at(from)}: ${hours} h up to now.`, de: `Keine Sicherung seit ${at(from)}: ${hours} h bis jetzt.` }
      : { en: `No backup between ${at(from)} and ${at(to)}: a gap of ${hours} h.`, de: `Keine Sicherung zwischen ${at(from)} und ${at(to)}: eine Lücke von ${hours} h.` },
    actual: hours,
    expected: { en: 'a backup at least every 24 h (26 h with the tolerance)', de: 'mindestens alle 24 h eine Sicherung (26 h mit Toleranz)' },
    interval: { from, to },
  };
}

/**
 * `tom.backup-retention`: the backups reach back over the whole six weeks. A provider that keeps
 * each backup exactly 42 days and backs up daily holds an oldest backup at least 42 days minus
 * one daily gap old, so the oldest backup must be taken at or before `now − 42 d + 26 h`.
 * Gaps inside the span are `tom.backup-daily` findings.
 */
export const checkBackupRetention: ServiceCheck = ({ profile, nowMs, at }) => {
  if (!profile.backups) return [MISSING];
  const oldest = profile.backups.taken.find((t) => t <= nowMs);
  const latestAllowed = nowMs - BACKUP_RETENTION_MS + BACKUP_MAX_GAP_MS;
  if (oldest !== undefined && oldest <= latestAllowed) return [];
  const days = oldest === undefined ? 0 : Math.round(((nowMs - oldest) / DAY_MS) * 10) / 10;
  return [{
    path: 'backups.taken',
    message: oldest === undefined
      ? { en: 'No backup is retained.', de: 'Es wird keine Sicherung vorgehalten.' }
      : { en: `The oldest backup (${at(oldest)}) is ${days} days old: backups do not cover six weeks.`, de: `Die älteste Sicherung (${at(oldest)}) ist ${days} Tage alt: die Sicherungen reichen keine sechs Wochen zurück.` },
    actual: days,
    expected: { en: `a backup taken at or before ${at(latestAllowed)} (42 days, less one daily gap)`, de: `eine Sicherung von spätestens ${at(latestAllowed)} (42 Tage, abzüglich einer Tageslücke)` },
  }];
};

/** `tom.backup-offsite`: backups go to a physically separate backup server. */
export const checkBackupOffsite: ServiceCheck = ({ profile }) => {
  if (!profile.backups) return [MISSING];
  if (profile.backups.offsite) return [];
  return [{
    path: 'backups.offsite',
    message: { en: 'Backups are not kept on a physically separate server.', de: 'Sicherungen liegen nicht auf einem räumlich getrennten Server.' },
    actual: false,
    expected: { en: 'off-site backups (offsite: true)', de: 'räumlich getrennte Sicherungen (offsite: true)' },
  }];
};
