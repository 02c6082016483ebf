# Varnish in front of the Newsroom website (Debian's varnish 7.1 + varnish-modules for xkey).
#
# What it caches: exactly what the website marks cacheable for shared caches (Cache-Control
# s-maxage on its ISR pages), under the website's cache tags, so one PURGE from the website after
# a revalidation drops every page that shows the change. What it never caches: previews (draft
# mode), review links, the website's API, searches with a query, errors, anything private or
# no-store, anything with Set-Cookie. While the website is down or failing it keeps answering
# with the last good copy of every page it holds (grace), for up to a day.
#
# The backend comes from backend.vcl beside this file (compose: the `web` service); a test or
# another deployment puts its own backend.vcl earlier on vcl_path.
vcl 4.1;

import std;
import xkey;

include "backend.vcl";

# Who may send PURGE: loopback and private networks (the website instances), and only with the
# shared secret (PURGE_SECRET in varnishd's environment; PROXY_PURGE_SECRET on the website).
acl purgers {
  "127.0.0.1";
  "::1";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  unset req.http.x-cache;

  if (req.method == "PURGE") {
    if (client.ip !~ purgers || std.getenv("PURGE_SECRET") == "" ||
        req.http.x-purge-secret != std.getenv("PURGE_SECRET")) {
      return (synth(403, "Purge refused"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the cache tags to purge in the xkey-purge header"));
    }
    return (synth(200, "Purged " + xkey.purge(req.http.xkey-purge) + " objects"));
  }
  # Never forwarded to the website, whatever happens above.
  unset req.http.x-purge-secret;

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Drafts and anything per reader: previews (Next's draft-mode cookie), review links, the API.
  if (req.url ~ "^/(api|review)(/|\?|$)" || req.http.Cookie ~ "(^|;\s*)__prerender_bypass=" ||
      req.http.Authorization) {
    set req.http.x-cache = "PASS";
    return (pass);
  }
  # A search with a query is one reader's question: answered fresh, never stored.
  if (req.url ~ "^/search/?\?") {
    set req.http.x-cache = "PASS";
    return (pass);
  }
  # Links shared with tracking parameters are the same page: one cached copy.
  if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)=") {
    set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
  }
  # Every other page is the same for every reader (the consent choice lives in the browser), so
  # their cookies do not split the cache.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_hit {
  if (obj.ttl >= 0s) {
    set req.http.x-cache = "HIT";
  } else {
    # Past its s-maxage: served while a fresh copy is fetched, or while the website is down.
    set req.http.x-cache = "STALE";
  }
}

sub vcl_miss {
  set req.http.x-cache = "MISS";
}

sub vcl_pass {
  if (!req.http.x-cache) {
    set req.http.x-cache = "PASS";
  }
}

sub vcl_backend_response {
  # The page's cache tags (the website's Surrogate-Key) become this cache's keys (xkey reads the
  # xkey header): the website's PURGE after a revalidation names the same tags.
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
    unset beresp.http.Surrogate-Key;
  }
  # A failing website while refreshing a page in the background: keep the good copy.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
  # Errors (a wrong slug's 404 too) are never stored: the next request asks the website again.
  if (beresp.status >= 400 || beresp.status == 206) {
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  # Only what the website says a shared cache may keep: no Cache-Control, no caching.
  if (!beresp.http.Cache-Control && !beresp.http.Expires) {
    set beresp.ttl = 120s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  # Draft mode answers are private/no-store; anything setting a cookie is one reader's.
  # (Varnish's built-in logic after this makes them uncacheable; kept explicit for the reader.)
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)") {
    set beresp.ttl = 120s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  set beresp.grace = 24h;
  set beresp.keep = 1h;
}

sub vcl_deliver {
  set resp.http.X-Cache = req.http.x-cache;
  # Internal: the tags and purge keys are for caches, not readers.
  unset resp.http.xkey;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  # Readers' browsers must ask again (through this cache) rather than keep their own copy: the
  # website's s-maxage is for shared caches only, and a purge cannot reach a browser.
}

sub vcl_backend_error {
  # A background refresh that failed: the copy being served stays as it is.
  if (bereq.is_bgfetch) {
    return (abandon);
  }
  # No copy of the page and no website: a plain page, not Varnish's own.
  set beresp.http.Content-Type = "text/html; charset=utf-8";
  set beresp.http.Cache-Control = "no-store";
  set beresp.http.Retry-After = "30";
  synthetic({"<!doctype html><html lang="en"><meta charset="utf-8"><title>Temporarily unavailable</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>Temporarily unavailable</h1><p>This page could not be loaded just now. Please try again in a minute.</p></body></html>"});
  return (deliver);
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.http.Cache-Control = "no-store";
  synthetic(resp.reason);
  return (deliver);
}
