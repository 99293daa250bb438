import { afterEach, describe, expect, it } from 'vitest';
import { joinTalkTrack, type TalkTrackLink } from './talk-track-link.ts';

/** Messages one side has received, in order; resolves when `count` have arrived. */
function inbox() {
  const received: unknown[] = [];
  let notify = () => {};
  return {
    received,
    onMessage: (data: unknown) => {
      received.push(data);
      notify();
    },
    async waitFor(count: number): Promise<unknown[]> {
      while (received.length < count) await new Promise<void>((resolve) => (notify = resolve));
      return received;
    },
  };
}

const links: TalkTrackLink[] = [];
afterEach(() => {
  for (const link of links.splice(0)) link.leave();
});

describe('joinTalkTrack', () => {
  it('greets the other side, carries messages both ways, and says farewell on leaving', async () => {
    const player = inbox();
    const popout = inbox();
    const playerLink = joinTalkTrack(player.onMessage, { type: 'ping' }, { type: 'player-closed' }, null);
    const popoutLink = joinTalkTrack(popout.onMessage, { type: 'hello' }, { type: 'bye' }, null);
    links.push(playerLink, popoutLink);

    expect(await player.waitFor(1)).toEqual([{ type: 'hello' }]);
    popoutLink.post({ type: 'command', command: 'next' });
    playerLink.post({ type: 'state' });
    expect(await popout.waitFor(1)).toEqual([{ type: 'state' }]);
    popoutLink.leave();
    expect(await player.waitFor(3)).toEqual([{ type: 'hello' }, { type: 'command', command: 'next' }, { type: 'bye' }]);
  });

  it('says farewell when the page goes away, and nothing after leaving', async () => {
    const page = new EventTarget();
    const player = inbox();
    const playerLink = joinTalkTrack(player.onMessage, { type: 'ping' }, { type: 'player-closed' }, null);
    links.push(playerLink);
    const popoutLink = joinTalkTrack(() => {}, { type: 'hello' }, { type: 'bye' }, page);
    page.dispatchEvent(new Event('pagehide'));
    expect(await player.waitFor(2)).toEqual([{ type: 'hello' }, { type: 'bye' }]);
    popoutLink.leave();
    popoutLink.leave();
    popoutLink.post({ type: 'command', command: 'next' });
    expect(await player.waitFor(3)).toEqual([{ type: 'hello' }, { type: 'bye' }, { type: 'bye' }]);
    // Leaving removed the page listener: another pagehide posts nothing.
    page.dispatchEvent(new Event('pagehide'));
    const probe = joinTalkTrack(() => {}, { type: 'probe' }, { type: 'probe-gone' }, null);
    links.push(probe);
    expect(await player.waitFor(4)).toEqual([{ type: 'hello' }, { type: 'bye' }, { type: 'bye' }, { type: 'probe' }]);
  });
});
