import { test as base, expect } from '@playwright/test';
import { createMockHttpServer } from '../src/mocks/server/createMockHttpServer.ts';

type MockPbmServer = Awaited<ReturnType<typeof createMockHttpServer>>;

interface WorkerFixtures {
  /** This worker's own mock PBM, so parallel workers never share data. */
  pbmServer: MockPbmServer;
}

interface TestFixtures {
  /** The mock PBM of this test, fresh from its seed. Configure token lifetimes etc. through it. */
  pbm: MockPbmServer['pbm'];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  pbmServer: [
    async ({}, use) => {
      const server = await createMockHttpServer({ host: '127.0.0.1', port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  pbm: [
    async ({ pbmServer }, use) => {
      pbmServer.pbm.reset();
      pbmServer.pbm.configure({ accessTokenTtl: 900, refreshTokenTtl: 86_400 });
      await use(pbmServer.pbm);
    },
    { auto: true },
  ],
  // Every tab of the test reads a config.json that points the panel at this worker's mock PBM.
  context: async ({ context, pbmServer }, use) => {
    await context.route('**/config.json', (route) =>
      route.fulfill({ json: { apiBaseUrl: pbmServer.url, mock: false } }),
    );
    await use(context);
  },
});

export { expect };
