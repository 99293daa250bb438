/**
 * The shape of `window.fieldcase`, derived from the contract so a channel's result type is
 * written once. Each method is bound to one fixed channel; subscriptions return their unsubscribe.
 */
import type { ChannelResult, EventPayload } from './contract.ts';
import type { IpcResult } from './result.ts';
import type { AppCommand } from './commands.ts';
import type { SyncSummary } from './sync-summary.ts';
import type { StoredSession } from './session.ts';

export const FIELDCASE_API_KEY = 'fieldcase';
/** The talk-track overlay's own, much smaller object (window.fieldcaseTalkTrack). */
export const TALK_TRACK_API_KEY = 'fieldcaseTalkTrack';

export type Unsubscribe = () => void;

type Invoke<Result, Args extends unknown[] = []> = (...args: Args) => Promise<IpcResult<Result>>;

export interface FieldcaseApi {
  readonly app: {
    readonly getInfo: Invoke<ChannelResult<'app:get-info'>>;
  };
  readonly shell: {
    readonly openExternal: Invoke<ChannelResult<'shell:open-external'>, [url: string]>;
  };
  /** The signed-in session, kept by main: sealed by the OS keychain, or in memory for this run when there is none. */
  readonly session: {
    readonly load: Invoke<ChannelResult<'session:load'>>;
    readonly save: Invoke<ChannelResult<'session:save'>, [session: StoredSession]>;
    readonly clear: Invoke<ChannelResult<'session:clear'>>;
  };
  readonly system: {
    readonly onResumed: (listener: (event: EventPayload<'system:resumed'>) => void) => Unsubscribe;
  };
  readonly files: {
    /** Writes the file to the app's temporary folder and opens it with the system's app for its type. */
    readonly openWithSystem: Invoke<ChannelResult<'files:open-with-system'>, [name: string, bytes: Uint8Array]>;
  };
  readonly sync: {
    /** Tells the shell (tray, notifications) how sync is doing. */
    readonly reportStatus: Invoke<ChannelResult<'sync:report-status'>, [summary: SyncSummary]>;
  };
  readonly commands: {
    /** Commands sent before this window listened (a link that launched the app, say); marks it ready. */
    readonly takePending: Invoke<ChannelResult<'app:take-commands'>>;
    readonly onCommand: (listener: (command: AppCommand) => void) => Unsubscribe;
  };
}

/** All the talk-track overlay window can do: nothing else is exposed there. */
export interface TalkTrackApi {
  readonly close: Invoke<ChannelResult<'talk-track:close'>>;
  readonly setAlwaysOnTop: Invoke<ChannelResult<'talk-track:set-always-on-top'>, [alwaysOnTop: boolean]>;
}
