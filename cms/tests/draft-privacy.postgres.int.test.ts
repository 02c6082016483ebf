import { describeDraftPrivacy } from './draft-privacy.suite';

// PostgreSQL is the production database. Set NEWSROOM_SKIP_POSTGRES=1 only on a machine without one.
if (process.env.NEWSROOM_SKIP_POSTGRES === '1') {
  it.skip('PostgreSQL run left out (NEWSROOM_SKIP_POSTGRES=1)', () => undefined);
} else {
  describeDraftPrivacy('postgres');
}
