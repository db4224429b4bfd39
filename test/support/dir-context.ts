// Builds a fake context from a real directory tree, so resolver tests can lay files out on disk (modes,
// symlinks, empty directories) while checks still see the world only through Context.
import * as fs from 'fs';
import * as path from 'path';
import { fakeContext, FakeContext, FakeContextOptions, FakeEntry } from './fake-context';

export function snapshotDir(root: string): Record<string, FakeEntry> {
  const files: Record<string, FakeEntry> = {};
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      const st = fs.lstatSync(full);
      if (st.isSymbolicLink()) files[full] = { kind: 'symlink', target: fs.readlinkSync(full) };
      else if (st.isDirectory()) {
        files[full] = { kind: 'directory' };
        walk(full);
      } else if (st.isFile()) files[full] = { kind: 'file', content: new Uint8Array(fs.readFileSync(full)), mode: st.mode & 0o777 };
      else files[full] = { kind: 'fifo' };
    }
  };
  walk(root);
  // Directories with content exist implicitly in the fake; explicit entries would hide their children.
  for (const key of Object.keys(files)) {
    const entry = files[key];
    if (typeof entry === 'object' && !(entry instanceof Uint8Array) && entry.kind === 'directory' && Object.keys(files).some((k) => k.startsWith(key + path.sep))) delete files[key];
  }
  return files;
}

export function dirContext(root: string, opts: Omit<FakeContextOptions, 'files'> = {}): FakeContext {
  return fakeContext({ homeDir: path.join(root, 'home'), cwd: path.join(root, 'project'), ...opts, files: snapshotDir(root) });
}

export function writeTree(root: string, tree: Record<string, string | { content: string; mode: number }>): void {
  for (const [rel, spec] of Object.entries(tree)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, typeof spec === 'string' ? spec : spec.content);
    if (typeof spec !== 'string') fs.chmodSync(full, spec.mode);
  }
}
