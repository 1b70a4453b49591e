import { readFile } from "node:fs/promises";

/** Samples a process's resident memory (VmRSS in /proc/<pid>/status, Linux) every `everyMs`; keeps the peak. */
export function sampleResidentMemory(pid: number | undefined, everyMs = 250) {
  let peakMiB = 0;
  let samples = 0;
  const sample = async () => {
    if (pid === undefined) return;
    const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
    const kib = Number(status.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1] ?? 0);
    if (kib > 0) {
      samples += 1;
      peakMiB = Math.max(peakMiB, kib / 1024);
    }
  };
  const timer = setInterval(() => void sample(), everyMs);
  return {
    /** The peak since the start (or the last reset), in MiB; null when /proc could not be read. */
    peak: () => (samples > 0 ? Math.round(peakMiB) : null),
    reset: () => {
      peakMiB = 0;
      samples = 0;
    },
    stop: () => clearInterval(timer),
  };
}
