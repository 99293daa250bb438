/**
 * The one IPC contract between main and renderer. Every invokable channel maps to its payload and
 * result types and to the validator main runs on the payload; every main-to-renderer event maps to
 * its payload type and the validator the preload runs before handing the payload to app code.
 * Channel names are `namespace:verb-noun` in kebab case; contract.test.ts enforces that.
 */
import { validateStoredSession, type LoadedSession, type SavedSession, type StoredSession } from './session.ts';
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

export interface ChannelDef<Payload> {
  readonly validate: Validator<Payload>;
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
}

/** Main-to-renderer event -> payload. */
export interface IpcEventTypes {
  'system:resumed': ResumedEvent;
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

export const validateResumedEvent: Validator<ResumedEvent> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['at'])) return invalid('event must be { at }');
  const { at } = input;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return invalid('at must be a non-negative epoch time');
  return valid({ at });
};

// Mapped over the type half so a missing channel, or a validator that produces a different payload
// type, fails to compile, and so indexing with a generic channel keeps the precise validator type.
export const ipcChannels: { readonly [C in IpcChannel]: ChannelDef<ChannelPayload<C>> } = {
  'app:get-info': { validate: validateNoPayload },
  'shell:open-external': { validate: validateOpenExternalPayload },
  'session:load': { validate: validateNoPayload },
  'session:save': { validate: validateStoredSession },
  'session:clear': { validate: validateNoPayload },
};

export const ipcEvents: { readonly [E in IpcEvent]: EventDef<EventPayload<E>> } = {
  'system:resumed': { validate: validateResumedEvent },
};
