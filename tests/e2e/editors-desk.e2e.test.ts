import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { CmsApi } from './cms-api.cjs';
import { eventually } from './eventually.cjs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const servers = require('./servers.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchBrowser } = require('./browser.cjs');

jest.setTimeout(300_000);

// The editors' desk walked in the real admin (built bundle, real Chromium), one person per browser
// context: an Author drafts and cannot publish; an Editor meets every publish check, schedules a
// piece that goes live on time, restores a version and renames a slug whose old URL redirects.
const settings = servers.createCmsSettings({ admin: true });
const ARTICLES = '/content-manager/collection-types/api::article.article';
const PASSWORD = 'Desk-walk-2026';
let stack: { cms: ChildProcess; stop: () => Promise<void> };
let browser: Browser;
let api: CmsApi;
let picture: Buffer;
let priya: { documentId: string };

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const site = (pathname: string, init?: RequestInit) => fetch(`${servers.webUrl}${pathname}`, init);

/** A draft that passes every check before publishing, with one picture of its own. */
async function completeDraft(
  title: string,
  slug: string,
  changes: Record<string, unknown> = {},
  alt = 'Boats moored along a river quay',
) {
  const heroImage = await api.uploadImage(picture, `${slug}.jpg`, alt);
  return api.createDraftArticle({
    title,
    slug,
    dek: 'One paragraph under the headline that says why the piece matters.',
    body: paragraph('“We will not sign a paper that dries our fields,” said a delegate.'),
    heroImage,
    heroCaption: 'The quay at dawn.',
    imageSource: 'AFP',
    publicationDate: '2026-11-20',
    author: priya.documentId,
    ...changes,
  });
}

/** Invites a colleague with a role, as Settings → Users does, and completes their registration. */
async function invite(roleCode: string, firstname: string, email: string) {
  const roles = (await api.request('/admin/roles', {}, api.adminJwt)) as { data: { id: number; code: string }[] };
  const role = roles.data.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`No admin role ${roleCode}`);
  const created = (await api.json(
    'POST',
    '/admin/users',
    { firstname, lastname: 'Desk', email, roles: [role.id] },
    api.adminJwt,
  )) as {
    data: { registrationToken: string };
  };
  await api.json('POST', '/admin/register', {
    registrationToken: created.data.registrationToken,
    userInfo: { firstname, lastname: 'Desk', password: PASSWORD },
  });
}

/** A browser of one's own (cookies and storage), signed into the admin. */
async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Europe/Berlin' });
  const tab = await context.newPage();
  await tab.goto(`${servers.cmsUrl}/admin/auth/login`);
  await tab.getByLabel(/email/i).fill(email);
  await tab.getByLabel(/password/i).fill(PASSWORD);
  await tab.getByRole('button', { name: /login/i }).click();
  await tab.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
  return tab;
}

async function openArticle(tab: Page, documentId: string) {
  await tab.goto(`${servers.cmsUrl}/admin${ARTICLES}/${documentId}`);
  // A first visit opens Strapi's guided tour over the view.
  await tab
    .getByRole('button', { name: 'Skip' })
    .click({ timeout: 3_000 })
    .catch(() => undefined);
  await tab.getByText('History', { exact: true }).waitFor({ timeout: 30_000 });
}

