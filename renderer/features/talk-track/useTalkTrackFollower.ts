import { useEffect, useRef, useState } from 'react';
import { TALK_TRACK_CHANNEL, isPing, parsePlayerMessage, type PopoutMessage, type TalkTrackCommand, type TalkTrackView } from './talk-track-channel.ts';

/** waiting: no player has answered yet; closed: the player was left or its window closed. */
export type FollowerState = { status: 'waiting' } | { status: 'following'; view: TalkTrackView } | { status: 'closed' };

/**
 * The pop-out's side of the channel: says hello when it opens (and whenever a player asks), takes
 * every state the player publishes, sends the rep's commands, and says bye when it closes.
 */
export function useTalkTrackFollower() {
  const [state, setState] = useState<FollowerState>({ status: 'waiting' });
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const opened = new BroadcastChannel(TALK_TRACK_CHANNEL);
    channel.current = opened;
    const say = (message: PopoutMessage) => opened.postMessage(message);
    opened.onmessage = (event: MessageEvent) => {
      if (isPing(event.data)) {
        say({ type: 'hello' });
        return;
      }
      const message = parsePlayerMessage(event.data);
      if (message === null) return;
      setState(message.type === 'state' ? { status: 'following', view: message.view } : { status: 'closed' });
    };
    say({ type: 'hello' });
    const sayBye = () => say({ type: 'bye' });
    window.addEventListener('pagehide', sayBye);
    return () => {
      window.removeEventListener('pagehide', sayBye);
      sayBye();
      opened.close();
      channel.current = null;
    };
  }, []);

  const send = (command: TalkTrackCommand) => channel.current?.postMessage({ type: 'command', command } satisfies PopoutMessage);
  return { state, send };
}
