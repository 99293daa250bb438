/**
 * CPU time per process kind, read from /proc (Linux): where a first sync's work goes when
 * the browser's processes and the server share two cores. Chromium's processes are told apart
 * by their --type (the browser process, which runs IndexedDB's backend here, has none).
 */
import { readdir, readFile } from 'node:fs/promises';

/** Seconds of CPU (user + system) per process kind. */
export type CpuSeconds = Record<string, number>;

const TICKS_PER_SECOND = 100;

/** The kind of a process from its command line, or null for processes the bench does not own. */
export function processKind(commandLine: string, serverPid: number, pid: number): string | null {
  if (pid === serverPid) return 'server';
  if (!/(^|\/)chrom(e|ium)[^ ]*( |$)/.test(commandLine.split(' --')[0] ?? '')) return null;
  const type = /--type=(\S+)/.exec(commandLine)?.[1];
  if (!type) return 'browser';
  const subType = /--utility-sub-type=([^.\s]+)/.exec(commandLine)?.[1];
  return subType ? `${type}:${subType}` : type;
}

/** User plus system time, in seconds, from the text of /proc/PID/stat. */
export function parseStatCpu(stat: string): number {
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) throw new Error('Unreadable /proc stat line');
  return (user + system) / TICKS_PER_SECOND;
}

/** Per-process CPU seconds so far, keyed by pid, for the bench's own processes. */
export async function readProcessCpu(serverPid: number): Promise<Map<number, { kind: string; seconds: number }>> {
  const found = new Map<number, { kind: string; seconds: number }>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    try {
      const commandLine = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replaceAll('\0', ' ').trim();
      const kind = processKind(commandLine, serverPid, pid);
      if (kind) found.set(pid, { kind, seconds: parseStatCpu(await readFile(`/proc/${name}/stat`, 'utf8')) });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

/** CPU spent between two readings, per kind; a process that started in between counts from zero. */
export function cpuBetween(before: Map<number, { seconds: number }>, after: Map<number, { kind: string; seconds: number }>): CpuSeconds {
  const spent: CpuSeconds = {};
  for (const [pid, { kind, seconds }] of after) spent[kind] = (spent[kind] ?? 0) + seconds - (before.get(pid)?.seconds ?? 0);
  return spent;
}

export function formatCpu(spent: CpuSeconds): string {
  return Object.entries(spent)
    .filter(([, seconds]) => seconds >= 0.01)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, seconds]) => `${kind} ${seconds.toFixed(2)} s`)
    .join(', ');
}
