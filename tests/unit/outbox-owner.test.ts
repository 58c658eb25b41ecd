import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { currentOwner, ownerIsGone, processStartTime } from '../../src/db/outbox-owner.ts';

describe('outbox claim owner', () => {
  const self = currentOwner();

  it('names this process: host, boot, pid and start time', () => {
    expect(self.pid).toBe(process.pid);
    expect(self.host).not.toBe('');
    if (process.platform === 'linux') {
      // Two containers with one host name but their own pids must not judge each other's pids.
      expect(self.host).toMatch(/ pid:\[\d+\]$/);
      expect(self.boot).toMatch(/^[0-9a-f-]{36}$/);
      expect(self.started).toMatch(/^\d+$/);
    }
  });

  it('judges only claims made on this host', () => {
    expect(ownerIsGone({ ...self, host: 'inny-serwer', pid: 999_999_999 }, self)).toBe(false);
  });

  it('counts a live process as live and this process as itself', async () => {
    expect(ownerIsGone(self, self)).toBe(false);
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const owner = { ...self, pid: child.pid!, started: processStartTime(child.pid!) };
      expect(ownerIsGone(owner, self)).toBe(false);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(ownerIsGone(owner, self)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('counts as gone: another boot, a pid that no longer runs, and a pid now held by another process', () => {
    expect(ownerIsGone({ ...self, boot: 'an-earlier-boot' }, self)).toBe(true);
    expect(ownerIsGone({ ...self, pid: 999_999_999 }, self)).toBe(true);
    // This very pid, but an earlier process (a container restarted with the server as pid 1 again).
    expect(ownerIsGone({ ...self, started: 'earlier' }, self)).toBe(process.platform === 'linux');
    if (process.platform === 'linux') expect(ownerIsGone({ ...self, pid: 1, started: '0-not-pid-1' }, self)).toBe(true);
  });
});
