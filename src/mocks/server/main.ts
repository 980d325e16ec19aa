// `npm run mock-server`: the mock PBM as a standalone HTTP server (see serverEnv.ts for the env).
import { createMockHttpServer } from './createMockHttpServer.ts';
import { readServerEnv } from './serverEnv.ts';

function fail(message: string): never {
  console.error(`PBM mock: ${message}`);
  process.exit(1);
}

let options;
try {
  options = readServerEnv(process.env);
} catch (error) {
  fail((error as Error).message);
}

const server = await createMockHttpServer(options).catch((error: unknown) =>
  fail(`cannot listen on ${options.host}:${options.port}: ${(error as Error).message}`),
);
console.log(`PBM mock listening on ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
