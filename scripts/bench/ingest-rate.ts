import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/** One run of the ingest CLI: how long it took and what it read. */
export interface IngestRun {
  wallMs: number;
  rowsRead: number;
  rowsWritten: number;
}

/**
 * Runs the ingest CLI (what `npm run ingest` runs: scripts/ingest.ts under tsx) on `file`,
 * writing to `out`, and times it from process start to exit.
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
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  rmSync(out, { force: true });
  if (code !== 0) throw new Error(`ingest exited with ${code}: ${stderr.trim().slice(0, 500)}`);
  const summary = JSON.parse(stdout) as { rowsRead: number; rowsWritten: number };
  return { wallMs, rowsRead: summary.rowsRead, rowsWritten: summary.rowsWritten };
}
