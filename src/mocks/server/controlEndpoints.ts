import type { MockPbm, MockPbmOptions } from '../pbm/createMockPbm.ts';

/** Options a test may change over HTTP; `now` is a function and stays in-process only. */
const CONFIGURABLE = ['users', 'accessTokenTtl', 'refreshTokenTtl', 'allowedSubnets', 'latencyMs'];

const json = (status: number, body: unknown) => Response.json(body, { status });

async function configure(pbm: MockPbm, request: Request): Promise<Response> {
  let patch: unknown;
  try {
    patch = await request.json();
  } catch {
    return json(400, { message: 'the body must be a JSON object of mock options' });
  }
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return json(400, { message: 'the body must be a JSON object of mock options' });
  }
  const unknown = Object.keys(patch).filter((key) => !CONFIGURABLE.includes(key));
  if (unknown.length > 0) {
    return json(400, {
      message: `unknown options: ${unknown.join(', ')}; known: ${CONFIGURABLE.join(', ')}`,
    });
  }
  try {
    pbm.configure(patch as Partial<MockPbmOptions>);
  } catch (error) {
    return json(400, { message: error instanceof Error ? error.message : String(error) });
  }
  return json(200, { success: true });
}

/** `POST /__mock/reset` and `POST /__mock/configure`; undefined for every other path. */
export async function answerControlRequest(
  pbm: MockPbm,
  request: Request,
): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith('/__mock/')) return undefined;
  if (request.method !== 'POST') return json(405, { message: 'control endpoints take POST' });
  if (pathname === '/__mock/reset') {
    pbm.reset();
    return json(200, { success: true });
  }
  if (pathname === '/__mock/configure') return configure(pbm, request);
  return json(404, { message: 'not found' });
}
