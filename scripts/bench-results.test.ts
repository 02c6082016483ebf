import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { recordFigures, readResults, renderReport, measuredFigure, ROWS } = require('./lib/bench-results.cjs');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
const file = path.join(dir, 'bench-results.json');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the benchmark report', () => {
  it('prints the figures a run recorded, with the run that measured them', () => {
    recordFigures(
      'proxy',
      { command: 'npm run bench:proxy', figures: { 'page.proxy.rps': 4321.5, 'page.proxy.p99_ms': 12 } },
      file,
    );
    const { markdown } = renderReport(readResults(file));
    expect(markdown).toMatch(/\| Through Varnish: req\/s \| 4,321\.5 req\/s \|/);
    expect(markdown).toMatch(/\| Through Varnish: p99 \| 12 ms \| < 50 \| yes \|/);
    expect(markdown).toContain('`npm run bench:proxy`');
    expect(markdown).toContain(`${os.cpus().length} cores`);
    // The run names the processor it ran on (hosts differ from day to day).
    expect(markdown).toContain(`| ${os.cpus()[0]!.model} |`);
  });

  it('says "not measured" for every figure no run recorded, and prints no number for it', () => {
    const { markdown, unmet } = renderReport({ benches: {} });
    const rows = markdown
      .split('\n')
      .filter((line: string) => ROWS.some((r: { label: string }) => line.startsWith(`| ${r.label} |`)));
    expect(rows).toHaveLength(ROWS.length);
    for (const line of rows) expect(line).toMatch(/^\| [^|]+ \| not measured \| [^|\d]*(\d[^|]*)?\| {2}\|$/);
    expect(unmet).toBe(0);
  });

  it('refuses a figure no run is recorded as measuring, or one that is not a number', () => {
    const typedIn = { benches: { proxy: { figures: { 'page.proxy.rps': 9999 } } } };
    expect(() => renderReport(typedIn)).toThrow(/Refusing to print proxy\/page\.proxy\.rps/);
    const noTime = { benches: { proxy: { command: 'npm run bench:proxy', figures: { 'page.proxy.rps': 1 } } } };
    expect(() => measuredFigure(noTime, 'proxy', 'page.proxy.rps')).toThrow(/no run is recorded/);
    const text = {
      benches: { proxy: { command: 'x', measuredAt: new Date().toISOString(), figures: { 'page.proxy.rps': '9999' } } },
    };
    expect(() => renderReport(text)).toThrow(/not a measured number/);
    expect(() => recordFigures('proxy', { command: 'x', figures: { 'page.proxy.rps': Number.NaN } }, file)).toThrow(
      /not a measured number/,
    );
  });

  it('counts a missed target', () => {
    recordFigures('proxy', { command: 'npm run bench:proxy', figures: { 'page.proxy.p99_ms': 80 } }, file);
    const { markdown, unmet } = renderReport(readResults(file));
    expect(markdown).toMatch(/\| Through Varnish: p99 \| 80 ms \| < 50 \| no \|/);
    expect(unmet).toBe(1);
  });
});
