import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchBrowser } = require('./browser.cjs');

jest.setTimeout(240_000);

// An editor in the real Strapi admin (built bundle, real Chromium): the Preview button shows the
// draft inside the admin with the banner, and the Review links panel hands out a working link.
const settings = servers.createCmsSettings({ admin: true });
const DRAFT_HEADLINE = 'At the Serin summit, five river states try to trade water';
let stack: { cms: ChildProcess; stop: () => Promise<void> };
let browser: Browser;
let tab: Page;

beforeAll(async () => {
  stack = await servers.startStack(settings);
  browser = await launchBrowser();
  tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await tab.goto(`${servers.cmsUrl}/admin/auth/login`);
  await tab.getByLabel(/email/i).fill(settings.adminEmail);
  await tab.getByLabel(/password/i).fill(settings.adminPassword);
  await tab.getByRole('button', { name: /login/i }).click();
  await tab.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
  await tab.goto(`${servers.cmsUrl}/admin/content-manager/collection-types/api::article.article`);
  // A first visit opens Strapi's guided tour over the list.
  await tab
    .getByRole('button', { name: 'Skip' })
    .click({ timeout: 5_000 })
    .catch(() => undefined);
  // The list speaks the newsroom's words: a Headline column, newest first.
  await tab.getByText('Headline', { exact: true }).first().waitFor({ timeout: 30_000 });
  await tab.getByText(DRAFT_HEADLINE).first().click();
  await tab.getByText('Review links', { exact: true }).waitFor({ timeout: 30_000 });
  // The edit form too: labels an editor understands, system fields out of sight.
  for (const label of ['Headline', 'Standfirst (dek)', 'Alt text', 'Image source', 'Publish at (editors)']) {
    // A required field's label ends with an asterisk.
    const text = new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\*?$`);
    await tab.getByText(text).first().waitFor({ timeout: 10_000 });
  }
  // The History panel lists the versions kept so far (the seeded draft's first save).
  await tab.getByText('History', { exact: true }).waitFor({ timeout: 10_000 });
  await tab.getByTestId('history-version').first().waitFor({ timeout: 10_000 });
  expect(await tab.getByText('Compare with draft').count()).toBeGreaterThan(0);
  expect(await tab.getByText('searchText', { exact: true }).count()).toBe(0);
  expect(await tab.getByText('reviewRevision', { exact: true }).count()).toBe(0);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('hands out a review link from the edit view that opens the draft for someone without an account', async () => {
  await tab.getByRole('button', { name: 'Copy review link' }).click();
  const link = await tab.getByTestId('review-link').innerText();
  expect(link).toMatch(new RegExp(`^${servers.webUrl}/review/`));
  const response = await fetch(link);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('Review copy — not published');
});

it('opens the draft in the admin’s preview pane, framed, with the preview banner', async () => {
  await tab.getByText('Open preview').click();
  await tab.waitForURL(/\/preview/);
  const pane = tab.frameLocator(`iframe[src^="${servers.webUrl}"]`);
  await pane.getByText('Preview — not published').waitFor({ timeout: 30_000 });
  await expect(pane.locator('h1').innerText()).resolves.toContain('At the Serin summit');
});
