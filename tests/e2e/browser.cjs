// Debian's Chromium driven by playwright-core. A missing browser fails the run with how to fix it:
// browser tests never skip silently.
const fs = require('node:fs');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function chromiumPath() {
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'Chromium was not found (looked at ' +
        CANDIDATES.join(', ') +
        '). ' +
        'Install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  return found;
}

async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

module.exports = { chromiumPath, launchBrowser };
