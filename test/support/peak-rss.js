// Preloaded into the spawned CLI (`node --require`): writes its peak RSS in KiB to a file when it exits,
// so a test can bound the memory of a real run without a sampling loop.
'use strict';
process.on('exit', () => {
  const file = process.env.KC_TEST_RSS_FILE;
  if (file) require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
});
