/**
 * `npm run server`: the sync server on the embedded store (or PostgreSQL with DATABASE_URL).
 * Structured JSON logs on stdout; stops cleanly on SIGINT/SIGTERM.
 */
import { readConfig } from './config.ts';
import { buildServer } from './http/app.ts';
import { parseAllowedOrigins } from './http/cors.ts';
import { seedDemo } from './seed/demo-seed.ts';
import { openStore } from './store/open-store.ts';

async function main(): Promise<void> {
  const config = readConfig();
  const { store, where } = await openStore(config);
  const { app } = await buildServer({
    store,
    tokenTtlMs: config.tokenTtlMs,
    allowedOrigins: parseAllowedOrigins(config.corsOrigins),
    loginsPerMinute: config.loginsPerMinute,
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
  });
  app.log.info(`data: ${where}`);
  if (config.seedDemo) {
    const seeded = await seedDemo(store);
    app.log.warn(
      { ...seeded },
      'DEMO USERS EXIST (rep@, rep2@, manager@, marketing@demo.fieldcase, password fieldcase-demo): never expose this server',
    );
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  console.error('Fieldcase server failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
