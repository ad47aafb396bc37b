import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../_support/static-server.js';

// The status-page example in real headless Chromium (Debian's, no browser download), served over
// http from the repository root like any static host would, with a fixed "now".
const root = resolve(import.meta.dirname, '../..');
const artifacts = resolve(root, '.artifacts');
let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(resolve(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npx tsup` first');
  execFileSync('node', [resolve(root, 'examples/status-page/vendor.mjs')], { stdio: 'pipe' });
  mkdirSync(artifacts, { recursive: true });
  server = await startStaticServer(root);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page as a visitor in `timeZone` would, waits until it has rendered, saves a screenshot. */
async function visit(name: string, query: Record<string, string>, timeZone = 'Europe/London'): Promise<Page> {
  const context = await browser.newContext({ timezoneId: timeZone, locale: 'en-GB', viewport: { width: 1000, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  await page.goto(`${server.url}/examples/status-page/?${new URLSearchParams(query)}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 }).catch(async (error: Error) => {
    throw new Error(`the page did not render: ${problems.join('; ') || error.message}\n${await page.innerText('body')}`);
  });
  expect(problems).toEqual([]);
  await page.screenshot({ path: resolve(artifacts, `status-page-${name}.png`), fullPage: true });
  return page;
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();
const visible = (page: Page, selector: string) => page.locator(selector).isVisible();
const items = (page: Page) => page.locator('#window-list li').allInnerTexts();

// Friday 10 April 2026, 01:30 in Oslo: the second-Friday vendor patches and the fortnightly system
// maintenance both run 00:00–06:00 CEST (23:00–05:00 BST for a visitor in London).
const PATCH_NIGHT = '2026-04-10T01:30:00+02:00';
// Wednesday 8 April 2026, 14:15 BST: support open, nothing running.
const WEDNESDAY = '2026-04-08T14:15:00+01:00';
// Tuesday 21 April 2026, 22:10 in Oslo: the early wave's application upgrade (22:00–22:30 CEST).
const EARLY_WAVE = '2026-04-21T22:10:00+02:00';
// cohortOf is stable across versions: acme is in the main wave, hooli in the early one.
const MAIN_TENANT = 'acme';
const EARLY_TENANT = 'hooli';

describe('the status page in Chromium', () => {
  it('shows the maintenance banner, closed support and the running windows during a maintenance window', async () => {
    const page = await visit('in-maintenance', { now: PATCH_NIGHT, tenant: MAIN_TENANT });
    expect(await visible(page, '#maintenance-banner')).toBe(true);
    expect(await text(page, '#maintenance-banner')).toBe(
      'We are in maintenance: OS vendor security patches until Fri 10 Apr 2026, 05:00 BST; System maintenance until Fri 10 Apr 2026, 05:00 BST.',
    );
    expect(await text(page, '#support-status')).toBe('Support is closed. It opens Fri 10 Apr 2026, 09:00 BST.');
    expect(await text(page, '#cohort')).toBe('Tenant acme gets application upgrades in the main wave.');
    const list = await items(page);
    expect(list.slice(0, 2)).toEqual([
      'Thu 9 Apr 2026, 23:00 BST – Fri 10 Apr 2026, 05:00 BST: OS vendor security patches — in progress · all tenants',
      'Thu 9 Apr 2026, 23:00 BST – Fri 10 Apr 2026, 05:00 BST: System maintenance — in progress · all tenants',
    ]);
    expect(await text(page, '#now')).toBe('Fri 10 Apr 2026, 00:30 BST');
  });

  it('shows no banner and open support outside any window, with the tenant’s next windows', async () => {
    const page = await visit('no-maintenance', { now: WEDNESDAY, tenant: MAIN_TENANT });
    expect(await visible(page, '#maintenance-banner')).toBe(false);
    expect(await text(page, '#support-status')).toBe('Support is open until Wed 8 Apr 2026, 18:00 BST.');
    const list = await items(page);
    expect(list[0]).toBe('Thu 9 Apr 2026, 23:00 BST – Fri 10 Apr 2026, 05:00 BST: OS vendor security patches · all tenants');
    expect(list).toContain('Fri 24 Apr 2026, 21:00 BST – Fri 24 Apr 2026, 21:30 BST: Application upgrade (main wave) · your wave');
    expect(list.some((item) => item.includes('early wave'))).toBe(false);
    expect(await text(page, '#short-windows')).toMatch(/^Not listed: 28 restarts of a few seconds \(next Thu 9 Apr 2026, 01:00 BST\)\.$/);
  });

  it('lists the early wave for an early tenant, in the display zone asked for', async () => {
    const page = await visit('early-tenant', { now: WEDNESDAY, tenant: EARLY_TENANT, tz: 'Europe/Oslo' });
    expect(await text(page, '#cohort')).toBe('Tenant hooli gets application upgrades in the early wave.');
    const list = await items(page);
    expect(list).toContain('Tue 21 Apr 2026, 22:00 CEST – Tue 21 Apr 2026, 22:30 CEST: Application upgrade (early wave) · your wave');
    expect(list.some((item) => item.includes('main wave'))).toBe(false);
    expect(await text(page, '#zone')).toBe('Europe/Oslo');
  });

  it('tells a main-wave tenant that the early wave’s upgrade does not affect it', async () => {
    const main = await visit('other-wave', { now: EARLY_WAVE, tenant: MAIN_TENANT });
    expect(await visible(main, '#maintenance-banner')).toBe(true);
    expect(await text(main, '#maintenance-banner')).toBe(
      'Maintenance is in progress for other tenants: Application upgrade (early wave). Your service (main wave) is not affected.',
    );
    const early = await visit('own-wave', { now: EARLY_WAVE, tenant: EARLY_TENANT });
    expect(await visible(early, '#maintenance-banner')).toBe(true);
    expect(await text(early, '#maintenance-banner')).toBe('We are in maintenance: Application upgrade (early wave) until Tue 21 Apr 2026, 21:30 BST.');
  });

  it('offers the tenant’s next 90 days as an .ics download a calendar app reads', async () => {
    const page = await visit('ics', { now: WEDNESDAY, tenant: MAIN_TENANT });
    const link = page.locator('#ics-download');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('download')).toBe('crm-maintenance.ics');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('UID:maintenance.os-vendor-patches-20260409T220000Z@policyclock\r\n');
    expect(ics).toContain('UID:maintenance.application.main-20260424T200000Z@policyclock\r\n');
    expect(ics).not.toContain('UID:maintenance.application.early-'); // the other wave's upgrades are not this tenant's
    // 90 days from Wednesday 8 April 13:15 UTC end on 7 July 13:15 UTC: that night's restart is the last.
    expect(ics).toContain('UID:maintenance.restart-20260707T000000Z@policyclock\r\n');
    expect(ics).not.toContain('20260708T');
  });

  it('names a bad ?now= instead of showing a wrong status', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/examples/status-page/?now=${encodeURIComponent('2026-04-10T01:30')}`);
    await page.locator('#error').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await text(page, '#error')).toMatch(/^Cannot show the status for \?now=2026-04-10T01:30: .*expected an ISO 8601 instant with an offset/);
    expect(await visible(page, '#maintenance-banner')).toBe(false);
  });
});
