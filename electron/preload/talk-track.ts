/**
 * The preload of the talk-track overlay window. The overlay shows a demo's talk track to the
 * presenter and is kept in step by the main window over a BroadcastChannel, so it needs almost
 * nothing from main: closing itself and pinning on top. Nothing else is exposed there.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { TALK_TRACK_API_KEY, type TalkTrackApi } from '../../shared/ipc/index.ts';
import { typedInvoke, type IpcRendererPort } from './port.ts';

export function buildTalkTrackApi(port: IpcRendererPort): TalkTrackApi {
  const invoke = typedInvoke(port);
  const api = {
    close: () => invoke('talk-track:close'),
    setAlwaysOnTop: (alwaysOnTop: boolean) => invoke('talk-track:set-always-on-top', { alwaysOnTop }),
  } satisfies TalkTrackApi;
  return api;
}

contextBridge.exposeInMainWorld(TALK_TRACK_API_KEY, buildTalkTrackApi(ipcRenderer));
