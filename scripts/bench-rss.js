// Preloaded into a benchmarked process (`node --require`): records its peak RSS when it exits.
'use strict';
process.on('exit', () => {
  const file = process.env.KC_BENCH_RSS_FILE;
  if (file) require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
});
