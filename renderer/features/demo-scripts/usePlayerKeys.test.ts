import { describe, expect, it } from 'vitest';
import { playerKeyOf } from './usePlayerKeys.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('playerKeyOf', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'back'],
    ['p', 'pause'],
    ['P', 'pause'],
    ['Escape', 'end'],
    ['Enter', null],
    ['ArrowUp', null],
    ['n', null],
  ])('%j → %s', (k, action) => {
    expect(playerKeyOf(key(k))).toBe(action);
  });

  it('leaves shortcuts with modifiers to the browser and the system', () => {
    expect(playerKeyOf(key('p', { ctrlKey: true }))).toBeNull();
    expect(playerKeyOf(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(playerKeyOf(key('ArrowRight', { metaKey: true }))).toBeNull();
  });
});
