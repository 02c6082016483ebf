import { parseEnv } from '../env';
import { CmsError } from './errors';
import { cmsQuery } from './query';
import { getSiteOrFallback } from './site';

// The 404 page's masthead: the publication's sections when the CMS answers, the plain fallback
// when it does not (or while `next build` pre-renders, when there is no CMS to ask).

jest.mock('./query', () => ({ cmsQuery: jest.fn() }));
let env = parseEnv({});
jest.mock('../env', () => ({ ...jest.requireActual('../env'), getEnv: () => env }));

const query = jest.mocked(cmsQuery);

beforeEach(() => {
  env = parseEnv({});
  query.mockReset();
});

it('gives the masthead the sections the CMS names', async () => {
  query.mockResolvedValue({
    siteSetting: { siteName: 'The Review', description: null, analyticsMeasurementId: null, logo: null },
    navigation: [{ name: 'Politics', slug: 'politics' }],
  });
  const site = await getSiteOrFallback();
  expect(site.name).toBe('The Review');
  expect(site.sections).toEqual([{ name: 'Politics', slug: 'politics' }]);
});

it('falls back to the plain masthead, without sections, when the CMS is unreachable', async () => {
  query.mockRejectedValue(new CmsError('CMS query failed: connect ECONNREFUSED', 'unreachable'));
  const site = await getSiteOrFallback();
  expect(site.name).toBe('Newsroom');
  expect(site.sections).toEqual([]);
});

it('does not ask the CMS while `next build` pre-renders', async () => {
  env = parseEnv({ NEXT_PHASE: 'phase-production-build' });
  expect((await getSiteOrFallback()).sections).toEqual([]);
  expect(query).not.toHaveBeenCalled();
});

it('still throws what is not a CMS failure (a bug should not pass for an outage)', async () => {
  query.mockRejectedValue(new TypeError('reshapeSite is not a function'));
  await expect(getSiteOrFallback()).rejects.toThrow(TypeError);
});
