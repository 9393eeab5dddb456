import os from 'node:os';

/** Where the figures came from, printed above the table and stored in results.json. */
export interface MachineInfo {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  loadAverage: number;
  /** The same when the bench ended (filled in by run.ts). */
  loadAverageEnd?: number;
}

/** 1-minute load average, one decimal. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 10) / 10;
}

export function describeMachine(now = new Date()): MachineInfo {
  return {
    date: now.toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: loadAverage(),
  };
}
