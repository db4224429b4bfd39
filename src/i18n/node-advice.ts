// What both catalogues need to word the Node.js advice: how the current node was installed, the LTS to move to,
// and that tool's own commands for this shell (src/facts/node-installer.ts). Only the words differ by language.
import { nodeUpgradeCommands, type NodeInstaller } from '../facts/node-installer';
import type { Values } from './catalog';
import type { RenderKit } from './render-kit';

export const NODE_DOWNLOAD = 'https://nodejs.org/en/download';

export function nodeAdvice(v: Values, k: RenderKit): { installer: NodeInstaller; lts: number; commands: string[] | null } {
  const installer = (v.installer as NodeInstaller | undefined) ?? 'unknown';
  const lts = Number(v.suggestedLts);
  const windows = k.platform === 'win32' || k.shell === 'powershell' || k.shell === 'cmd';
  return { installer, lts, commands: nodeUpgradeCommands(installer, lts, windows) };
}
