import { backgroundRefreshed } from './background-refresh';

/** A source whose answers the test releases one by one. */
function controlledSource<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = jest.fn(
    () =>
      new Promise<T>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
  );
  const settle = async (outcome: { value: T } | { error: Error }) => {
    const next = pending.shift()!;
    if ('value' in outcome) next.resolve(outcome.value);
    else next.reject(outcome.error);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { load, settle };
}

describe('backgroundRefreshed', () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
  });

  it('waits for the first value, then answers from memory without asking the source again', async () => {
    const { load, settle } = controlledSource<string>();
    const read = backgroundRefreshed(load, { maxAgeMs: 10_000, firstWaitMs: 1_000, now });
    const first = read();
    await settle({ value: 'G-ONE' });
    await expect(first).resolves.toBe('G-ONE');
    clock = 9_999;
    await expect(read()).resolves.toBe('G-ONE');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers with the old value while a newer one loads in the background', async () => {
    const { load, settle } = controlledSource<string | null>();
    const read = backgroundRefreshed(load, { maxAgeMs: 10_000, firstWaitMs: 1_000, now });
    const first = read();
    await settle({ value: 'G-ONE' });
    await first;
    clock = 10_000;
    await expect(read()).resolves.toBe('G-ONE');
    await expect(read()).resolves.toBe('G-ONE');
    expect(load).toHaveBeenCalledTimes(2); // one reload, however many reads meanwhile
    await settle({ value: null });
    await expect(read()).resolves.toBeNull();
  });

  it('keeps the last value when a reload fails, reports the failure once and retries later', async () => {
    const { load, settle } = controlledSource<string>();
    const onError = jest.fn();
    const read = backgroundRefreshed(load, { maxAgeMs: 10_000, firstWaitMs: 1_000, now, onError });
    const first = read();
    await settle({ value: 'G-ONE' });
    await first;
    clock = 10_000;
    await read();
    await settle({ error: new Error('CMS down') });
    await expect(read()).resolves.toBe('G-ONE');
    expect(load).toHaveBeenCalledTimes(2); // not retried at once
    clock = 20_000;
    await read();
    await settle({ error: new Error('CMS still down') });
    expect(onError).toHaveBeenCalledTimes(1);
    clock = 30_000;
    await read();
    await settle({ value: 'G-TWO' });
    await expect(read()).resolves.toBe('G-TWO');
  });

  it('gives up waiting for a first value after firstWaitMs, and has it once it arrives', async () => {
    jest.useFakeTimers();
    try {
      const { load, settle } = controlledSource<string>();
      const read = backgroundRefreshed(load, { maxAgeMs: 10_000, firstWaitMs: 1_000, now });
      const first = read();
      jest.advanceTimersByTime(1_000);
      await expect(first).resolves.toBeUndefined();
      jest.useRealTimers();
      await settle({ value: 'G-ONE' });
      await expect(read()).resolves.toBe('G-ONE');
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('answers undefined without waiting again when the source failed before any value', async () => {
    const { load, settle } = controlledSource<string>();
    const read = backgroundRefreshed(load, { maxAgeMs: 10_000, firstWaitMs: 1_000, now });
    const first = read();
    await settle({ error: new Error('CMS down') });
    await expect(first).resolves.toBeUndefined();
    await expect(read()).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