const shots = process.env.E2E_SHOTS;
async function shot(tab: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await tab.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  stack = await servers.startStack(settings);
  api = await CmsApi.connect(servers.cmsUrl, settings.adminEmail, settings.adminPassword);
  picture = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#40607a' } })
    .jpeg()
    .toBuffer();
  priya = await api.findAuthor('priya-raman');
  await invite('strapi-author', 'Ama', 'ama.author@newsroom.test');
  await invite('strapi-editor', 'Eli', 'eli.editor@newsroom.test');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('an author', () => {
  it('drafts an article in the admin and cannot publish it', async () => {
    const tab = await signIn('ama.author@newsroom.test');
    await tab.goto(`${servers.cmsUrl}/admin${ARTICLES}/create`);
    await tab
      .getByRole('button', { name: 'Skip' })
      .click({ timeout: 3_000 })
      .catch(() => undefined);
    await tab.getByLabel(/^Headline/).fill('Ferry fares and the island vote');
    await tab.getByLabel(/^Standfirst/).fill('Why a ticket price decides an election on three islands.');
    await shot(tab, 'author-new');
    await tab.getByRole('button', { name: 'Save' }).click();
    await tab.waitForURL(/api::article\.article\/[a-z0-9]{20,}/, { timeout: 30_000 });
    await shot(tab, 'author-saved');
    // Saved as a draft, with the slug following the headline; there is no Publish for an author.
    await expect(tab.getByLabel(/^Slug/).inputValue()).resolves.toBe('ferry-fares-and-the-island-vote');
    const publish = tab.getByRole('button', { name: 'Publish' });
    expect((await publish.count()) === 0 || (await publish.isDisabled())).toBe(true);
    expect((await site('/articles/ferry-fares-and-the-island-vote')).status).toBe(404);
    await tab.context().close();
  });
});

describe('an editor', () => {
  let tab: Page;
  beforeAll(async () => {
    tab = await signIn('eli.editor@newsroom.test');
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  /** Presses Publish and returns once the admin shows `message` (beside the field, or as the toast). */
  async function publishRefused(message: string | RegExp) {
    await tab.getByRole('button', { name: 'Publish' }).click();
    await tab.getByText(message).first().waitFor({ timeout: 15_000 });
  }

  it('is stopped from publishing an empty body, a missing dek, a picture without alt text, and a taken slug', async () => {
    const taken = await api.publishArticle({
      title: 'The harbour authority’s new ledger',
      slug: 'harbour-ledger',
      dek: 'Already live.',
      body: paragraph('“It is all in the book,” said the clerk.'),
      author: priya.documentId,
    });
    // Each message is shown beside its field (the toast above repeats it after "cannot be…").
    const cases: [string, () => Promise<string>, RegExp][] = [
      [
        'empty-body',
        () => completeDraft('Nothing below the fold', 'nothing-below', { body: [] }),
        /^The body has no text yet/,
      ],
      [
        'no-dek',
        () => completeDraft('A piece without a standfirst', 'no-standfirst', { dek: '' }),
        /^The standfirst \(dek\) is missing/,
      ],
      [
        'no-alt',
        () => completeDraft('A picture nobody described', 'undescribed', {}, ''),
        /^The hero image needs alt text/,
      ],
      [
        'slug-taken',
        () => completeDraft('Another harbour ledger', 'harbour-ledger'),
        /^The slug "harbour-ledger" is taken by the published article “The harbour authority’s new ledger”/,
      ],
    ];
    for (const [name, draft, message] of cases) {
      await openArticle(tab, await draft());
      await publishRefused(message);
      await shot(tab, `refused-${name}`);
    }
    expect(taken).toBeTruthy();
    for (const slug of ['nothing-below', 'no-standfirst', 'undescribed']) {
      expect((await site(`/articles/${slug}`)).status).toBe(404);
    }
  });

  it('is told the image source is needed, and the headline’s limit, before anything is saved', async () => {
    const documentId = await completeDraft('Credit where due', 'credit-where-due');
    await openArticle(tab, documentId);
    await tab.getByLabel(/^Image source/).fill('');
    await publishRefused(/^Image source is required when a hero image is set/);
    await shot(tab, 'refused-image-source');
    await tab.getByLabel(/^Image source/).fill('AFP');
    await tab.getByLabel(/^Headline/).fill('A'.repeat(201));
    await publishRefused(/^The value is too long/);
    await shot(tab, 'refused-headline');
    expect((await site('/articles/credit-where-due')).status).toBe(404);
  });
});

describe('scheduling, history and addresses in the edit view', () => {
  let tab: Page;
  beforeAll(async () => {
    tab = await signIn('eli.editor@newsroom.test');
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  it('schedules a draft in the editor’s time zone; it goes live on time, not before', async () => {
    const documentId = await completeDraft('Night ferry timetable', 'night-ferry-timetable');
    await openArticle(tab, documentId);
    const schedule = tab.getByRole('group', { name: /^Publish at/ });
    /** Types an instant as the admin shows it on the editor's clock (Berlin), then saves. */
    const scheduleFor = async (instant: Date) => {
      const local = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', ...options }).format(instant);
      const date = schedule.getByRole('combobox', { name: 'Choose date' });
      await date.fill(local({ year: 'numeric', month: '2-digit', day: '2-digit' }));
      // Enter would also submit the edit form: move on with Tab, and pick the time from the list.
      await date.press('Tab');
      const time = local({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      await schedule.getByRole('combobox', { name: 'Choose time' }).click();
      await tab.getByRole('option', { name: time, exact: true }).click();
      await expect(schedule.getByRole('combobox', { name: 'Choose time' }).inputValue()).resolves.toBe(time);
      await tab.getByRole('button', { name: 'Save' }).click();
      await tab.getByText('Saved document').first().waitFor({ timeout: 15_000 });
    };
    const draftRow = async () =>
      (
        (await api.request(`${ARTICLES}/${documentId}`, {}, api.adminJwt)) as {
          data: { publishAt: string | null };
        }
      ).data;

    // Tomorrow: stored in UTC as the instant the editor meant, and nothing goes live at the next ticks.
    // Quarter hours: the admin's time picker offers (and takes typed) times in 15-minute steps.
    const quarter = 15 * 60_000;
    const lastQuarter = Math.floor(Date.now() / quarter) * quarter;
    const tomorrow = new Date(lastQuarter + 86_400_000);
    await scheduleFor(tomorrow);
    expect(new Date((await draftRow()).publishAt!).toISOString()).toBe(tomorrow.toISOString());
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect((await site('/articles/night-ferry-timetable')).status).toBe(404);

    // The last quarter hour: due, so the next tick publishes it and the site shows it.
    await scheduleFor(new Date(lastQuarter));
    await eventually(async () => expect((await site('/articles/night-ferry-timetable')).status).toBe(200), 30_000);
    await shot(tab, 'scheduled');
  });

  it('restores an earlier version into the draft, never straight to the live page', async () => {
    const documentId = await api.publishArticle({
      title: 'Dredging the channel',
      slug: 'dredging-the-channel',
      dek: 'First standfirst: the port wants deeper water.',
      body: paragraph('“Ships have grown, the river has not,” said the harbour master.'),
      author: priya.documentId,
    });
    await api.updateAndPublishArticle(documentId, { dek: 'Second standfirst: the fishermen object.' });
    await openArticle(tab, documentId);
    const oldest = tab.getByTestId('history-version').last();
    await oldest.getByRole('button', { name: 'Compare with draft' }).click();
    await oldest.getByText('This version: First standfirst: the port wants deeper water.').waitFor({ timeout: 10_000 });
    tab.once('dialog', (dialog) => void dialog.accept());
    await oldest.getByRole('button', { name: 'Restore' }).click();
    await tab.waitForLoadState('load');
    await eventually(async () =>
      expect(await tab.getByLabel(/^Standfirst/).inputValue()).toBe('First standfirst: the port wants deeper water.'),
    );
    await shot(tab, 'restored');
    const live = await (await site('/articles/dredging-the-channel')).text();
    expect(live).toContain('Second standfirst: the fishermen object.');
    // Publishing the restored draft is what changes the page.
    await tab.getByRole('button', { name: 'Publish' }).click();
    await eventually(async () =>
      expect(await (await site('/articles/dredging-the-channel')).text()).toContain(
        'First standfirst: the port wants deeper water.',
      ),
    );
  });

  it('renames a published article’s slug; the old address redirects to the new one', async () => {
    const documentId = await completeDraft('Quayside auction', 'quayside-auction');
    await api.updateAndPublishArticle(documentId, {});
    expect((await site('/articles/quayside-auction')).status).toBe(200);
    await openArticle(tab, documentId);
    await tab.getByLabel(/^Slug/).fill('quayside-fish-auction');
    await tab.getByRole('button', { name: 'Publish' }).click();
    await tab
      .getByText(/Published document|Published/)
      .first()
      .waitFor({ timeout: 15_000 });
    await eventually(async () => {
      const old = await site('/articles/quayside-auction', { redirect: 'manual' });
      expect(old.status).toBe(308);
      expect(new URL(old.headers.get('location')!, servers.webUrl).pathname).toBe('/articles/quayside-fish-auction');
    });
    expect((await site('/articles/quayside-fish-auction')).status).toBe(200);
  });
});
