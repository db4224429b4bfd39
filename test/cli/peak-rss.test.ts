// The memory bounds of the hostile corpus and the bench rest on the peak RSS that the preload reports. It must be
// the doctor's own: on Linux, getrusage's maxRSS keeps the size of the process it was forked from, so a run spawned
// by a large jest worker would report the worker's memory (the hostile 50 MB cases once failed at 162 MiB that way).
import { spawnCli } from '../support/spawn-cli';
import { tempDir } from '../support/cli';

test('the reported peak is the spawned run\'s own, not its large parent\'s', async () => {
  const ballast = Array.from({ length: 50 }, () => Buffer.alloc(4 * 1024 * 1024, 1)); // 200 MiB in this worker
  const home = tempDir('kc-rss-');
  const r = await spawnCli(['--version'], { env: { HOME: home, PATH: '/usr/bin:/bin' }, cwd: home, timeoutMs: 20_000 });
  expect(ballast.length).toBe(50);
  expect(r.status).toBe(0);
  expect(r.peakRssMiB).not.toBeNull();
  expect(r.peakRssMiB!).toBeLessThan(120);
});
