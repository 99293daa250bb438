/**
 * The command table: which options each command takes and how its result reads on a terminal.
 * The work itself is in user-commands.ts, import-content.ts and report-render.ts.
 */
import type { Store } from '../store/store.ts';
import { answerFeedbackCommand, setFeedbackStatusCommand } from './feedback-commands.ts';
import { setProbabilitiesCommand, showForecastCommand } from './forecast-commands.ts';
import { importContent, type ImportCounts, type ImportSummary } from './import-content.ts';
import { forecastReport } from './report-forecast.ts';
import { readinessReport } from './report-readiness.ts';
import { feedbackReport } from './report-render.ts';
import { formatBytes, formatTable, formatUtcMinute, terminalSafe } from './text-format.ts';
import { addUser, enableUser, listUsers, revokeUser, setPassword, setRole } from './user-commands.ts';

export interface CommandContext {
  store: Store;
  /** Reads a password from stdin (a pipe, or a hidden prompt on a terminal). */
  readPassword: () => Promise<string>;
  /** Progress of long work, for stderr. */
  progress: (message: string) => void;
  now: () => number;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  /** String options the command cannot run without. */
  required: string[];
  /** Names of the positional arguments, all required. */
  positionals: string[];
  /** The last positional takes one or more values (`STAGE=VALUE…`). */
  isVariadic?: boolean;
  run(context: CommandContext, values: OptionValues, positionals: string[]): Promise<string>;
}

const str = (values: OptionValues, key: string): string => {
  const value = values[key];
  return typeof value === 'string' ? value : '';
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function formatImport(summary: ImportSummary): string {
  const line = (label: string, counts: ImportCounts) =>
    `  ${label.padEnd(14)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;
  const files = summary.filesStored === 0 ? 'no new files' : `${plural(summary.filesStored, 'new file')} (${formatBytes(summary.bytesStored)})`;
  return [
    `Imported ${terminalSafe(summary.folder)}`,
    line('battle cards', summary.counts.battle_cards),
    line('demo scripts', summary.counts.demo_scripts),
    line('collateral', summary.counts.collateral),
    line('kits', summary.counts.enablement_kits),
    `  ${'files'.padEnd(14)} ${files}`,
    '',
  ].join('\n');
}

export const COMMANDS: readonly Command[] = [
  {
    name: 'user add',
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    required: ['email', 'name', 'role'],
    positionals: [],
    async run(context, values) {
      const password = values['password-stdin'] === true ? await context.readPassword() : undefined;
      const input = { email: str(values, 'email'), name: str(values, 'name'), role: str(values, 'role') };
      const { user, generatedPassword } = await addUser(context.store, password === undefined ? input : { ...input, password }, context.now());
      const lines = [`Added ${user.role} ${user.email} (${terminalSafe(user.name)}), id ${user.id}.`];
      if (generatedPassword) lines.push(`Password, shown only this once: ${generatedPassword}`);
      return `${lines.join('\n')}\n`;
    },
  },
  {
    name: 'user list',
    options: {},
    required: [],
    positionals: [],
    async run(context) {
      const users = await listUsers(context.store);
      if (users.length === 0) return 'No users yet. Add one with: npm run admin -- user add --email E --name N --role R\n';
      const rows = users.map((user) => [
        user.email,
        user.name,
        user.role,
        formatUtcMinute(user.createdAt),
        user.disabledAt === null ? '—' : formatUtcMinute(user.disabledAt),
      ]);
      return `${formatTable(['EMAIL', 'NAME', 'ROLE', 'CREATED', 'DISABLED'], rows)}\n`;
    },
  },
  {
    name: 'user set-password',
    options: { email: { type: 'string' } },
    required: ['email'],
    positionals: [],
    async run(context, values) {
      const password = await context.readPassword();
      const result = await setPassword(context.store, str(values, 'email'), password, context.now());
      return `Password set for ${result.email}; ${plural(result.revokedTokens, 'token')} revoked, so every device signs in again.\n`;
    },
  },
  {
    name: 'user set-role',
    options: { email: { type: 'string' }, role: { type: 'string' } },
    required: ['email', 'role'],
    positionals: [],
    async run(context, values) {
      const { email, from, to } = await setRole(context.store, str(values, 'email'), str(values, 'role'));
      return from === to ? `${email} already has the role ${to}.\n` : `${email}: role changed from ${from} to ${to}.\n`;
    },
  },
  {
    name: 'user revoke',
    options: { email: { type: 'string' }, disable: { type: 'boolean' } },
    required: ['email'],
    positionals: [],
    async run(context, values) {
      const disable = values['disable'] === true;
      const result = await revokeUser(context.store, str(values, 'email'), { disable, now: context.now() });
      const lines = [`Revoked ${plural(result.revokedTokens, 'token')} of ${result.email}.`];
      if (disable) lines.push(result.disabled ? 'The account is disabled.' : 'The account was already disabled.');
      return `${lines.join('\n')}\n`;
    },
  },
  {
    name: 'user enable',
    options: { email: { type: 'string' } },
    required: ['email'],
    positionals: [],
    async run(context, values) {
      const { email, enabled } = await enableUser(context.store, str(values, 'email'));
      return enabled ? `${email} is enabled again.\n` : `${email} was not disabled.\n`;
    },
  },
  {
    name: 'import',
    options: {},
    required: [],
    positionals: ['FOLDER'],
    async run(context, _values, [folder = '']) {
      return formatImport(await importContent(context.store, folder, { now: context.now(), onProgress: context.progress }));
    },
  },
  {
    name: 'report feedback',
    options: { since: { type: 'string' }, format: { type: 'string' } },
    required: [],
    positionals: [],
    async run(context, values) {
      const format = typeof values['format'] === 'string' ? values['format'] : undefined;
      const since = typeof values['since'] === 'string' ? values['since'] : undefined;
      return feedbackReport(context.store, { format, since, now: context.now() });
    },
  },
  {
    name: 'report forecast',
    options: { quarter: { type: 'string' }, 'time-zone': { type: 'string' }, format: { type: 'string' } },
    required: [],
    positionals: [],
    run(context, values) {
      const option = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
      return forecastReport(context.store, { quarter: option('quarter'), timeZone: option('time-zone'), format: option('format'), now: context.now() });
    },
  },
  {
    name: 'report readiness',
    options: { kit: { type: 'string' }, format: { type: 'string' } },
    required: [],
    positionals: [],
    run(context, values) {
      const option = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
      return readinessReport(context.store, { kitId: option('kit'), format: option('format'), now: context.now() });
    },
  },
  {
    name: 'feedback set-status',
    options: { response: { type: 'string' } },
    required: [],
    positionals: ['ID', 'STATUS'],
    async run(context, values, [id = '', status = '']) {
      const response = typeof values['response'] === 'string' ? values['response'] : undefined;
      return setFeedbackStatusCommand(context.store, id, status, response, context.now());
    },
  },
  {
    name: 'feedback answer',
    options: { response: { type: 'string' } },
    required: ['response'],
    positionals: ['ID'],
    run: (context, values, [id = '']) => answerFeedbackCommand(context.store, id, str(values, 'response'), context.now()),
  },
  {
    name: 'forecast show',
    options: {},
    required: [],
    positionals: [],
    run: (context) => showForecastCommand(context.store),
  },
  {
    name: 'forecast set-probabilities',
    options: {},
    required: [],
    positionals: ['STAGE=VALUE'],
    isVariadic: true,
    run: (context, _values, pairs) => setProbabilitiesCommand(context.store, pairs, context.now()),
  },
];
