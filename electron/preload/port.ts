/**
 * What both preloads share: the narrow view of ipcRenderer they use, and one typed `invoke` so a
 * method can only ever name a channel of the contract with that channel's payload.
 */
import type { IpcRenderer } from 'electron';
import type { ChannelPayload, ChannelResult, IpcChannel, IpcResult } from '../../shared/ipc/index.ts';

// The event object is typed unknown on purpose: the API reads nothing from it and never forwards it.
export type EventListener = (event: unknown, ...args: unknown[]) => void;

/** The part of ipcRenderer the APIs use; narrow so tests can pass a fake without casts. */
export interface IpcRendererPort {
  readonly invoke: IpcRenderer['invoke'];
  on(channel: string, listener: EventListener): unknown;
  removeListener(channel: string, listener: EventListener): unknown;
}

// A channel without a payload takes no argument, so a call site cannot slip one in by mistake.
type InvokeArgs<C extends IpcChannel> = ChannelPayload<C> extends undefined ? [] : [payload: ChannelPayload<C>];

export type TypedInvoke = <C extends IpcChannel>(channel: C, ...args: InvokeArgs<C>) => Promise<IpcResult<ChannelResult<C>>>;

export function typedInvoke(port: IpcRendererPort): TypedInvoke {
  return (channel, ...args) => port.invoke(channel, ...args);
}
