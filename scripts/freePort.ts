/**
 * A loopback port nobody holds now: other programs on the machine may own 5173, 8080 or 8090,
 * and two runs at once must not collide. Shared by the Playwright configs, nginx tooling and
 * the measuring scripts.
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
