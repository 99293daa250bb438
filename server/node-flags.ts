/**
 * The Node flags every start of the sync server uses: `npm run server` (package.json, kept
 * equal by node-flags.test.ts), the demo stack of `npm start` / `npm run web`
 * (scripts/dev-stack.ts) and the benches. V8 cannot change them once a process runs.
 *
 * A server process holds about 15 MiB of live objects. With V8's defaults on a machine with
 * plenty of RAM it still grows to ~140 MiB: a 32 MiB young generation, and garbage left in the
 * old generation because the heap may grow to gigabytes. A 512 MiB old-generation limit (over
 * 30 times the live set, ample for the largest push a client may send) and 4 MiB semi-spaces
 * make V8 collect as on a small device: measured over the sync bench's steps, about 30 MiB less
 * at the peak (133–136 MiB). 2 MiB semi-spaces saved another 10 MiB, but a first sync's pulls
 * (11 MB of JSON) then cost the server a third more CPU in scavenges: 0.27–0.31 s against
 * 0.19–0.25 s for 11,550 documents, on a machine where the server shares two cores with the laptop.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=4', '--max-old-space-size=512'] as const;
