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

  describe('media storage', () => {
    it('keeps pictures on local disk unless told otherwise', () => {
      expect(parseCmsEnv(secrets).media).toEqual({ kind: 'local' });
    });

    it('reads an S3-compatible store, with the bucket in the path of its public URL', () => {
      const media = parseCmsEnv({
        ...secrets,
        MEDIA_STORAGE: 's3',
        S3_BUCKET: 'newsroom-media',
        S3_ENDPOINT: 'http://minio:9000/',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'key-id',
        S3_SECRET_ACCESS_KEY: 'key-secret',
      }).media;
      expect(media).toEqual({
        kind: 's3',
        bucket: 'newsroom-media',
        region: 'us-east-1',
        endpoint: 'http://minio:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'key-id', secretAccessKey: 'key-secret' },
        publicUrl: 'http://minio:9000/newsroom-media',
        acl: 'public-read',
      });
    });

    it("uses AWS's own address, or the CDN the operator names", () => {
      const aws = { ...secrets, MEDIA_STORAGE: 's3', S3_BUCKET: 'pictures', S3_REGION: 'eu-west-3', S3_ACL: 'none' };
      expect(parseCmsEnv(aws).media).toMatchObject({
        publicUrl: 'https://pictures.s3.eu-west-3.amazonaws.com',
        credentials: undefined,
        acl: undefined,
      });
      expect(parseCmsEnv({ ...aws, S3_PUBLIC_URL: 'https://media.example.com/' }).media).toMatchObject({
        publicUrl: 'https://media.example.com',
      });
    });

    it('refuses an S3 store it could not use, naming what is missing', () => {
      expect(() => parseCmsEnv({ ...secrets, MEDIA_STORAGE: 's3' })).toThrow('S3_BUCKET: required');
      expect(() =>
        parseCmsEnv({ ...secrets, MEDIA_STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'only-half' }),
      ).toThrow('S3_SECRET_ACCESS_KEY');
      expect(() => parseCmsEnv({ ...secrets, MEDIA_STORAGE: 'ftp' })).toThrow('MEDIA_STORAGE');
      expect(() => parseCmsEnv({ ...secrets, MEDIA_STORAGE: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'minio' })).toThrow(
        'S3_ENDPOINT',
      );
    });
  });
});
