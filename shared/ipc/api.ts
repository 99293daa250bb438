/**
 * The shape of `window.fieldcase`, derived from the contract so a channel's result type is
 * written once. Each method is bound to one fixed channel; subscriptions return their unsubscribe.
 */
import type { ChannelResult, EventPayload } from './contract.ts';
import type { IpcResult } from './result.ts';
import type { StoredSession } from './session.ts';

export const FIELDCASE_API_KEY = 'fieldcase';

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
}
