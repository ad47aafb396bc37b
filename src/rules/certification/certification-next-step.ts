import type { Locale } from '../locale.js';
import type { CertificationState } from './certification-transitions.js';

/** What happens next in a case, for a person; `due` is the formatted feedback date, if any. */
export function certificationNextStep(
  state: CertificationState,
  c: { due?: string; questionnaire: boolean; invoiced: boolean; openPoints: readonly string[] },
  locale: Locale,
): string {
  const de = locale === 'de';
  const due = c.due ? (de ? ` (Rückmeldung fällig: ${c.due})` : ` (feedback due ${c.due})`) : '';
  const questionnaire = c.questionnaire ? '' : de ? ' Parallel den Audit-Fragekatalog beantworten.' : ' Answer the audit questionnaire in parallel.';
  const billing = c.invoiced ? '' : de ? ' Die Gebühr kann jetzt abgerechnet werden.' : ' The fee can be billed now.';
  switch (state) {
    case 'not-applied':
      return de ? 'Das Online-Bewerbungsformular einreichen.' : 'Submit the online application form.';
    case 'applied':
    case 'in-review':
      return (de ? `Die Prüfung läuft${due}.` : `The review is under way${due}.`) + questionnaire;
    case 'documents-requested':
      return de ? 'Die angeforderten Unterlagen an die Prüfer senden.' : 'Send the requested documents to the reviewers.';
    case 'remediation':
      return de
        ? `Die offenen Punkte mit den Prüfern lösen und die Nachbesserung zur kostenlosen Zweit-Überprüfung einreichen: ${c.openPoints.join('; ')}.`
        : `Solve the open points with the reviewers and submit the remediation for the free second review: ${c.openPoints.join('; ')}.`;
    case 'second-review':
      return de ? `Die kostenlose Zweit-Überprüfung läuft${due}.` : `The free second review is under way${due}.`;
    case 'certified':
      return (de ? 'Zertifiziert: den Instruktionen der Bestätigungs-E-Mail folgen.' : 'Certified: follow the instructions of the confirmation e-mail.') + billing;
    case 'not-certified':
      return (de
        ? 'Nicht zertifiziert: die kostenlose Zweit-Überprüfung hat Beanstandungen ergeben; eine neue Bewerbung eröffnet ein neues Verfahren.'
        : 'Not certified: the free second review found open points; a new application starts a new case.') + billing;
  }
}
