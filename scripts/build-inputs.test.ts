import { readdirSync } from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEB_BUILD_INPUTS } = require('./lib/build-inputs.cjs') as { WEB_BUILD_INPUTS: string[] };

const web = path.resolve(__dirname, '..', 'web');
// Not sources of the build: dependencies, build output, generated types, the example env file.
const NOT_INPUTS = /^(node_modules|\.next.*|next-env\.d\.ts|tsconfig\.tsbuildinfo|\.env\.example)$/;

describe('the website build inputs npm start hashes', () => {
  it('include every source file and folder of web/, so a change to any of them rebuilds', () => {
    const sources = readdirSync(web).filter((name) => !NOT_INPUTS.test(name));
    expect(sources.filter((name) => !WEB_BUILD_INPUTS.includes(name))).toEqual([]);
  });

  it('include the proxy, which checks every request', () => {
    expect(WEB_BUILD_INPUTS).toContain('proxy.ts');
  });
});
