import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { purgeProxies } from './purge-proxies';

const secret = 's'.repeat(24);
let server: Server;
let url: string;
const seen: { method?: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ method: request.method, headers: request.headers });
    response.writeHead(request.headers['x-purge-secret'] === secret ? 200 : 403).end('Purged 3 objects');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  jest.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

describe('purgeProxies', () => {
  it('sends one PURGE per proxy naming the expired tags, with the secret', async () => {
    const outcome = await purgeProxies(['article-slug:dam-talks', 'collection:article'], { urls: [url, url], secret });
    expect(outcome).toEqual([
      { url, ok: true, detail: '200 Purged 3 objects' },
      { url, ok: true, detail: '200 Purged 3 objects' },
    ]);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.method).toBe('PURGE');
    expect(seen[0]!.headers['xkey-purge']).toBe('article-slug:dam-talks collection:article');
  });

  it('reports a refusal or a proxy that is down, without throwing', async () => {
    const [refused] = await purgeProxies(['collection:article'], { urls: [url], secret: 'w'.repeat(24) });
    expect(refused).toMatchObject({ ok: false, detail: expect.stringMatching(/^403/) });
    const [down] = await purgeProxies(['collection:article'], { urls: ['http://127.0.0.1:9'], secret });
    expect(down).toMatchObject({ ok: false, url: 'http://127.0.0.1:9' });
    expect(console.warn).toHaveBeenCalledTimes(2);
  });

  it('sends nothing without proxies, and never a tag that would break the header line', async () => {
    expect(await purgeProxies(['collection:article'], { urls: [], secret })).toEqual([]);
    await purgeProxies(['ok-tag', 'bad\r\nx-injected: 1', 'with space'], { urls: [url], secret });
    expect(seen[0]!.headers['xkey-purge']).toBe('ok-tag');
    expect(seen[0]!.headers['x-injected']).toBeUndefined();
  });
});
