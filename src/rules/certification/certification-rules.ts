import type { Text } from '../locale.js';
import type { CertificationRuleId } from './certification-transitions.js';

/** What each rule of POLICIES.md §5 says (seed 000, German original and English) and why it refuses an event. */
export const CERTIFICATION_RULES: { readonly [R in CertificationRuleId | 'cert.pass']: { readonly source: Text; readonly why?: Text } } = {
  'cert.application': {
    source: {
      de: 'Sie schicken uns das ausgefüllte Online-Bewerbungsformular zu.',
      en: 'You send us the completed online application form.',
    },
    why: {
      en: 'a case starts with exactly one application; a new application starts a new case',
      de: 'ein Verfahren beginnt mit genau einer Bewerbung; eine neue Bewerbung eröffnet ein neues Verfahren',
    },
  },
  'cert.review': {
    source: {
      de: 'Wir werden Ihre Cloud / SaaS-Software dann schnellstmöglich und ausgiebig anhand unserer Prüfliste von einer unabhängigen Kanzlei sowie IT-Experten prüfen lassen. In der Regel erhalten Sie innerhalb von 14 Tagen von uns die Rückmeldung, was die Prüfung ergeben hat. Zeitgleich können Sie den Ihnen zugeschickten Audit-Fragekatalog beantworten und uns zukommen lassen.',
      en: 'We then have your cloud / SaaS software reviewed against our checklist by an independent law firm and IT experts, as soon as possible and thoroughly. As a rule you receive our feedback within 14 days. At the same time you can answer the audit questionnaire we sent you.',
    },
    why: {
      en: 'the questionnaire belongs to the review, which is over',
      de: 'der Fragekatalog gehört zur Prüfung, und die ist abgeschlossen',
    },
  },
  'cert.pass': {
    source: {
      de: 'Nach erfolgreicher Prüfung, bei der keine Fragen offen blieben, erhalten Sie eine Bestätigungs-Email mit den weiteren Instruktionen.',
      en: 'After a successful review that left no questions open, you receive a confirmation e-mail with further instructions.',
    },
  },
  'cert.findings': {
    source: {
      de: 'Sollte die Prüfung ihres Dienstes nicht erfolgreich gewesen sein und noch Punkte offen sein, werden wir Ihnen die Probleme mitteilen und zusammen mit Ihnen die Lösung erarbeiten, damit wir Ihren Dienst nach der kostenlosen Zweit-Überprüfung zertifizieren können.',
      en: 'If the review was not successful and points remain open, we tell you the problems and work out the solution with you, so that we can certify your service after the free second review.',
    },
    why: {
      en: 'after a review with findings come the remediation and one free second review; a further review is a new case',
      de: 'auf eine Prüfung mit Beanstandungen folgen die Nachbesserung und eine kostenlose Zweit-Überprüfung; jede weitere Prüfung ist ein neues Verfahren',
    },
  },
  'cert.documents': {
    source: {
      de: 'Falls wir weitere Unterlagen von Ihnen benötigen (z.B. im Zweifel Bestätigungen für die Gewerbetätigkeit, Lizenzen für besondere Programmgruppen oder Bestätigungen über Sicherheitsvorkehrungen), werden wir auf Sie zukommen und Ihnen dies mitteilen. Diese Schritte gehen immer von uns',
      en: 'If we need further documents from you (e.g. proof of business registration, licences for special program groups or confirmations of security measures), we will contact you. These steps always start from us.',
    },
    why: {
      en: 'documents are requested by the reviewers, received only after a request, and the review waits for them',
      de: 'Unterlagen fordern die Prüfer an, sie gehen erst nach einer Anforderung ein, und die Prüfung wartet auf sie',
    },
  },
  'cert.billing': {
    source: {
      de: 'Die Abrechnung der Gebühren fällt erst nach der erfolgten Prüf-Prozedur an, damit die Zertifizierung sowie die Einbindung des Gütesiegels in Ihren Webauftritt nicht unnötig verzögert wird.',
      en: 'Fees are billed only after the review procedure is complete, so that the certification and the seal on your website are not delayed.',
    },
    why: {
      en: 'fees are billed once, after the review procedure is complete',
      de: 'Gebühren werden einmal abgerechnet, nach Abschluss der Prüf-Prozedur',
    },
  },
};
