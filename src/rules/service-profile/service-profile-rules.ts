import type { FindingLevel } from '../finding.js';
import type { Text } from '../locale.js';
import { checkBackupDaily, checkBackupOffsite, checkBackupRetention } from './backup-checks.js';
import {
  checkMaintenanceNotice, checkNoAnalytics, checkPseudonymisation, checkSeparation, checkStatusPage, checkSupportTargets, checkTransportEncryption,
} from './declaration-checks.js';
import type { ServiceCheck } from './service-check.js';
import { checkEuProcessing, checkSubprocessorList } from './subprocessor-checks.js';
import { checkVisitorHours } from './visitor-hours-check.js';

export interface ServiceProfileRule {
  readonly id: string;
  readonly level: FindingLevel;
  /** The sentence of the seed the rule enforces, German original and English. */
  readonly source: Text;
  readonly check: ServiceCheck;
}

const BACKUP_SOURCE: Text = {
  de: 'Alle Daten werden mindestens einmal täglich auf einem räumlich getrennten Backup‐Server gesichert. Backups werden mindestens 6 Wochen vorgehalten.',
  en: 'All data is backed up at least once a day to a physically separate backup server. Backups are kept for at least 6 weeks.',
};

/** The checklist a certification review applies to a `ServiceProfile` (POLICIES.md §4–§6), in report order. */
export const SERVICE_PROFILE_RULES: readonly ServiceProfileRule[] = [
  { id: 'tom.backup-daily', level: 'must', source: BACKUP_SOURCE, check: checkBackupDaily },
  { id: 'tom.backup-offsite', level: 'must', source: BACKUP_SOURCE, check: checkBackupOffsite },
  { id: 'tom.backup-retention', level: 'must', source: BACKUP_SOURCE, check: checkBackupRetention },
  {
    id: 'tom.no-analytics', level: 'must', check: checkNoAnalytics,
    source: {
      de: 'Niemals würden wir in unserer Webapp, also dem Bereich, in dem Ihre Buchhaltung stattfindet, mit Tools wie Google Analytics o.ä. arbeiten.',
      en: 'We would never use tools such as Google Analytics or similar in our web app, the area where your accounting takes place.',
    },
  },
  {
    id: 'tom.transport-encryption', level: 'must', check: checkTransportEncryption,
    source: {
      de: 'Werden Daten weitergeleitet, werden diese mit modernsten Verschlüsselungstechnologien (z.B. SSL, https) geschützt soweit dieses technisch möglich und wirtschaftlich vertretbar ist.',
      en: 'Data that is passed on is protected with state-of-the-art encryption (e.g. SSL, https) as far as technically possible and economically reasonable.',
    },
  },
  {
    id: 'tom.visitors', level: 'must', check: checkVisitorHours,
    source: {
      de: 'Besucher können die Geschäftsräume nur unter Aufsicht und zu den Geschäftszeiten (Mo‐Fr, 08:00 – 21:00 Uhr) betreten.',
      en: 'Visitors may enter the premises only supervised and during business hours (Mon–Fri, 08:00–21:00).',
    },
  },
  {
    id: 'tom.separation', level: 'must', check: checkSeparation,
    source: {
      de: 'Daten, welche zu unterschiedlichen Zwecken erhoben und verarbeitet werden, werden getrennt voneinander gespeichert und verarbeitet. Jeder Kunde hat seinen eigenen Kundenzugang.',
      en: 'Data collected and processed for different purposes is stored and processed separately. Every customer has its own customer account.',
    },
  },
  {
    id: 'tom.pseudonymisation', level: 'must', check: checkPseudonymisation,
    source: {
      de: 'Bei Datenanalysen werden gemäß Art. 32 Abs. 1 lit. a DS‐GVO und Art. 25 Abs. 1 DS‐GVO die Daten pseudonymisiert und anonym verarbeitet.',
      en: 'For data analyses, data is processed pseudonymised and anonymously, in line with Art. 32(1)(a) and Art. 25(1) GDPR.',
    },
  },
  {
    id: 'transparency.subprocessors', level: 'must', check: checkSubprocessorList,
    source: {
      de: 'SuperOffice speichert und verarbeitet Cloud-CRM-Daten in den folgenden Rechenzentren. Entität Firmenname | Entität Stadt, Land | Verarbeitendes Land | Entitätstyp und Beschreibung des Service | Datenschutz- & Sicherheits-Governance',
      en: 'SuperOffice stores and processes cloud CRM data in the following data centres. Entity name | entity city, country | processing country | entity type and service | privacy & security governance',
    },
  },
  {
    id: 'transparency.eu-processing', level: 'must', check: checkEuProcessing,
    source: {
      de: 'Ausserdem hält der SuperOffice CRM Cloud-Service hinsichtlich der Speicherung und Verwaltung von personenbezogenen Daten die EU-Datenschutz-Grundverordnung ein und wird entsprechend verwaltet.',
      en: 'The SuperOffice CRM cloud service also complies with the EU General Data Protection Regulation in storing and managing personal data.',
    },
  },
  {
    id: 'transparency.status-page', level: 'must', check: checkStatusPage,
    source: {
      de: 'Der Systemstatus und alle geplanten Ausfallzeiten werden in der Anmeldeansicht eines jeden Benutzers und auf der Statusseite angezeigt: status.superoffice.com.',
      en: "System status and all planned downtime are shown on every user's login view and on the status page: status.superoffice.com.",
    },
  },
  {
    id: 'maintenance.notice', level: 'must', check: checkMaintenanceNotice,
    source: {
      de: 'Alle geplanten Wartungen werden mindestens 24 Stunden im Voraus deutlich in der Anmeldeansicht eines jeden Benutzers gepostet.',
      en: "All planned maintenance is posted clearly on every user's login view at least 24 hours in advance.",
    },
  },
  {
    id: 'sla.response-time', level: 'should', check: checkSupportTargets,
    source: {
      de: 'Garantierte Reaktionszeiten, vorbehaltlich des wie folgt beschriebenen Service-Levels: Schweregrad 1: 1 Geschäftsstunde; Schweregrad 2: 4-Geschäftszeiten; Schweregrad 3: 8-Geschäftszeiten',
      en: 'Guaranteed response times, subject to the service level below: severity 1: 1 business hour; severity 2: 4 business hours; severity 3: 8 business hours',
    },
  },
];
