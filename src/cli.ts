// Bundled entry (dist/cli.js): bin/kimi-claude.js has already checked the Node version.
import { main } from './cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
