import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from './support/render-rules-doc.js';

const DOC = new URL('../../docs/rules.md', import.meta.url);

// docs/rules.md carries blocks generated from the rule data (<!-- generated:NAME --> … <!-- /generated -->).
// Run with UPDATE_DOCS=1 to rewrite them; otherwise the test fails when a block is stale.
describe('docs/rules.md', () => {
  it('shows exactly the rule data: vendor rules, facts, operators, certification table, checklist, countries', () => {
    let text = readFileSync(DOC, 'utf8');
    for (const [name, body] of Object.entries(renderRulesDoc())) {
      const block = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated -->)`);
      expect(text, `docs/rules.md has no block "${name}"`).toMatch(block);
      const updated = text.replace(block, (_, open: string, close: string) => `${open}${body}\n${close}`);
      if (process.env.UPDATE_DOCS !== '1') expect(updated, `block "${name}" is stale: run UPDATE_DOCS=1 npx vitest run test/rules/docs-rules.test.ts`).toBe(text);
      text = updated;
    }
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, text);
  });
});
