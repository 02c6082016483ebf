/**
 * A small self-contained page for answers the proxy gives before any route renders (a refused
 * review link, an address that cannot be read). Titles and advice are our own fixed sentences.
 */
export function statusPage(title: string, advice: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:5rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b;background:#fbfaf7}h1{font-family:Georgia,serif}@media (prefers-color-scheme:dark){body{color:#ecebe7;background:#141414}}</style></head><body><main><h1>${title}</h1><p>${advice}</p></main></body></html>`;
}
