import { useEffect, useEffectEvent, useRef, useState } from 'react';
import {
  TALK_TRACK_ROUTE,
  TALK_TRACK_WINDOW_FEATURES,
  TALK_TRACK_WINDOW_NAME,
  parsePopoutMessage,
  type PingMessage,
  type PlayerMessage,
  type TalkTrackCommand,
  type TalkTrackView,
} from './talk-track-channel.ts';
import { joinTalkTrack, type TalkTrackLink } from './talk-track-link.ts';

/** none: never opened; checking: asked whether one is open; blocked: the browser refused. */
export type PopoutStatus = 'none' | 'checking' | 'open' | 'blocked' | 'closed';

/** How long a pop-out that window.open did not hand back has to say hello before "blocked". */
const ANSWER_WAIT_MS = 1_500;
const CLOSED_POLL_MS = 1_000;

/**
 * The player's side of the talk-track pop-out: publishes the view whenever it changes (and to a
 * pop-out that says hello), runs the pop-out's commands, and tracks whether one is open.
 * `window.open` is the same in both modes; on the desktop, main turns exactly this request into
 * the always-on-top overlay that screen sharing does not capture.
 */
export function useTalkTrackPublisher(view: TalkTrackView, onCommand: (command: TalkTrackCommand) => void) {
  const [status, setStatus] = useState<PopoutStatus>('none');
  const link = useRef<TalkTrackLink | null>(null);
  const popup = useRef<Window | null>(null);
  const latestView = useRef(view);

  const onMessage = useEffectEvent((data: unknown) => {
    const message = parsePopoutMessage(data);
    if (message === null) return;
    if (message.type === 'hello') {
      setStatus('open');
      link.current?.post({ type: 'state', view: latestView.current } satisfies PlayerMessage);
    } else if (message.type === 'bye') {
      popup.current = null;
      setStatus('closed');
    } else {
      onCommand(message.command);
    }
  });

  useEffect(() => {
    // The ping makes a pop-out left open from before (a reload, coming back to the player) known.
    const joined = joinTalkTrack((data) => onMessage(data), { type: 'ping' } satisfies PingMessage, { type: 'player-closed' } satisfies PlayerMessage);
    link.current = joined;
    return () => {
      joined.leave();
      link.current = null;
    };
  }, []);

  useEffect(() => {
    latestView.current = view;
    link.current?.post({ type: 'state', view } satisfies PlayerMessage);
  }, [view]);

  // A popup closed with the window's own close button may not get to say bye.
  useEffect(() => {
    if (status !== 'open') return undefined;
    const timer = setInterval(() => {
      if (popup.current?.closed) {
        popup.current = null;
        setStatus('closed');
      }
    }, CLOSED_POLL_MS);
    return () => clearInterval(timer);
  }, [status]);

  // No window handed back: either blocked, or the desktop already shows its one overlay (it then
  // answers the ping with hello).
  useEffect(() => {
    if (status !== 'checking') return undefined;
    link.current?.post({ type: 'ping' } satisfies PingMessage);
    const timer = setTimeout(() => setStatus((current) => (current === 'checking' ? 'blocked' : current)), ANSWER_WAIT_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const popOut = () => {
    const opened = window.open(TALK_TRACK_ROUTE, TALK_TRACK_WINDOW_NAME, TALK_TRACK_WINDOW_FEATURES);
    popup.current = opened;
    if (opened) {
      opened.focus();
      setStatus('open');
    } else {
      setStatus('checking');
    }
  };

  return { status, popOut };
}
