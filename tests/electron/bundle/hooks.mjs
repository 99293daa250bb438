// Module resolution hook: `electron` resolves to the stub; everything else as usual.
import { URL } from 'node:url';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new URL('./electron-stub.mjs', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
