import { useEffect, useRef, useState } from 'react';
import { isPing, parsePlayerMessage, type PopoutMessage, type TalkTrackCommand, type TalkTrackView } from './talk-track-channel.ts';
import { joinTalkTrack, type TalkTrackLink } from './talk-track-link.ts';

/** waiting: no player has answered yet; closed: the player was left or its window closed. */
export type FollowerState = { status: 'waiting' } | { status: 'following'; view: TalkTrackView } | { status: 'closed' };

/**
 * The pop-out's side of the channel: says hello when it opens (and whenever a player asks), takes
 * every state the player publishes, sends the rep's commands, and says bye when it closes.
 */
export function useTalkTrackFollower() {
  const [state, setState] = useState<FollowerState>({ status: 'waiting' });
  const link = useRef<TalkTrackLink | null>(null);

  useEffect(() => {
    const hello: PopoutMessage = { type: 'hello' };
    const joined = joinTalkTrack(
      (data) => {
        if (isPing(data)) {
          joined.post(hello);
          return;
        }
        const message = parsePlayerMessage(data);
        if (message === null) return;
        setState(message.type === 'state' ? { status: 'following', view: message.view } : { status: 'closed' });
      },
      hello,
      { type: 'bye' } satisfies PopoutMessage,
    );
    link.current = joined;
    return () => {
      joined.leave();
      link.current = null;
    };
  }, []);

  const send = (command: TalkTrackCommand) => link.current?.post({ type: 'command', command } satisfies PopoutMessage);
  return { state, send };
}
