/**
 * `npm run serve:nginx`: the existing dist/ through nginx on 127.0.0.1, as in production, until
 * Ctrl-C. Environment:
 *   PORT          nginx's port (default 8090)
 *   BASE_PATH     the panel's URL path, e.g. /admin/ (default /)
 *   PBM_UPSTREAM  PBM's origin, e.g. http://pbm.internal:8080; unset: a mock PBM is started
 *                 alongside (PBM_ACCESS_TOKEN_TTL etc. as for `npm run mock-server`)
 *   NGINX_BIN     the nginx binary, when it is not on the PATH or in /usr/sbin
 */
import { readServerEnv } from '../src/mocks/server/serverEnv.ts';
import { startNginxStack } from './nginxStack.ts';

function fail(message: string): never {
  console.error(`serve:nginx: ${message}`);
  process.exit(1);
}

const portText = process.env.PORT?.trim() || '8090';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65_535) {
  fail(`PORT must be a port number, got "${portText}"`);
}

const upstream = process.env.PBM_UPSTREAM?.trim() || undefined;
let mock;
try {
  // PORT is nginx's here; the mock's address is the stack's choice (a free loopback port).
  mock = readServerEnv({ ...process.env, PORT: '0' });
} catch (error) {
  fail((error as Error).message);
}

const stack = await startNginxStack({
  port,
  basePath: process.env.BASE_PATH,
  upstream,
  mock,
  logs: true,
}).catch((error: unknown) => fail((error as Error).message));

console.log(`Panel: ${stack.url} (nginx, dist/)`);
console.log(
  `PBM:   ${stack.upstream}${stack.mock ? ' (mock; sign in as admin@example.ru / admin)' : ''}`,
);
console.log(stack.mock ? 'Ctrl-C stops both.' : 'Ctrl-C stops nginx.');

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  process.exit(code);
}

// Ctrl-C reaches nginx too (same process group): it exits 0, and so do we.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop(0));
void stack.exited.then((code) => {
  if (code !== 0 && !stopping) console.error(`serve:nginx: nginx exited with code ${code}`);
  void stop(code === 0 ? 0 : 1);
});
