// Preloaded into a benchmarked process (`node --require`): records its peak RSS when it exits.
'use strict';
process.on('exit', () => {
  const file = process.env.KC_BENCH_RSS_FILE;
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
