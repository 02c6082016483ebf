// Small helpers for the root scripts: run a command with live output, start a long-running
// server, wait until a URL answers.
import { spawn } from 'node:child_process';
import net from 'node:net';

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/** Starts a server in its own process group, prefixing each output line with its name. */
export function startServer(name, command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  const prefix = (stream, out) => {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  if (!options.quiet) {
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
  } else {
    child.stdout.resume();
    child.stderr.resume();
  }
  return child;
}

/** Stops a server started with startServer, and everything it spawned. */
export async function stopServer(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Polls `url` until it answers with a status below 500, or fails after `timeoutMs`. */
export async function waitForUrl(url, { timeoutMs = 120_000, child, name = url } = {}) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s`);
}

/** Fails with a clear message when something already listens on 127.0.0.1:`port`. */
export function assertPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(
        new Error(`Port ${port} is already in use, so ${what} cannot start. Stop whatever uses it and try again.`),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(resolve));
  });
}
