/**
 * A server's memory, read from /proc/PID/status (Linux): VmHWM is the resident set's high-water
 * mark over the process's whole life, so one read just before it stops gives the peak of a run.
 */
import { readFile } from 'node:fs/promises';

export interface ProcessMemory {
  /** Peak resident set size so far (VmHWM), in bytes. */
  peakBytes: number;
  /** Resident set size now (VmRSS), in bytes. */
  currentBytes: number;
}

function kibField(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`/proc status has no ${name} line`);
  return Number(match[1]) * 1024;
}

/** Parses the text of /proc/PID/status. */
export function parseProcStatus(status: string): ProcessMemory {
  return { peakBytes: kibField(status, 'VmHWM'), currentBytes: kibField(status, 'VmRSS') };
}

export async function readProcessMemory(pid: number): Promise<ProcessMemory> {
  return parseProcStatus(await readFile(`/proc/${pid}/status`, 'utf8'));
}

export const mebibytes = (bytes: number) => bytes / 2 ** 20;
