// The Next.js cache (ISR pages, route handlers and tagged CMS reads) in Redis, so that several
// website instances behind a load balancer serve the same pages and a revalidation that reaches
// one of them (the CMS notifies a single URL) takes effect on all of them.
//
// Used when REDIS_URL is set (see next.config.ts); without it Next keeps its cache on local disk.
// Plain CommonJS: Next loads this file itself at run time, outside the app's bundles, so it reads
// REDIS_URL and REDIS_KEY_PREFIX from the environment directly; web/lib/env.ts has validated both
// by then (next.config.ts and instrumentation.ts parse the environment first).
//
// - Entries are stored per build (a page rendered by one build references that build's scripts),
//   under `<prefix><buildId>:entry:<key>`, for as long as they can be useful (entryTtlSeconds).
// - Tag revalidations (`revalidateTag`) are shared: written to the `<prefix>tags` hash and published
//   on the `<prefix>tags` channel. Every instance loads the hash at start and follows the channel,
//   keeping Next's in-process tags manifest (which decides stale and expired entries) in step.
// - Redis being down or slow never breaks a page: commands time out after COMMAND_TIMEOUT_MS, reads
//   miss, writes are dropped, and it is logged once.
// - Tag timestamps come from each instance's clock: keep the instances' clocks in sync (NTP).
const fs = require('node:fs');
const path = require('node:path');
const Redis = require('ioredis');
const { tagsManifest, areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

/** Entries live at most this long, and at least MIN_TTL_SECONDS (see entryTtlSeconds). */
const MAX_TTL_SECONDS = 14 * 24 * 60 * 60;
const MIN_TTL_SECONDS = 60;
/** A Redis command that takes longer fails, and the page renders without the cache. */
const COMMAND_TIMEOUT_MS = 500;
/** How long the first request waits for the first connection before going on without it. */
const CONNECT_WAIT_MS = 1500;
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

/**
 * How long Redis keeps an entry: its expiry when Next gives one, else ten times its revalidation
 * period (a page past that would be re-rendered anyway), within [MIN_TTL_SECONDS, MAX_TTL_SECONDS].
 * Short-lived reads such as search results so leave Redis within minutes, not weeks.
 */
function entryTtlSeconds(data, ctx) {
  const control = ctx?.cacheControl;
  const revalidate = data?.kind === 'FETCH' ? data.revalidate : control?.revalidate;
  let ttl = MAX_TTL_SECONDS;
  if (typeof control?.expire === 'number' && Number.isFinite(control.expire)) ttl = control.expire;
  else if (typeof revalidate === 'number' && revalidate > 0) ttl = revalidate * 10;
  return Math.round(Math.min(MAX_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, ttl)));
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
  const options = {
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: COMMAND_TIMEOUT_MS,
    enableOfflineQueue: false,
  };
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
  // A server that accepts the connection but never answers (or is still loading) settles it too.
  setTimeout(settle, CONNECT_WAIT_MS).unref();
  // Subscribing needs a live connection (the offline queue is off so that nothing waits on Redis).
  // After every (re)subscription, reload the hash: nothing published while unsubscribed is lost.
  subscriber.on('ready', () => {
    subscriber
      .subscribe(tagsKey)
      .then(loadTags)
      .catch((error) => warnOnce('Could not follow tag revalidations', error));
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

const buildIds = new Map();

/** The build's id (entries of one build never reach another); read once per folder. */
function readBuildId(serverDistDir) {
  if (!buildIds.has(serverDistDir)) {
    let id = 'development';
    try {
      id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      // `next build` collecting page data, or `next dev`: no BUILD_ID yet.
    }
    buildIds.set(serverDistDir, id);
  }
  return buildIds.get(serverDistDir);
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
      await this.redis.client.set(this.entryPrefix + key, serialize(entry), 'EX', entryTtlSeconds(data, ctx));
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
module.exports.entryTtlSeconds = entryTtlSeconds;
