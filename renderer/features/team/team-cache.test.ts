import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/stage-probabilities.ts';
import {
  SETTINGS_KEY,
  TEAM_KEY,
  checkForecastSettings,
  forgetCachedTeam,
  readCachedSettings,
  readCachedTeam,
  writeCachedSettings,
  writeCachedTeam,
} from './team-cache.ts';
import { initialTeamData } from './team-data.store.ts';
import { memoryStorage } from './memory-storage.ts';

const settings = { stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, demo: 0.3 }, updatedAt: 1_750_000_000_000 };
const owner = { serverUrl: 'https://sync.example.com', userId: 'u-manager' };
const members = [{ id: 'u-ada', name: 'Ada', email: 'ada@example.com', role: 'rep' as const }];

describe('the forecast settings cache', () => {
  it('gives back what was kept', () => {
    const storage = memoryStorage();
    writeCachedSettings(storage, settings);
    expect(readCachedSettings(storage)).toEqual(settings);
  });

  it.each([
    ['nothing kept', undefined],
    ['text that is not JSON', '{"stageProbabilities":'],
    ['a stage out of range', JSON.stringify({ ...settings, stageProbabilities: { ...settings.stageProbabilities, demo: 3 } })],
    ['a missing stage', JSON.stringify({ stageProbabilities: { demo: 0.3 }, updatedAt: null })],
    ['an unknown stage', JSON.stringify({ stageProbabilities: { ...settings.stageProbabilities, won: 1 }, updatedAt: null })],
    ['a bad date', JSON.stringify({ ...settings, updatedAt: 'yesterday' })],
    ['an array', '[]'],
  ])('falls back when it finds %s', (_name, raw) => {
    const storage = memoryStorage();
    if (raw !== undefined) storage.setItem(SETTINGS_KEY, raw);
    expect(readCachedSettings(storage)).toBeNull();
    expect(initialTeamData(storage)).toMatchObject({ settingsSource: 'default', settings: { stageProbabilities: DEFAULT_STAGE_PROBABILITIES, updatedAt: null } });
  });

  it('starts the app from the cached settings', () => {
    const storage = memoryStorage();
    writeCachedSettings(storage, settings);
    expect(initialTeamData(storage)).toMatchObject({ settings, settingsSource: 'cached', teamSource: 'none', members: [] });
  });

  it('checks what the server sends before trusting it', () => {
    expect(checkForecastSettings(settings)).toEqual(settings);
    expect(checkForecastSettings({ stageProbabilities: 'all of them', updatedAt: null })).toBeNull();
    expect(checkForecastSettings(null)).toBeNull();
  });

  it('survives a full storage', () => {
    expect(() => writeCachedSettings(memoryStorage(true), settings)).not.toThrow();
  });
});

describe('the team cache', () => {
  it('gives the list back to the same manager on the same server only', () => {
    const storage = memoryStorage();
    writeCachedTeam(storage, owner, members);
    expect(readCachedTeam(storage, owner)).toEqual(members);
    expect(readCachedTeam(storage, { ...owner, userId: 'u-rep' })).toBeNull();
    expect(readCachedTeam(storage, { ...owner, serverUrl: 'https://other.example.com' })).toBeNull();
    forgetCachedTeam(storage);
    expect(readCachedTeam(storage, owner)).toBeNull();
  });

  it.each([
    ['a member without a name', [{ id: 'u', email: 'e', role: 'rep' }]],
    ['an unknown role', [{ id: 'u', name: 'n', email: 'e', role: 'owner' }]],
    ['not a list', { id: 'u' }],
  ])('refuses %s', (_name, bad) => {
    const storage = memoryStorage();
    storage.setItem(TEAM_KEY, JSON.stringify({ ...owner, members: bad }));
    expect(readCachedTeam(storage, owner)).toBeNull();
  });

  it('keeps only the fields of a member', () => {
    const storage = memoryStorage();
    storage.setItem(TEAM_KEY, JSON.stringify({ ...owner, members: [{ ...members[0], passwordHash: 'x' }] }));
    expect(readCachedTeam(storage, owner)).toEqual(members);
  });
});
