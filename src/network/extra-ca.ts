// NODE_EXTRA_CA_CERTS, read through ctx.files: the PEM the probe trusts, or why there is none.
import type { Context, ReadFailure } from '../core/types';

export type ExtraCa =
  | { state: 'unset' }
  | { state: 'ok'; path: string; pem: string; certificates: number }
  | { state: 'unreadable'; path: string; reason: ReadFailure; detail: string }
  | { state: 'no-pem'; path: string };

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export async function readExtraCa(ctx: Context, path: string | undefined): Promise<ExtraCa> {
  if (!path) return { state: 'unset' };
  const read = await ctx.files.readFile(path, { maxBytes: 4 * 1024 * 1024 });
  if (!read.ok) return { state: 'unreadable', path, reason: read.reason, detail: read.detail };
  const text = Buffer.from(read.bytes).toString('utf8');
  const certificates = text.match(PEM_CERT) ?? [];
  if (certificates.length === 0) return { state: 'no-pem', path };
  return { state: 'ok', path, pem: certificates.join('\n'), certificates: certificates.length };
}
