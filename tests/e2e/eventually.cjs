// Retries `check` until it passes or `timeoutMs` runs out (then its last failure is the test's):
// for what settles shortly after an action, like pages after a CMS change is revalidated.
async function eventually(check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

module.exports = { eventually };
