/**
 * Builds the one `window.fieldcase` object. Each method is bound to one fixed channel from the
 * contract; neither ipcRenderer nor any IPC event object ever reaches page code, so a compromised
 * page can call exactly these methods and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  FIELDCASE_API_KEY,
  ipcEvents,
  type AppCommand,
  type EventPayload,
  type FieldcaseApi,
  type IpcEvent,
  type StoredSession,
  type SyncSummary,
  type Unsubscribe,
} from '../../shared/ipc/index.ts';
import { typedInvoke, type IpcRendererPort } from './port.ts';

export type { IpcRendererPort } from './port.ts';

export function buildApi(port: IpcRendererPort): FieldcaseApi {
  const invoke = typedInvoke(port);

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
    files: {
      openWithSystem: (name: string, bytes: Uint8Array) => invoke('files:open-with-system', { name, bytes }),
    },
    sync: {
      reportStatus: (summary: SyncSummary) => invoke('sync:report-status', summary),
    },
    commands: {
      takePending: () => invoke('app:take-commands'),
      onCommand: (listener: (command: AppCommand) => void) => subscribe('app:command', listener),
    },
  } satisfies FieldcaseApi;
  return api;
}

contextBridge.exposeInMainWorld(FIELDCASE_API_KEY, buildApi(ipcRenderer));
