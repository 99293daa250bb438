/**
 * The one IPC contract between main and renderer. Every invokable channel maps to its payload and
 * result types and to the validator main runs on the payload; every main-to-renderer event maps to
 * its payload type and the validator the preload runs before handing the payload to app code.
 * Channel names are `namespace:verb-noun` in kebab case; contract.test.ts enforces that.
 */
import { validateAppCommand, type AppCommand } from './commands.ts';
import { validateOpenFilePayload, type OpenFilePayload } from './files.ts';
import { validateStoredSession, type LoadedSession, type SavedSession, type StoredSession } from './session.ts';
import { validateSyncSummary, type SyncSummary } from './sync-summary.ts';
import { validateExternalUrl } from './url.ts';
import { hasExactKeys, invalid, isPlainObject, valid, type Validator } from './validate.ts';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly electron: string;
  readonly isPackaged: boolean;
}

export interface OpenExternalPayload {
  readonly url: string;
}

export interface ResumedEvent {
  /** Epoch milliseconds at which main saw the OS resume. */
  readonly at: number;
}

export interface AlwaysOnTopPayload {
  readonly alwaysOnTop: boolean;
}

/**
 * Which kind of window may call a channel: the app's own windows, or the talk-track overlay with
 * its narrow preload. Main refuses a call from the other kind even on our origin.
 */
export type WindowRole = 'app' | 'talk-track';

export interface ChannelDef<Payload> {
  readonly validate: Validator<Payload>;
  readonly from: WindowRole;
}

export interface EventDef<Payload> {
  readonly validate: Validator<Payload>;
}

/** Channel -> payload and result, the type half of the contract. */
export interface IpcChannelTypes {
  'app:get-info': { payload: undefined; result: AppInfo };
  'shell:open-external': { payload: OpenExternalPayload; result: null };
  'session:load': { payload: undefined; result: LoadedSession };
  'session:save': { payload: StoredSession; result: SavedSession };
  'session:clear': { payload: undefined; result: null };
  'files:open-with-system': { payload: OpenFilePayload; result: null };
  'sync:report-status': { payload: SyncSummary; result: null };
  /** Commands that arrived before this window listened; from then on they come as app:command. */
  'app:take-commands': { payload: undefined; result: AppCommand[] };
  'talk-track:close': { payload: undefined; result: null };
  'talk-track:set-always-on-top': { payload: AlwaysOnTopPayload; result: null };
}

/** Main-to-renderer event -> payload. */
export interface IpcEventTypes {
  'system:resumed': ResumedEvent;
  'app:command': AppCommand;
}

export type IpcChannel = keyof IpcChannelTypes;
export type IpcEvent = keyof IpcEventTypes;
export type ChannelPayload<C extends IpcChannel> = IpcChannelTypes[C]['payload'];
export type ChannelResult<C extends IpcChannel> = IpcChannelTypes[C]['result'];
export type EventPayload<E extends IpcEvent> = IpcEventTypes[E];

export const validateNoPayload: Validator<undefined> = (input) =>
  input === undefined ? valid(undefined) : invalid('this channel takes no payload');

export const validateOpenExternalPayload: Validator<OpenExternalPayload> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['url'])) return invalid('payload must be { url }');
  const url = validateExternalUrl(input.url);
  return url.ok ? valid({ url: url.value }) : url;
};

export const validateAlwaysOnTopPayload: Validator<AlwaysOnTopPayload> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['alwaysOnTop']) || typeof input.alwaysOnTop !== 'boolean') {
    return invalid('payload must be { alwaysOnTop: boolean }');
  }
  return valid({ alwaysOnTop: input.alwaysOnTop });
};

export const validateResumedEvent: Validator<ResumedEvent> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['at'])) return invalid('event must be { at }');
  const { at } = input;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return invalid('at must be a non-negative epoch time');
  return valid({ at });
};

// Mapped over the type half so a missing channel, or a validator that produces a different payload
// type, fails to compile, and so indexing with a generic channel keeps the precise validator type.
export const ipcChannels: { readonly [C in IpcChannel]: ChannelDef<ChannelPayload<C>> } = {
  'app:get-info': { validate: validateNoPayload, from: 'app' },
  'shell:open-external': { validate: validateOpenExternalPayload, from: 'app' },
  'session:load': { validate: validateNoPayload, from: 'app' },
  'session:save': { validate: validateStoredSession, from: 'app' },
  'session:clear': { validate: validateNoPayload, from: 'app' },
  'files:open-with-system': { validate: validateOpenFilePayload, from: 'app' },
  'sync:report-status': { validate: validateSyncSummary, from: 'app' },
  'app:take-commands': { validate: validateNoPayload, from: 'app' },
  'talk-track:close': { validate: validateNoPayload, from: 'talk-track' },
  'talk-track:set-always-on-top': { validate: validateAlwaysOnTopPayload, from: 'talk-track' },
};

export const ipcEvents: { readonly [E in IpcEvent]: EventDef<EventPayload<E>> } = {
  'system:resumed': { validate: validateResumedEvent },
  'app:command': { validate: validateAppCommand },
};
