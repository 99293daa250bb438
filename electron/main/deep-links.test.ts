import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  app: { isPackaged: true, isDefaultProtocolClient: vi.fn(() => false), setAsDefaultProtocolClient: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => ({ app: fake.app }));

import { findDeepLink, listenForDeepLinks, parseDeepLink } from './deep-links.ts';

describe('parseDeepLink', () => {
  it.each([
    ['fieldcase://battle-cards/card-orbiqa', '/battle-cards/card-orbiqa'],
    ['fieldcase://accounts/acc_42', '/accounts/acc_42'],
    ['fieldcase://notes/2f1c9a3e-7b1d-4c55-9d2e-0a1b2c3d4e5f', '/notes/2f1c9a3e-7b1d-4c55-9d2e-0a1b2c3d4e5f'],
    ['fieldcase://notes/n1/', '/notes/n1'],
    ['FIELDCASE://notes/n1', '/notes/n1'],
  ])('%s opens %s', (link, path) => {
    expect(parseDeepLink(link)).toEqual({ kind: 'navigate', path });
  });

  it.each([
    ['not a string', 42],
    ['empty', ''],
    ['another scheme', 'https://notes/n1'],
    ['a look-alike scheme', 'fieldcase-evil://notes/n1'],
    ['a scheme without slashes', 'fieldcase:notes/n1'],
    ['three slashes', 'fieldcase:///notes/n1'],
    ['an unknown screen', 'fieldcase://settings/n1'],
    ['the sync screen', 'fieldcase://sync/x'],
    ['an upper-case screen', 'fieldcase://NOTES/n1'],
    ['a look-alike screen', 'fieldcase://notes-evil/n1'],
    ['no id', 'fieldcase://notes/'],
    ['no screen', 'fieldcase://n1'],
    ['a traversal', 'fieldcase://notes/../sync'],
    ['an encoded traversal', 'fieldcase://notes/%2e%2e'],
    ['an encoded slash', 'fieldcase://notes/a%2Fb'],
    ['an extra segment', 'fieldcase://notes/n1/edit'],
    ['a query', 'fieldcase://notes/n1?token=x'],
    ['a fragment', 'fieldcase://notes/n1#x'],
    ['credentials', 'fieldcase://user@notes/n1'],
    ['a port', 'fieldcase://notes:80/n1'],
    ['a backslash', 'fieldcase://notes\\n1'],
    ['whitespace', 'fieldcase://notes/n 1'],
    ['a trailing newline', 'fieldcase://notes/n1\n'],
    ['a leading space', ' fieldcase://notes/n1'],
    ['a command-line flag glued on', 'fieldcase://notes/n1 --inspect=9229'],
    ['an id starting with a dash', 'fieldcase://notes/-rf'],
    ['a long id', `fieldcase://notes/${'a'.repeat(101)}`],
    ['a huge link', `fieldcase://notes/${'a'.repeat(10_000)}`],
    ['a script', 'fieldcase://notes/javascript:alert(1)'],
  ])('refuses %s', (_label, link) => {
    expect(parseDeepLink(link)).toBeNull();
  });
});

describe('findDeepLink', () => {
  it('finds the link among Chromium flags of a second launch', () => {
    expect(findDeepLink(['/opt/Fieldcase/fieldcase', '--allow-file-access-from-files', 'fieldcase://notes/n1'])).toEqual({
      kind: 'navigate',
      path: '/notes/n1',
    });
  });

  it('finds nothing in a plain launch, and nothing when the last link is bad', () => {
    expect(findDeepLink(['/opt/Fieldcase/fieldcase'])).toBeNull();
    expect(findDeepLink(['fieldcase', 'fieldcase://notes/n1', 'fieldcase://notes/../x'])).toBeNull();
  });

  it('does not take a link hidden inside another argument', () => {
    expect(findDeepLink(['fieldcase', '--foo=fieldcase://notes/n1'])).toBeNull();
  });
});

describe('listenForDeepLinks', () => {
  beforeEach(() => {
    fake.app.on.mockClear();
    fake.app.setAsDefaultProtocolClient.mockClear();
  });

  it('registers the scheme in packaged builds and dispatches valid open-url links only', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dispatch = vi.fn();
    listenForDeepLinks(dispatch);
    expect(fake.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('fieldcase');
    const [event, onOpenUrl] = fake.app.on.mock.calls[0] ?? [];
    expect(event).toBe('open-url');

    const good = { preventDefault: vi.fn() };
    onOpenUrl(good, 'fieldcase://accounts/acc-1');
    onOpenUrl({ preventDefault: vi.fn() }, 'fieldcase://accounts/../../etc');
    expect(good.preventDefault).toHaveBeenCalled();
    expect(dispatch.mock.calls).toEqual([[{ kind: 'navigate', path: '/accounts/acc-1' }]]);
    vi.restoreAllMocks();
  });

  it('registers nothing in development', () => {
    fake.app.isPackaged = false;
    listenForDeepLinks(vi.fn());
    expect(fake.app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
    fake.app.isPackaged = true;
  });
});
