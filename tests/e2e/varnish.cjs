// Starts Debian's Varnish (varnishd from the varnish package, xkey from varnish-modules) with the
// repository's deploy/varnish/newsroom.vcl in front of a website on loopback, for tests and
// benchmarks. The backend is the one thing that differs from compose: newsroom.vcl is copied into
// a folder beside its own backend.vcl (varnishd looks for an include beside the including file).
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { root, stop: stopChild } = require('./servers.cjs');

const VARNISHD = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((file) => fs.existsSync(file));

function varnishPath() {
  if (!VARNISHD) {
    throw new Error(
      "varnishd not found: install Debian's varnish and varnish-modules (apt-get install varnish varnish-modules)",
    );
  }
  return VARNISHD;
}

/** newsroom.vcl, copied beside a backend.vcl of the caller's. */
function copyVcl(dir) {
  const file = path.join(dir, 'newsroom.vcl');
  fs.copyFileSync(path.join(root, 'deploy', 'varnish', 'newsroom.vcl'), file);
  return file;
}

/** A running varnishd in front of http://127.0.0.1:<backendPort>; `stop()` ends it and removes its files. */
async function startVarnish({ port, backendPort, purgeSecret, probeIntervalSeconds = 1 }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-varnish-'));
  // varnishd drops to its own user for the cache process: it must be able to read its work folder.
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(
    path.join(dir, 'backend.vcl'),
    `backend website {
  .host = "127.0.0.1";
  .port = "${backendPort}";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/icon.svg"; .interval = ${probeIntervalSeconds}s; .timeout = 1s; .window = 3; .threshold = 2; }
}
`,
  );
  const child = spawn(
    varnishPath(),
    [
      '-F',
      '-n',
      path.join(dir, 'work'),
      '-a',
      `127.0.0.1:${port}`,
      '-T',
      '127.0.0.1:0',
      '-p',
      `vcl_path=${dir}:/usr/share/varnish/vcl`,
      '-f',
      copyVcl(dir),
      '-s',
      'malloc,256m',
    ],
    { env: { ...process.env, PURGE_SECRET: purgeSecret }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout.on('data', (c) => (log = (log + c).slice(-20000)));
  child.stderr.on('data', (c) => (log = (log + c).slice(-20000)));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}:\n${log}`);
    try {
      await fetch(`${url}/icon.svg`, { signal: AbortSignal.timeout(2000) });
      break;
    } catch {
      if (Date.now() - started > 30_000) {
        await stopChild(child);
        throw new Error(`varnishd did not answer within 30 s:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    child,
    recentOutput: () => log,
    /**
     * Resolves once Varnish counts the website healthy. Its probe needs 2 good answers of the last
     * 3, so a website that came up after Varnish is answered with 503 for up to two probe intervals:
     * call this after starting the website, before the first request through the proxy.
     */
    async backendHealthy(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const status = await fetch(`${url}/icon.svg`, { signal: AbortSignal.timeout(2000) }).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return;
        if (Date.now() > deadline) throw new Error(`Varnish still answers ${status} for the website:\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Compiles newsroom.vcl and compose's backend.vcl with Debian's varnishd (the deployment test).
 * varnishd resolves backend hosts while compiling, and compose's `web` exists only inside compose,
 * so its backend.vcl is compiled with that one name replaced by loopback.
 */
function compileVcl() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-vcl-'));
  fs.chmodSync(dir, 0o755);
  const backend = fs.readFileSync(path.join(root, 'deploy', 'varnish', 'backend.vcl'), 'utf8');
  fs.writeFileSync(path.join(dir, 'backend.vcl'), backend.replace('.host = "web";', '.host = "127.0.0.1";'));
  try {
    const compiled = spawnSync(
      varnishPath(),
      [
        '-C',
        '-n',
        path.join(dir, 'work'),
        // vcl_path before -f: with -C, varnishd compiles as soon as it reads -f.
        '-p',
        `vcl_path=${dir}:/usr/share/varnish/vcl`,
        '-f',
        copyVcl(dir),
      ],
      { encoding: 'utf8' },
    );
    // varnishd -C prints the generated C, or the compiler's message, on stderr.
    if (compiled.status !== 0) throw new Error(`newsroom.vcl does not compile:\n${compiled.stderr}`);
    return compiled.stderr;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { startVarnish, compileVcl, varnishPath };
