// Preloaded into a measured process (`node --require`) by npm run bench and by the tests (test/support/spawn-cli.ts):
// writes its peak RSS in KiB to $KC_PEAK_RSS_FILE when it exits, so memory is bounded without a sampling loop.
'use strict';
process.on('exit', () => {
  const file = process.env.KC_PEAK_RSS_FILE;
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
