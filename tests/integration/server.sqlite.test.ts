import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import { describeServerSuite } from './server.suite.ts';

describeServerSuite('the embedded SQLite store', { open: () => createSqliteStore({ file: ':memory:' }) });
