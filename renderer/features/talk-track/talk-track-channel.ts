/**
 * The wire between the demo player and the talk-track pop-out (a browser popup, or the desktop's
 * always-on-top overlay): one BroadcastChannel, same origin only. The player publishes what is on
 * screen and its clock; the pop-out asks for the state when it opens and sends the rep's
 * next/back/pause. Every message is checked on arrival: other code on the origin, or another
 * version of the app in another window, can post anything to a channel of this name.
 */
export const TALK_TRACK_CHANNEL = 'fieldcase-demo-player';
export const TALK_TRACK_WINDOW_NAME = 'fieldcase-talk-track';
export const TALK_TRACK_WINDOW_FEATURES = 'popup,width=420,height=300';
export const TALK_TRACK_ROUTE = '#/talk-track';

export interface TalkTrackView {
  scriptId: string;
  scriptTitle: string;
  isRehearsal: boolean;
  current: number;
  title: string;
  talkTrack: string;
  action: string;
  nextTitle: string | null;
  /** Planned and spent milliseconds per step, and when the running stretch began (null: paused). */
  plannedMs: number[];
  stepMs: number[];
  runningSince: number | null;
}

export type TalkTrackCommand = 'next' | 'back' | 'pause';

export type PlayerMessage = { type: 'state'; view: TalkTrackView } | { type: 'player-closed' };
export type PopoutMessage = { type: 'hello' } | { type: 'bye' } | { type: 'command'; command: TalkTrackCommand };
/** Sent by a player that is not sure a pop-out is open (the desktop refuses a second overlay). */
export type PingMessage = { type: 'ping' };

const MAX_TEXT = 20_000;
const MAX_STEPS = 500;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTimes = (value: unknown): value is number[] => Array.isArray(value) && value.length <= MAX_STEPS && value.every(isTime);

function parseView(value: unknown): TalkTrackView | null {
  if (!isObject(value)) return null;
  const { scriptId, scriptTitle, isRehearsal, current, title, talkTrack, action, nextTitle, plannedMs, stepMs, runningSince } = value;
  if (!isText(scriptId) || !isText(scriptTitle) || typeof isRehearsal !== 'boolean') return null;
  if (!isText(title) || !isText(talkTrack) || !isText(action) || !(nextTitle === null || isText(nextTitle))) return null;
  if (!isTimes(plannedMs) || !isTimes(stepMs) || plannedMs.length === 0 || plannedMs.length !== stepMs.length) return null;
  if (!Number.isInteger(current) || (current as number) < 0 || (current as number) >= plannedMs.length) return null;
  if (!(runningSince === null || isTime(runningSince))) return null;
  return { scriptId, scriptTitle, isRehearsal, current: current as number, title, talkTrack, action, nextTitle, plannedMs, stepMs, runningSince };
}

/** What a pop-out accepts from a player; null for anything else. */
export function parsePlayerMessage(data: unknown): PlayerMessage | null {
  if (!isObject(data)) return null;
  if (data.type === 'player-closed') return { type: 'player-closed' };
  if (data.type !== 'state') return null;
  const view = parseView(data.view);
  return view ? { type: 'state', view } : null;
}

/** What a player accepts from a pop-out; null for anything else. */
export function parsePopoutMessage(data: unknown): PopoutMessage | null {
  if (!isObject(data)) return null;
  if (data.type === 'hello' || data.type === 'bye') return { type: data.type };
  if (data.type === 'command' && (data.command === 'next' || data.command === 'back' || data.command === 'pause')) {
    return { type: 'command', command: data.command };
  }
  return null;
}

export function isPing(data: unknown): data is PingMessage {
  return isObject(data) && data.type === 'ping';
}
