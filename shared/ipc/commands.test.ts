import { describe, expect, it } from 'vitest';
import { validateAppCommand, validateCommandPath } from './commands.ts';

describe('validateCommandPath', () => {
  it.each(['/battle-cards/card-orbiqa', '/accounts/acc_42', '/notes/2f1c9a3e-7b1d-4c55-9d2e-0a1b2c3d4e5f', '/notes/a.b:c', '/sync', '/notes'])(
    'accepts %s',
    (path) => {
      expect(validateCommandPath(path)).toEqual({ ok: true, value: path });
    },
  );

  it.each([
    ['not a string', 1],
    ['empty', ''],
    ['the root', '/'],
    ['another screen', '/settings'],
    ['a screen with an id it does not take', '/sync/1'],
    ['a document route without an id', '/notes/'],
    ['an extra segment', '/notes/1/edit'],
    ['a dot segment', '/notes/..'],
    ['a traversal', '/notes/../sync'],
    ['an encoded traversal', '/notes/%2e%2e'],
    ['a query', '/notes/1?x=1'],
    ['a hash', '/notes/1#x'],
    ['no leading slash', 'notes/1'],
    ['a protocol-relative url', '//evil.example/notes/1'],
    ['a script url', 'javascript:alert(1)'],
    ['a full url', 'https://evil.example/notes/1'],
    ['a look-alike route', '/notes-evil/1'],
    ['an upper-case route', '/NOTES/1'],
    ['an id starting with a dash', '/notes/-1'],
    ['an id with spaces', '/notes/a b'],
    ['an id with a NUL', '/notes/a\u0000'],
    ['a long id', `/notes/${'a'.repeat(101)}`],
  ])('refuses %s', (_label, path) => {
    expect(validateCommandPath(path).ok).toBe(false);
  });
});

describe('validateAppCommand', () => {
  it.each([{ kind: 'new-note' }, { kind: 'search' }, { kind: 'sync-now' }, { kind: 'navigate', path: '/notes/n1' }])('accepts %j', (command) => {
    expect(validateAppCommand(command)).toEqual({ ok: true, value: command });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'search'],
    ['an unknown kind', { kind: 'quit' }],
    ['a prototype key', { kind: '__proto__' }],
    ['an extra field', { kind: 'search', query: 'x' }],
    ['navigate without a path', { kind: 'navigate' }],
    ['navigate to a bad path', { kind: 'navigate', path: '/notes/../../etc' }],
    ['navigate with an extra field', { kind: 'navigate', path: '/notes/1', replace: true }],
  ])('refuses %s', (_label, input) => {
    expect(validateAppCommand(input).ok).toBe(false);
  });
});
