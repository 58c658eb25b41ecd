/**
 * Who holds an outbox claim: the host, its boot, the process id and the
 * process's start time. At start a worker takes up the claims of processes
 * that are gone (same host, and the machine rebooted, or that process no
 * longer runs), and leaves a live process's claims alone.
 */
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/** The process that claimed a message. */
export interface ClaimOwner {
  /** Host name and pid namespace: containers that share a host name but not their pids are different hosts here. */
  host: string;
  /** Linux boot id (`/proc/sys/kernel/random/boot_id`); empty where there is none. */
  boot: string;
  pid: number;
  /** The process's start time in clock ticks after boot (`/proc/<pid>/stat`), telling a reused pid apart; empty where unknown. */
  started: string;
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return fallback;
  }
}

/** Start time of process `pid` from `/proc/<pid>/stat` (field 22), or '' when unknown. */
export function processStartTime(pid: number): string {
  const stat = readOr(`/proc/${pid}/stat`, '');
  // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? '';
}

/** The pid namespace (`pid:[4026531836]`) where there is one: a pid means something only inside it. */
function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return '';
  }
}

/** This process as a claim owner. */
export function currentOwner(): ClaimOwner {
  const namespace = pidNamespace();
  return {
    host: namespace ? `${hostname()} ${namespace}` : hostname(),
    boot: readOr('/proc/sys/kernel/random/boot_id', ''),
    pid: process.pid,
    started: processStartTime(process.pid),
  };
}

/** Does process `pid` run on this machine now? (A process of another user counts as running.) */
function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Is the process that holds a claim certainly gone? Only a claim made on this
 * host can be judged: another host's claims wait for their lock to expire.
 */
export function ownerIsGone(owner: ClaimOwner, self: ClaimOwner = currentOwner()): boolean {
  if (owner.host !== self.host) return false;
  if (owner.boot !== self.boot) return true; // the machine restarted since the claim
  if (owner.pid === self.pid) return owner.started !== self.started; // our pid, an earlier process (a restarted container)
  if (!pidRuns(owner.pid)) return true;
  const started = processStartTime(owner.pid);
  return started !== '' && owner.started !== '' && started !== owner.started; // the pid now belongs to another process
}
