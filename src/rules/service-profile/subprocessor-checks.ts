import type { Text } from '../locale.js';
import { inEuEea } from './eu-eea-countries.js';
import type { ServiceCheck, ServiceCheckIssue } from './service-check.js';

/**
 * `transparency.subprocessors`: the list exists (`[]` declares none) and every entry names its
 * entity, service and at least one safeguard.
 */
export const checkSubprocessorList: ServiceCheck = ({ profile }) => {
  if (!profile.subprocessors) {
    return [{
      path: 'subprocessors',
      message: { en: 'No sub-processor list is given (pass [] if there are none).', de: 'Es ist keine Liste der Unterauftragsverarbeiter angegeben ([] wenn es keine gibt).' },
      expected: { en: 'the list of sub-processors', de: 'die Liste der Unterauftragsverarbeiter' },
    }];
  }
  const issues: ServiceCheckIssue[] = [];
  profile.subprocessors.forEach((s, i) => {
    const who = named(s.name);
    if (s.name.trim() === '') issues.push(blank(`subprocessors[${i}].name`, { en: 'entity name', de: 'Name der Entität' }));
    if (s.service.trim() === '') issues.push(blank(`subprocessors[${i}].service`, { en: `service of ${who.en}`, de: `Dienst von ${who.de}` }));
    if (s.safeguards.length === 0) {
      issues.push({
        path: `subprocessors[${i}].safeguards`,
        message: { en: `Sub-processor ${who.en} names no privacy and security safeguard.`, de: `Unterauftragsverarbeiter ${who.de} nennt keine Datenschutz- und Sicherheitsgarantie.` },
        expected: { en: 'at least one of iso27001, scc, audit-report, gdpr-audit', de: 'mindestens eines von iso27001, scc, audit-report, gdpr-audit' },
      });
    }
  });
  return issues;
};

/** The entry's name for messages; an unnamed entry is identified by the finding's path. */
function named(name: string): Text {
  const trimmed = name.trim();
  return trimmed ? { en: trimmed, de: trimmed } : { en: '(unnamed)', de: '(ohne Namen)' };
}

function blank(path: string, what: Text): ServiceCheckIssue {
  return {
    path,
    message: { en: `Missing: ${what.en}.`, de: `Fehlt: ${what.de}.` },
    actual: '',
    expected: { en: 'a non-blank value', de: 'ein nicht leerer Wert' },
  };
}

/**
 * `transparency.eu-processing`: a sub-processor that processes outside the EU/EEA, or is an
 * entity outside it, needs EU Standard Contractual Clauses (`scc`).
 */
export const checkEuProcessing: ServiceCheck = ({ profile }) => {
  const issues: ServiceCheckIssue[] = [];
  (profile.subprocessors ?? []).forEach((s, i) => {
    if (s.safeguards.includes('scc')) return;
    const who = named(s.name);
    if (!inEuEea(s.processingCountry)) {
      issues.push({
        path: `subprocessors[${i}].processingCountry`,
        message: { en: `${who.en} processes data in ${s.processingCountry}, outside the EU/EEA, without Standard Contractual Clauses.`, de: `${who.de} verarbeitet Daten in ${s.processingCountry}, außerhalb von EU/EWR, ohne Standardvertragsklauseln.` },
        actual: s.processingCountry,
        expected: { en: 'processing in the EU/EEA, or the scc safeguard', de: 'Verarbeitung in EU/EWR, oder die Garantie scc' },
      });
    } else if (!inEuEea(s.country)) {
      issues.push({
        path: `subprocessors[${i}].country`,
        message: { en: `${who.en} is an entity in ${s.country}, outside the EU/EEA, without Standard Contractual Clauses.`, de: `${who.de} ist eine Entität in ${s.country}, außerhalb von EU/EWR, ohne Standardvertragsklauseln.` },
        actual: s.country,
        expected: { en: 'an entity in the EU/EEA, or the scc safeguard', de: 'eine Entität in EU/EWR, oder die Garantie scc' },
      });
    }
  });
  return issues;
};
