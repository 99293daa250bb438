import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import { describeServerSuite } from './server.suite.ts';

describeServerSuite('the embedded SQLite store', () => createSqliteStore({ file: ':memory:' }));
