type ServerEnvModule = {
  serverEnv: (
    base: Record<string, string | undefined>,
    options: { dev: boolean },
  ) => Record<string, string | undefined>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverEnv } = require('./lib/server-env.cjs') as ServerEnvModule;

describe('serverEnv', () => {
  it('runs both apps of `npm start` in production mode, whatever the shell says', () => {
    expect(serverEnv({ PATH: '/usr/bin' }, { dev: false }).NODE_ENV).toBe('production');
    expect(serverEnv({ NODE_ENV: 'development' }, { dev: false }).NODE_ENV).toBe('production');
  });

  it('keeps the developer tooling for `npm run dev`', () => {
    expect(serverEnv({ NODE_ENV: 'production' }, { dev: true }).NODE_ENV).toBe('development');
  });

  it('keeps the rest of the environment and turns telemetry off', () => {
    const env = serverEnv({ PATH: '/usr/bin', DATABASE_CLIENT: 'sqlite' }, { dev: false });
    expect(env).toMatchObject({
      PATH: '/usr/bin',
      DATABASE_CLIENT: 'sqlite',
      STRAPI_TELEMETRY_DISABLED: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
    });
  });
});
