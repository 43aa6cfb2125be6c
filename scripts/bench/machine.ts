/** The machine a benchmark ran on, for the report: CPU model, cores, memory, Node version, OS. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem } from 'node:os';
import { formatBytes } from './figures.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  os: string;
  load: string;
}

export function describeMachine(): Machine {
  const cpu = cpus()[0]?.model?.trim() || (/model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown');
  let load = 'unknown';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    // Not Linux.
  }
  return { cpu, cores: availableParallelism(), memory: formatBytes(totalmem()), node: process.version, os: `${process.platform} ${release()}`, load };
}

export const machineLines = (m: Machine) => [`CPU: ${m.cpu}, ${m.cores} cores`, `Memory: ${m.memory}`, `Node: ${m.node}`, `OS: ${m.os}`, `Load average (1, 5, 15 min) at start: ${m.load}`];
