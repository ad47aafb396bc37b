import { readFileSync, readdirSync } from 'node:fs';
import { CERTIFICATION_RULES } from '../../../src/rules/certification/certification-rules.js';
import { CERTIFICATION_EVENT_TYPES, CERTIFICATION_STATES, CERTIFICATION_TRANSITIONS, type CertificationTransition } from '../../../src/rules/certification/certification-transitions.js';
import { SERVICE_PROFILE_RULES } from '../../../src/rules/service-profile/service-profile-rules.js';
import { EU_EEA_COUNTRIES } from '../../../src/rules/service-profile/eu-eea-countries.js';
import { OPERATORS_BY_TYPE } from '../../../src/rules/engine/operators.js';
import { VENDOR_ACCESS_FACTS } from '../../../src/rules/vendor-access/vendor-access-facts-catalogue.js';
import type { ValueSpec } from '../../../src/rules/engine/fact-catalogue.js';

const RULES_DIR = new URL('../../../src/rules/vendor-access/rules/', import.meta.url);
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The generated blocks of docs/rules.md, by marker name. */
export function renderRulesDoc(): Record<string, string> {
  return {
    'vendor-rules': vendorRules(),
    'vendor-facts': vendorFacts(),
    operators: operators(),
    'certification-rules': certificationRules(),
    'certification-table': certificationTable(),
    'service-profile-rules': serviceProfileRules(),
    'eu-eea': EU_EEA_COUNTRIES.map((c) => `\`${c}\``).join(' '),
  };
}

function vendorRules(): string {
  const files = readdirSync(RULES_DIR).sort().map((f) => ({ file: f, rule: JSON.parse(readFileSync(new URL(f, RULES_DIR), 'utf8')) as {
    id: string; version: number; level: string; source: { de: string; en: string }; path?: string; suspends?: string[];
  } }));
  const rows = files.map(({ file, rule }) =>
    `| \`${rule.id}\` v${rule.version} | ${rule.level} | ${cell(rule.source.de)} | ${cell(rule.source.en)} | ${rule.path ? `\`${rule.path}\`` : `suspends ${rule.suspends!.map((s) => `\`${s}\``).join(', ')}`} | \`${file}\` |`);
  return ['| rule | level | source (German original, seed 001) | English | finding path / effect | data file |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

function vendorFacts(): string {
  const rows: string[] = [];
  const row = (name: string, spec: ValueSpec) => rows.push(`| ${name} | ${spec.type}${spec.values ? `: ${spec.values.map((v) => `\`${v}\``).join(', ')}` : ''} | ${cell(spec.description)} |`);
  for (const [id, spec] of Object.entries(VENDOR_ACCESS_FACTS)) {
    if (spec.type === 'object') {
      rows.push(`| \`${id}\` | object, read with \`path\` | ${cell(spec.description)} |`);
      for (const [path, p] of Object.entries(spec.paths)) row(`\`${id}\`, path \`${path}\``, p);
    } else {
      row(`\`${id}\``, spec);
    }
  }
  return ['| fact | type | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

function operators(): string {
  return ['| value type | operators |', '| --- | --- |', ...Object.entries(OPERATORS_BY_TYPE).map(([type, ops]) => `| ${type} | ${ops.map((o) => `\`${o}\``).join(', ')} |`)].join('\n');
}

function show(t: CertificationTransition): string {
  if (typeof t === 'string') return t === 'resume' ? '↩ resume' : `→ ${t}`;
  if ('deny' in t) return `✗ \`${t.deny}\``;
  return `→ ${t.clean} / ${t.findings} (with findings)`;
}

function certificationTable(): string {
  const header = `| state \\ event | ${CERTIFICATION_EVENT_TYPES.map((e) => `\`${e}\``).join(' | ')} |`;
  const rule = `| --- |${CERTIFICATION_EVENT_TYPES.map(() => ' --- |').join('')}`;
  const rows = CERTIFICATION_STATES.map((s) => `| **${s}** | ${CERTIFICATION_EVENT_TYPES.map((e) => show(CERTIFICATION_TRANSITIONS[s][e])).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

function certificationRules(): string {
  return [
    '| rule | source (German original, seed 000) | English | why an event is refused |',
    '| --- | --- | --- | --- |',
    ...Object.entries(CERTIFICATION_RULES).map(([id, r]) => `| \`${id}\` | ${cell(r.source.de)} | ${cell(r.source.en)} | ${r.why ? cell(r.why.en) : '—'} |`),
  ].join('\n');
}

function serviceProfileRules(): string {
  return [
    '| rule | level | source (German original) | English |',
    '| --- | --- | --- | --- |',
    ...SERVICE_PROFILE_RULES.map((r) => `| \`${r.id}\` | ${r.level} | ${cell(r.source.de)} | ${cell(r.source.en)} |`),
  ].join('\n');
}
