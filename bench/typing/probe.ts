/**
 * Runs in the app's page (as an init script, before the app loads): notes each keydown and when
 * the frame after it was done, and hands them over with the app's note-save measures.
 * Plain JavaScript source: bench/ is type-checked without the DOM library.
 */
import { NOTE_SAVE_MEASURE } from '../../renderer/features/notes/autosave.ts';

export const PROBE_SCRIPT = `
  window.__typingProbe = { keys: [], frames: [], work: [], queued: [] };
  let lastKeyAt = 0;
  let inputStartedAt = 0;
  // First and last to hear each input event: the app's own handlers (React's, at its root) run between.
  window.addEventListener('input', () => {
    inputStartedAt = performance.now();
    window.__typingProbe.queued.push(inputStartedAt - lastKeyAt);
  }, true);
  window.addEventListener('input', () => {
    window.__typingProbe.work.push(performance.now() - inputStartedAt);
  });
  window.addEventListener('keydown', (event) => {
    lastKeyAt = event.timeStamp;
    const pressedAt = event.timeStamp;
    window.__typingProbe.keys.push(pressedAt);
    requestAnimationFrame(() => {
      // A message posted from a frame callback is handled after that frame's rendering.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__typingProbe.frames.push(performance.now() - pressedAt);
      channel.port2.postMessage(null);
    });
  }, true);
`;

/** Returns the timings gathered since the last call, and starts afresh. */
export const TAKE_TIMINGS = `(() => {
  const probe = window.__typingProbe;
  const saves = performance.getEntriesByName(${JSON.stringify(NOTE_SAVE_MEASURE)}, 'measure').map((m) => ({ start: m.startTime, end: m.startTime + m.duration }));
  performance.clearMeasures(${JSON.stringify(NOTE_SAVE_MEASURE)});
  const taken = { keys: probe.keys, frames: probe.frames, work: probe.work, queued: probe.queued, saves };
  window.__typingProbe = { keys: [], frames: [], work: [], queued: [] };
  return taken;
})()`;
