import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from './node-flags.ts';

describe('the server’s Node flags', () => {
  it('are the ones `npm run server` starts it with', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['server']).toBe(`tsx ${SERVER_NODE_FLAGS.join(' ')} server/main.ts`);
  });

  it('are flags this Node accepts', () => {
    for (const flag of SERVER_NODE_FLAGS) expect(process.allowedNodeEnvironmentFlags.has(flag.split('=')[0] as string), flag).toBe(true);
  });
});
