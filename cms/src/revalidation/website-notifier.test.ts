import { createWebsiteNotifier, RETRY_DELAYS_MS } from './website-notifier';

const link = { webUrl: 'http://127.0.0.1:3999', revalidateSecret: 'x'.repeat(32) };
const log = () => ({ info: jest.fn(), warn: jest.fn(), error: jest.fn() });

describe('website notifier', () => {
  afterEach(() => jest.useRealTimers());

  it('posts the change with the secret header', async () => {
    const fetchImpl = jest.fn(async () => new Response('{}', { status: 200 }));
    await createWebsiteNotifier(link, log(), fetchImpl as unknown as typeof fetch).notify({
      type: 'article',
      action: 'publish',
      documentId: 'd1',
      slugs: ['a'],
    });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:3999/api/revalidate');
    expect((init.headers as Record<string, string>)['x-revalidate-secret']).toBe(link.revalidateSecret);
    expect(JSON.parse(init.body as string)).toEqual({
      type: 'article',
      action: 'publish',
      documentId: 'd1',
      slugs: ['a'],
    });
  });

  it('never fails the editor’s save, retries in the background, and logs when it gives up', async () => {
    jest.useFakeTimers();
    const logger = log();
    const fetchImpl = jest.fn(async () => new Response('nope', { status: 503 }));
    await expect(
      createWebsiteNotifier(link, logger, fetchImpl as unknown as typeof fetch).notify({
        type: 'author',
        action: 'update',
      }),
    ).resolves.toBeUndefined();
    for (const delay of RETRY_DELAYS_MS) await jest.advanceTimersByTimeAsync(delay);
    expect(fetchImpl).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('failed after'));
  });

  it('stops retrying once the website answers', async () => {
    jest.useFakeTimers();
    const logger = log();
    const fetchImpl = jest
      .fn()
      .mockRejectedValueOnce(new Error('ECONNREFUSED'))
      .mockResolvedValue(new Response('{}', { status: 200 }));
    await createWebsiteNotifier(link, logger, fetchImpl as unknown as typeof fetch).notify({
      type: 'tag',
      action: 'delete',
    });
    for (const delay of RETRY_DELAYS_MS) await jest.advanceTimersByTimeAsync(delay);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining('on retry 1'));
    expect(logger.error).not.toHaveBeenCalled();
  });
});
