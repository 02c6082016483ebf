import { parseCmsEnv, SECRETS } from './env';

const secrets = Object.fromEntries(SECRETS.map((name) => [name, `${name.toLowerCase()}-value`]));

describe('parseCmsEnv', () => {
  it('names every missing secret at once', () => {
    expect(() => parseCmsEnv({})).toThrow(new RegExp(SECRETS.join('.*')));
  });

  it('fills in the local defaults', () => {
    const env = parseCmsEnv({ ...secrets, APP_KEYS: 'a, b' });
    expect(env.secrets.appKeys).toEqual(['a', 'b']);
    expect(env.server).toEqual({ host: '127.0.0.1', port: 1337, publicUrl: '' });
    expect(env.database).toMatchObject({ client: 'sqlite' });
    expect(env.seedDemoContent).toBe(true);
    expect(env.website).toBeNull();
    expect(env.review.publicUrl).toBe('http://127.0.0.1:3000');
    expect(env.graphqlIntrospection).toBe(true);
  });

  it('turns introspection off in production unless asked', () => {
    expect(parseCmsEnv({ ...secrets, NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(
      parseCmsEnv({ ...secrets, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection,
    ).toBe(true);
  });

  it('reads PostgreSQL settings and the website link', () => {
    const env = parseCmsEnv({
      ...secrets,
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: 'postgres://db/newsroom',
      DATABASE_SSL: 'true',
      WEB_URL: 'http://web:3000/',
      REVALIDATE_SECRET: 'shared-secret-value',
    });
    expect(env.database).toMatchObject({
      client: 'postgres',
      url: 'postgres://db/newsroom',
      ssl: { rejectUnauthorized: true },
    });
    expect(env.website).toEqual({ webUrl: 'http://web:3000', revalidateSecret: 'shared-secret-value' });
  });

  it('refuses values it cannot use, naming them', () => {
    const refuse = () => parseCmsEnv({ ...secrets, DATABASE_CLIENT: 'mysql', PORT: 'abc', SEED_DEMO_CONTENT: 'yes' });
    for (const name of ['DATABASE_CLIENT', 'PORT', 'SEED_DEMO_CONTENT']) expect(refuse).toThrow(name);
  });
});
