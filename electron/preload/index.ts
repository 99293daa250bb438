/**
 * Builds the one `window.fieldcase` object. Each method is bound to one fixed channel from the
 * contract; neither ipcRenderer nor any IPC event object ever reaches page code, so a compromised
 * page can call exactly these methods and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRenderer } from 'electron';
import {
  FIELDCASE_API_KEY,
  ipcEvents,
  type ChannelPayload,
  type ChannelResult,
  type EventPayload,
  type FieldcaseApi,
  type IpcChannel,
  type IpcEvent,
  type IpcResult,
  type StoredSession,
  type Unsubscribe,
} from '../../shared/ipc/index.ts';

// The event object is typed unknown on purpose: the API reads nothing from it and never forwards it.
type EventListener = (event: unknown, ...args: unknown[]) => void;

/** The part of ipcRenderer the API uses; narrow so tests can pass a fake without casts. */
export interface IpcRendererPort {
  readonly invoke: IpcRenderer['invoke'];
  on(channel: string, listener: EventListener): unknown;
  removeListener(channel: string, listener: EventListener): unknown;
}

// A channel without a payload takes no argument, so a call site cannot slip one in by mistake.
type InvokeArgs<C extends IpcChannel> = ChannelPayload<C> extends undefined ? [] : [payload: ChannelPayload<C>];

export function buildApi(port: IpcRendererPort): FieldcaseApi {
  function invoke<C extends IpcChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcResult<ChannelResult<C>>> {
    return port.invoke(channel, ...args);
  }

  function subscribe<E extends IpcEvent>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe {
    const { validate } = ipcEvents[event];
    // Rebuilt from the validated fields only, so nothing main did not mean to send gets through.
    const onEvent = (_event: unknown, raw: unknown): void => {
      const payload = validate(raw);
      if (payload.ok) listener(payload.value);
    };
    port.on(event, onEvent);
    return () => {
      port.removeListener(event, onEvent);
    };
  }

  const api = {
    app: {
      getInfo: () => invoke('app:get-info'),
    },
    shell: {
      openExternal: (url: string) => invoke('shell:open-external', { url }),
    },
    session: {
      load: () => invoke('session:load'),
      save: (session: StoredSession) => invoke('session:save', session),
      clear: () => invoke('session:clear'),
    },
    system: {
      onResumed: (listener: (event: EventPayload<'system:resumed'>) => void) => subscribe('system:resumed', listener),
    },
  } satisfies FieldcaseApi;
  return api;
}

contextBridge.exposeInMainWorld(FIELDCASE_API_KEY, buildApi(ipcRenderer));
