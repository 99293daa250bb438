/** Where the e2e specs find the app and the sync server that playwright.config.ts starts. */
export const APP_PORT = 4173;
export const SERVER_PORT = 8788;
export const E2E_SERVER_URL = `http://127.0.0.1:${SERVER_PORT}`;
export const DEMO_REP = { email: 'rep@demo.fieldcase', password: 'fieldcase-demo' };
