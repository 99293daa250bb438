import { TALK_TRACK_CHANNEL } from './talk-track-channel.ts';

export interface TalkTrackLink {
  post(message: object): void;
  leave(): void;
}

/**
 * Joins the talk-track channel for one side (player or pop-out): hands every message to
 * `onMessage`, posts `greeting` at once, and `farewell` when leaving — on unmount, or when the
 * page goes away (closing a window or reloading may not unmount anything).
 */
export function joinTalkTrack(
  onMessage: (data: unknown) => void,
  greeting: object,
  farewell: object,
  page: EventTarget | null = typeof window === 'undefined' ? null : window,
): TalkTrackLink {
  const channel = new BroadcastChannel(TALK_TRACK_CHANNEL);
  let isOpen = true;
  channel.onmessage = (event: MessageEvent) => onMessage(event.data);
  const sayFarewell = () => channel.postMessage(farewell);
  page?.addEventListener('pagehide', sayFarewell);
  channel.postMessage(greeting);
  return {
    post(message) {
      if (isOpen) channel.postMessage(message);
    },
    leave() {
      if (!isOpen) return;
      isOpen = false;
      page?.removeEventListener('pagehide', sayFarewell);
      sayFarewell();
      channel.close();
    },
  };
}
