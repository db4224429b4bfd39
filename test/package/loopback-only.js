// Preloaded (node --require) into every kimi-claude a README block starts: a name that is not loopback does not
// resolve, and is written to KC_README_BLOCKED, so a README block can never reach the internet and the test can
// see that one tried. Only name lookups are guarded: the README names hosts, never IP addresses.
'use strict';
const dns = require('dns');
const fs = require('fs');
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);
const original = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  if (LOOPBACK.has(String(hostname).toLowerCase())) return original.apply(this, arguments);
  const cb = typeof options === 'function' ? options : callback;
  if (process.env.KC_README_BLOCKED) fs.appendFileSync(process.env.KC_README_BLOCKED, hostname + '\n');
  const error = Object.assign(new Error('getaddrinfo ENOTFOUND ' + hostname), { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname });
  process.nextTick(cb, error);
};
