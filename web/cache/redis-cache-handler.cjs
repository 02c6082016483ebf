// The Next.js cache (ISR pages, route handlers and tagged CMS reads) in Redis, so that several
// website instances behind a load balancer serve the same pages and a revalidation that reaches
// one of them (the CMS notifies a single URL) takes effect on all of them.
//
// Used when REDIS_URL is set (see next.config.ts); without it Next keeps its cache on local disk.
// Plain CommonJS: Next loads this file itself at run time, outside the app's bundles.
//
// - Entries are stored per build (a page rendered by one build references that build's scripts),
//   under `<prefix><buildId>:entry:<key>`, for at most ENTRY_TTL_SECONDS.
// - Tag revalidations (`revalidateTag`) are shared: written to the `<prefix>tags` hash and published
//   on the `<prefix>tags` channel. Every instance loads the hash at start and follows the channel,
//   keeping Next's in-process tags manifest (which decides stale and expired entries) in step.
// - Redis being down never breaks a page: reads miss, writes are dropped, and it is logged once.
const fs = require('node:fs');
const path = require('node:path');
const Redis = require('ioredis');
const { tagsManifest, areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

const ENTRY_TTL_SECONDS = 14 * 24 * 60 * 60;
const CACHE_TAGS_HEADER = 'x-next-cache-tags';

/** JSON that keeps Buffers and Maps (page RSC payloads, segment data, route bodies). */
function serialize(value) {
  return JSON.stringify(value, function replacer(key, current) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return current;
  });
}

function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object') {
      if (typeof value.$buffer === 'string' && Object.keys(value).length === 1)
        return Buffer.from(value.$buffer, 'base64');
      if (Array.isArray(value.$map) && Object.keys(value).length === 1) return new Map(value.$map);
    }
    return value;
  });
}

/** The tags an entry answers to: a page's own (from its headers), or a fetch's tags and soft tags. */
function entryTags(value, ctx) {
  if (!value) return [];
  if (value.kind === 'FETCH') return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value.headers?.[CACHE_TAGS_HEADER];
  return typeof header === 'string' && header !== '' ? header.split(',') : [];
}

/** The manifest entry after a revalidation, exactly as Next's own file-system cache computes it. */
function revalidatedEntry(existing, now, durations) {
  if (!durations) return { ...existing, expired: now };
  const updated = { ...existing, stale: now };
  if (durations.expire !== undefined) updated.expired = now + durations.expire * 1000;
  return updated;
}

let shared;
let warned = false;

function warnOnce(message, error) {
  if (warned) return;
  warned = true;
  console.warn(
    `[cache] ${message}: ${error?.message ?? error}. Pages render without the shared cache until Redis is back.`,
  );
}

/** One connection and one subscriber per process, shared by every handler instance Next creates. */
function connect() {
  if (shared) return shared;
  const url = process.env.REDIS_URL;
  const prefix = process.env.REDIS_KEY_PREFIX || 'newsroom:next:';
  const options = { maxRetriesPerRequest: 1, connectTimeout: 2000, enableOfflineQueue: false };
  const client = new Redis(url, options);
  const subscriber = new Redis(url, options);
  const tagsKey = `${prefix}tags`;
  client.on('error', (error) => warnOnce('Redis is unreachable', error));
  subscriber.on('error', (error) => warnOnce('Redis is unreachable', error));
  const apply = (tag, entry) => {
    if (tag && entry && typeof entry === 'object') tagsManifest.set(tag, entry);
  };
  // Every revalidation so far: at start, and again after a reconnection (messages sent while this
  // instance was cut off are in the hash).
  const loadTags = async () => {
    try {
      const all = await client.hgetall(tagsKey);
      for (const [tag, json] of Object.entries(all)) apply(tag, JSON.parse(json));
    } catch (error) {
      warnOnce('Could not load the shared tag revalidations', error);
    }
  };
  // Settles once the first connection attempt has, either way: a page never waits on Redis longer.
  let settle;
  const ready = new Promise((resolve) => (settle = resolve));
  client.on('ready', () => {
    warned = false;
    loadTags().then(settle);
  });
  client.once('error', () => settle());
  client.once('end', () => settle());
  // Subscribing needs a live connection (the offline queue is off so that nothing waits on Redis).
  subscriber.on('ready', () => {
    subscriber.subscribe(tagsKey).catch((error) => warnOnce('Could not follow tag revalidations', error));
  });
  subscriber.on('message', (_channel, message) => {
    try {
      const { tag, entry } = JSON.parse(message);
      apply(tag, entry);
    } catch {
      // Not ours: ignore.
    }
  });
  shared = { client, subscriber, prefix, tagsKey, ready };
  return shared;
}

function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'development';
  }
}

class RedisCacheHandler {
  constructor(ctx) {
    this.redis = connect();
    this.revalidatedTags = ctx.revalidatedTags ?? [];
    this.entryPrefix = `${this.redis.prefix}${readBuildId(ctx.serverDistDir ?? '.')}:entry:`;
  }

  async get(key, ctx) {
    await this.redis.ready;
    let stored;
    try {
      const text = await this.redis.client.get(this.entryPrefix + key);
      if (!text) return null;
      stored = deserialize(text);
    } catch (error) {
      warnOnce('Could not read the shared cache', error);
      return null;
    }
    const tags = entryTags(stored.value, ctx);
    // A tag revalidated during this request, or expired since the entry was written: render anew.
    if (tags.some((tag) => this.revalidatedTags.includes(tag)) || areTagsExpired(tags, stored.lastModified))
      return null;
    return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  async set(key, data, ctx) {
    await this.redis.ready;
    try {
      if (data === null) {
        await this.redis.client.del(this.entryPrefix + key);
        return;
      }
      const entry = { lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl };
      await this.redis.client.set(this.entryPrefix + key, serialize(entry), 'EX', ENTRY_TTL_SECONDS);
    } catch (error) {
      warnOnce('Could not write to the shared cache', error);
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    const now = Date.now();
    const updates = list.map((tag) => [tag, revalidatedEntry(tagsManifest.get(tag) ?? {}, now, durations)]);
    // This instance at once; the others through the channel.
    for (const [tag, entry] of updates) tagsManifest.set(tag, entry);
    await this.redis.ready;
    try {
      const pipeline = this.redis.client.multi();
      for (const [tag, entry] of updates) {
        pipeline.hset(this.redis.tagsKey, tag, JSON.stringify(entry));
        pipeline.publish(this.redis.tagsKey, JSON.stringify({ tag, entry }));
      }
      await pipeline.exec();
    } catch (error) {
      warnOnce('Could not share a tag revalidation', error);
    }
  }

  resetRequestCache() {}
}

module.exports = RedisCacheHandler;
module.exports.serialize = serialize;
module.exports.deserialize = deserialize;
module.exports.revalidatedEntry = revalidatedEntry;
module.exports.entryTags = entryTags;
