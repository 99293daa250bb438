import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../shared/domain/stage-probabilities.ts';
import { createTempStore, runCliOn, type TempStore } from './store-for-tests.ts';

const T = Date.UTC(2026, 10, 2, 8, 15);
let temp: TempStore;

beforeEach(async () => {
  temp = await createTempStore();
});

afterEach(async () => {
  await temp.cleanup();
});

const run = (argv: string[]) => runCliOn(temp, argv, T);

async function storedSettings() {
  const store = await temp.open();
  return store.getForecastSettings();
}

describe('forecast show', () => {
  it('shows the defaults, saying they are the defaults', async () => {
    const result = await run(['forecast', 'show']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/qualification\s+0\.1\s+10%/);
    expect(result.stdout).toMatch(/negotiation\s+0\.75\s+75%/);
    expect(result.stdout).toContain('The defaults: no admin has set them yet.');
  });
});

describe('forecast set-probabilities', () => {
  it('sets the named stages and keeps the others', async () => {
    const first = await run(['forecast', 'set-probabilities', 'qualification=0.15', 'demo=0.3']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Set qualification, demo.');
    expect(first.stdout).toMatch(/demo\s+0\.3\s+30%/);
    expect(first.stdout).toContain('Last set 2026-11-02 08:15 UTC.');
    await run(['forecast', 'set-probabilities', 'demo=0.125']);
    expect(await storedSettings()).toEqual({
      stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, qualification: 0.15, demo: 0.125 },
      updatedAt: T,
    });
    expect((await run(['forecast', 'show'])).stdout).toMatch(/demo\s+0\.125\s+12\.5%/);
  });

  it.each([
    [['forecast', 'set-probabilities', 'demo=1.5', 'won=0.2'], 1, /nothing was changed:\n {2}demo: 1.5 is not between 0 and 1.*\n {2}unknown stage "won"/s],
    [['forecast', 'set-probabilities', 'demo'], 1, /"demo" is not stage=value/],
    [['forecast', 'set-probabilities'], 2, /forecast set-probabilities takes STAGE=VALUE…, got: none/],
    [['forecast', 'set-probabilities', '--demo', '0.3'], 2, /Unknown option '--demo'/],
  ])('%j fails, changing nothing', async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect((await storedSettings()).updatedAt).toBeNull();
  });
});
