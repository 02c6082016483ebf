// Fails loudly without Chromium (browser tests never skip), then builds both apps once.
const { chromiumPath } = require('./browser.cjs');
const { buildForTests } = require('./build.cjs');

module.exports = async () => {
  chromiumPath();
  // The admin bundle is needed by the editor's end-to-end test (Preview button, Review links panel).
  buildForTests({ admin: true });
};
