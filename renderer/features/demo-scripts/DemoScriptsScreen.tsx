import { ComingNext } from '../../ui/ComingNext.tsx';

export function DemoScriptsScreen() {
  return (
    <ComingNext
      title="Demo scripts"
      items={[
        'Scripts by product and persona',
        'A player with the current step’s talk track, the action cue, the next step and a timer against plan',
        'Keyboard control (→ or Space, ←, P, Esc) and per-step quick notes into the meeting’s call note',
        'A floating talk-track window you can read while sharing your screen',
      ]}
    >
      Demo scripts are published by product marketing and played from this laptop in front of the customer.
    </ComingNext>
  );
}
