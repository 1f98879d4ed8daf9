import { readdirSync, readFileSync } from 'node:fs';

/** The parent of each process, from /proc (empty where /proc is not there). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return map;
  }
  for (const name of entries) {
    try {
      // "pid (comm) state ppid …": the name may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  return map;
}

function isDescendant(pid: number, ancestor: number, parentOf: Map<number, number>): boolean {
  for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) {
    if (p === ancestor) return true;
  }
  return false;
}

/**
 * The largest peak resident set size (VmHWM, bytes) of the Chromium renderer processes this
 * Node process started: the tab's memory, WebAssembly and workers included. Open one page at
 * a time for it to be that page's. NaN where /proc is unavailable.
 */
export function rendererPeakBytes(): number {
  const parentOf = parents();
  let peak = Number.NaN;
  for (const pid of parentOf.keys()) {
    if (!isDescendant(pid, process.pid, parentOf)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer')) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
      if (Number.isFinite(kb)) peak = Number.isNaN(peak) ? kb * 1024 : Math.max(peak, kb * 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return peak;
}
