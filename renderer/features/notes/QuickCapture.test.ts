import { describe, expect, it } from 'vitest';
import { isQuickCapture } from './QuickCapture.tsx';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('quick capture shortcut', () => {
  it.each([
    [key('N', { ctrlKey: true, shiftKey: true }), true],
    [key('n', { metaKey: true, shiftKey: true }), true],
    [key('N', { ctrlKey: true, shiftKey: true, altKey: true }), false],
    [key('n', { ctrlKey: true }), false],
    [key('N', { shiftKey: true }), false],
    [key('M', { ctrlKey: true, shiftKey: true }), false],
  ])('%j → %s', (event, expected) => {
    expect(isQuickCapture(event)).toBe(expected);
  });
});
