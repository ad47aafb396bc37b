import type { Text } from '../locale.js';
import type { NormalisedServiceProfile } from './read-service-profile.js';
import type { ServiceCheck, ServiceCheckIssue } from './service-check.js';

const MIN_NOTICE_MS = 24 * 3_600_000;

/** A commitment the profile must declare `true`; absent is a finding too (nothing to review). */
function declared(profile: NormalisedServiceProfile, field: 'transportEncryption' | 'separateCustomerData' | 'pseudonymisedAnalyses', what: Text): ServiceCheckIssue[] {
  const value = profile[field];
  if (value === true) return [];
  return [{
    path: field,
    message: value === undefined
      ? { en: `Not declared: ${what.en}.`, de: `Nicht angegeben: ${what.de}.` }
      : { en: `Not met: ${what.en}.`, de: `Nicht erfüllt: ${what.de}.` },
    ...(value !== undefined && { actual: value }),
    expected: { en: `${field}: true`, de: `${field}: true` },
  }];
}

/** `tom.transport-encryption` */
export const checkTransportEncryption: ServiceCheck = ({ profile }) =>
  declared(profile, 'transportEncryption', { en: 'data in transit is encrypted (TLS/HTTPS)', de: 'Daten werden verschlüsselt übertragen (TLS/HTTPS)' });

/** `tom.separation` */
export const checkSeparation: ServiceCheck = ({ profile }) =>
  declared(profile, 'separateCustomerData', { en: 'data of different purposes and customers is stored separately', de: 'Daten unterschiedlicher Zwecke und Kunden werden getrennt gespeichert' });

/** `tom.pseudonymisation` */
export const checkPseudonymisation: ServiceCheck = ({ profile }) =>
  declared(profile, 'pseudonymisedAnalyses', { en: 'data analyses use pseudonymised or anonymised data', de: 'Datenanalysen nutzen pseudonymisierte oder anonymisierte Daten' });

/** `tom.no-analytics`: one finding per analytics tool; no list means none declared. */
export const checkNoAnalytics: ServiceCheck = ({ profile }) =>
  (profile.analytics ?? []).map((tool, i) => ({
    path: `analytics[${i}]`,
    message: { en: `Web analytics inside the application: ${tool}.`, de: `Web-Analyse in der Anwendung: ${tool}.` },
    actual: tool,
    expected: { en: 'no web-analytics tools in the application', de: 'keine Web-Analyse-Werkzeuge in der Anwendung' },
  }));

/** `transparency.status-page`: a status page is named. */
export const checkStatusPage: ServiceCheck = ({ profile }) =>
  (profile.statusPage ?? '').trim() !== '' ? [] : [{
    path: 'statusPage',
    message: { en: 'No status page is named.', de: 'Es ist keine Statusseite angegeben.' },
    expected: { en: 'the address of the status page', de: 'die Adresse der Statusseite' },
  }];

/** `maintenance.notice`: planned maintenance is announced at least 24 h ahead. */
export const checkMaintenanceNotice: ServiceCheck = ({ profile }) => {
  const notice = profile.maintenanceNotice;
  if (notice !== undefined && notice >= MIN_NOTICE_MS) return [];
  const hours = notice === undefined ? undefined : notice / 3_600_000;
  return [{
    path: 'maintenanceNotice',
    message: hours === undefined
      ? { en: 'No maintenance notice period is declared.', de: 'Es ist keine Ankündigungsfrist für Wartungen angegeben.' }
      : { en: `Maintenance is announced only ${hours} h ahead.`, de: `Wartungen werden nur ${hours} h im Voraus angekündigt.` },
    ...(hours !== undefined && { actual: hours }),
    expected: { en: 'at least 24 h notice', de: 'mindestens 24 h Vorlauf' },
  }];
};

/** `sla.response-time`: response targets are stated (at least one severity). */
export const checkSupportTargets: ServiceCheck = ({ profile }) =>
  Object.keys(profile.supportTargets ?? {}).length > 0 ? [] : [{
    path: 'supportTargets',
    message: { en: 'No support response targets are stated.', de: 'Es sind keine Reaktionszeiten für den Support angegeben.' },
    expected: { en: 'a response target per severity', de: 'eine Reaktionszeit je Schweregrad' },
  }];
