// A throwaway certificate authority and a server certificate it signed, made with the openssl CLI at test time.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface TestPki {
  dir: string;
  caPemPath: string;
  caPem: string;
  keyPem: string;
  certPem: string;
  remove(): void;
}

/** hostnames go into the certificate's subjectAltName; 127.0.0.1 is always included. */
export function createTestPki(hostnames: readonly string[] = ['localhost']): TestPki {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kimi-claude-pki-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ecKey, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=kimi-claude test CA']);
  openssl(['req', ...ecKey, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${hostnames[0] ?? 'localhost'}`]);
  const san = ['IP:127.0.0.1', ...hostnames.map((h) => `DNS:${h}`)].join(',');
  fs.writeFileSync(file('ext.cnf'), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf']);
  const read = (name: string) => fs.readFileSync(file(name), 'utf8');
  return {
    dir,
    caPemPath: file('ca.pem'),
    caPem: read('ca.pem'),
    keyPem: read('server.key'),
    certPem: read('server.pem'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
