import { describe, expect, it } from 'vitest';
import { defaultDataDir, readConfig } from '../../server/config.ts';

describe('server configuration', () => {
  it('has working defaults', () => {
    const config = readConfig({ HOME: '/home/rep' });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8787, databaseUrl: null, seedDemo: false, loginsPerMinute: 10 });
  });

  it('reads the environment', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db/fieldcase',
      FIELDCASE_SEED_DEMO: '1',
      FIELDCASE_DATA_DIR: '/srv/fieldcase',
      FIELDCASE_LOGINS_PER_MINUTE: '30',
    });
    expect(config).toMatchObject({ port: 9000, host: '0.0.0.0', databaseUrl: 'postgres://u@db/fieldcase', seedDemo: true, dataDir: '/srv/fieldcase', loginsPerMinute: 30 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ FIELDCASE_LOGINS_PER_MINUTE: '0' }, 'FIELDCASE_LOGINS_PER_MINUTE'],
  ])('refuses %o', (env, name) => {
    expect(() => readConfig(env)).toThrow(name);
  });

  it('keeps data where each platform keeps application data', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x' }, 'linux')).toBe('/x/fieldcase/server');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'win32')).toContain('Fieldcase');
    expect(defaultDataDir({}, 'darwin')).toContain('Library/Application Support/Fieldcase/server');
  });
});
