import { describe, expect, it } from 'vitest';
import { hasControlCharacter, hasExactKeys, isPlainObject } from './validate.ts';

describe('isPlainObject', () => {
  it.each([[{}], [{ a: 1 }], [Object.create(null)]])('accepts %j', (input) => {
    expect(isPlainObject(input)).toBe(true);
  });

  const rejected = [[null], [undefined], [[]], ['{}'], [1], [new Date()], [new Map()], [Object.create({ url: 'x' })]];
  it.each([...rejected, [() => {}]])('rejects %j', (input) => {
    expect(isPlainObject(input)).toBe(false);
  });
});

describe('hasExactKeys', () => {
  it.each([
    [{ url: 'x' }, ['url'], true],
    [{}, [], true],
    [{}, ['url'], false],
    [{ url: 'x', extra: 1 }, ['url'], false],
    [{ other: 'x' }, ['url'], false],
  ])('%j with keys %j is %s', (input, keys, expected) => {
    expect(hasExactKeys(input, keys)).toBe(expected);
  });
});

describe('hasControlCharacter', () => {
  it.each([
    ['plain text', 'index.html', false],
    ['unicode', 'café ☕', false],
    ['space', 'a b', false],
    ['NUL', 'a\u0000b', true],
    ['newline', 'a\nb', true],
    ['unit separator', '\u001f', true],
    ['DEL', '\u007f', true],
  ])('%s -> %s', (_label, text, expected) => {
    expect(hasControlCharacter(text)).toBe(expected);
  });
});
