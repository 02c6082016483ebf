// Fails loudly without Chromium (browser tests never skip), then builds both apps once.
const { chromiumPath } = require('./browser.cjs');
const { buildForTests } = require('./build.cjs');

module.exports = async () => {
  chromiumPath();
  buildForTests();
};
