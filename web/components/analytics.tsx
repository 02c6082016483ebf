'use client';

import { useEffect, useState } from 'react';

// The Google tag, only with the reader's consent. Nothing from Google loads until they accept;
// before the tag's first command, Consent Mode defaults every purpose to denied, and accepting
// grants analytics storage only. The tag waits for the browser to be idle so it never competes
// with the article for the network or the main thread.

const STORAGE_KEY = 'newsroom:analytics-consent';
type Choice = 'granted' | 'denied';

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  }
}

function readChoice(): Choice | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'granted' || value === 'denied' ? value : null;
  } catch {
    return null;
  }
}

function saveChoice(choice: Choice) {
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Private browsing without storage: the choice lasts for this page only.
  }
}

/** gtag.js's own off switch: while set, the tag sends nothing at all. */
const disableFlag = (measurementId: string) => `ga-disable-${measurementId}` as const;

function setTagDisabled(measurementId: string, disabled: boolean) {
  (window as unknown as Record<string, boolean>)[disableFlag(measurementId)] = disabled;
}

/** Removes the Google Analytics cookies (_ga, _ga_<id>) on this site's domains. */
function removeAnalyticsCookies() {
  const names = document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]!.trim())
    .filter((name) => name === '_ga' || name.startsWith('_ga_'));
  const host = window.location.hostname;
  const domains = ['', host, `.${host}`, `.${host.split('.').slice(-2).join('.')}`];
  for (const name of names) {
    for (const domain of domains) {
      document.cookie = `${name}=; Max-Age=0; path=/${domain ? `; domain=${domain}` : ''}`;
    }
  }
}

function loadGoogleTag(measurementId: string) {
  setTagDisabled(measurementId, false);
  if (window.gtag) {
    // Accepted again on the same page: the tag is here, switch it back on.
    window.gtag('consent', 'update', { analytics_storage: 'granted' });
    return;
  }
  window.dataLayer = window.dataLayer ?? [];
  window.gtag = function gtag() {
    // gtag.js reads the arguments object itself, not an array copy.
    // eslint-disable-next-line prefer-rest-params
    window.dataLayer!.push(arguments);
  };
  window.gtag('consent', 'default', {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'denied',
  });
  window.gtag('consent', 'update', { analytics_storage: 'granted' });
  window.gtag('js', new Date());
  window.gtag('config', measurementId);
  const script = document.createElement('script');
  script.async = true;
  script.src = `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(measurementId)}`;
  document.head.appendChild(script);
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 4000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 2000);
  return () => window.clearTimeout(handle);
}

/** The consent banner, the "Analytics choices" button to change one's mind, and the tag itself. */
export function Analytics({ measurementId }: { measurementId: string }) {
  // Unknown until mounted: the server never renders the banner, so cached pages carry no choice.
  const [choice, setChoice] = useState<Choice | null | 'unknown'>('unknown');

  useEffect(() => {
    setChoice(readChoice());
  }, []);

  useEffect(() => {
    if (choice === 'granted') return whenIdle(() => loadGoogleTag(measurementId));
  }, [choice, measurementId]);

  const decide = (value: Choice) => {
    saveChoice(value);
    setChoice(value);
    if (value === 'denied') {
      // Withdrawn after the tag ran: it stops sending anything, and its cookies go.
      setTagDisabled(measurementId, true);
      window.gtag?.('consent', 'update', { analytics_storage: 'denied' });
      removeAnalyticsCookies();
    }
  };

  if (choice === 'unknown') return null;
  if (choice !== null) {
    return (
      <button type="button" className="consent__reopen" onClick={() => setChoice(null)}>
        Analytics choices
      </button>
    );
  }
  return (
    <section className="consent" aria-labelledby="consent-heading">
      <h2 id="consent-heading" className="consent__heading">
        May we count your visit?
      </h2>
      <p className="consent__text">
        With your permission we use Google Analytics to learn which articles are read. No advertising cookies.
      </p>
      <div className="consent__actions">
        <button type="button" onClick={() => decide('granted')}>
          Accept analytics
        </button>
        <button type="button" onClick={() => decide('denied')}>
          Decline
        </button>
      </div>
    </section>
  );
}
