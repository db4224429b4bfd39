// Preloaded into the spawned CLI (`node --require`): writes its peak RSS in KiB to a file when it exits,
// so a test can bound the memory of a real run without a sampling loop.
'use strict';
process.on('exit', () => {
  const file = process.env.KC_TEST_RSS_FILE;
  if (file) require('fs').writeFileSync(file, String(peakRssKiB()));
});

// The process's own high-water mark. On Linux, getrusage's maxRSS keeps the parent's size from before exec (a
// process forked from a 160 MB jest worker reports 160 MB), so VmHWM, which belongs to this program alone, is read.
function peakRssKiB() {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(require('fs').readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch (e) {
    // Not Linux: getrusage is the process's own there.
  }
  return process.resourceUsage().maxRSS;
}
