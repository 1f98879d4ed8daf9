import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

/** One run of the ingest CLI: how long it took and what it read. */
export interface IngestRun {
  wallMs: number;
  rowsRead: number;
  rowsWritten: number;
  /** Peak resident memory of the ingest process (VmHWM; NaN where /proc is not there). */
  peakBytes: number;
}

/** A process's peak resident memory so far, in bytes (NaN if it cannot be read). */
function peakResident(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs the ingest CLI (what `npm run ingest` runs: scripts/ingest.ts under tsx) on `file`,
 * writing to `out`, and times it from process start to exit. Its peak memory is read every
 * 50 ms while it runs (the peak only grows, so the last reading is the highest seen).
 */
export async function runIngest(file: string, out: string): Promise<IngestRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', file, '--out', out, '--json'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peakBytes = Number.NaN;
  const poll = setInterval(() => {
    const now = peakResident(child.pid);
    if (Number.isFinite(now)) peakBytes = now;
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const wallMs = performance.now() - started;
  rmSync(out, { force: true });
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${stderr.trim().slice(0, 500)}`);
  const summary = JSON.parse(stdout) as { rowsRead: number; rowsWritten: number };
  return { wallMs, rowsRead: summary.rowsRead, rowsWritten: summary.rowsWritten, peakBytes };
}
