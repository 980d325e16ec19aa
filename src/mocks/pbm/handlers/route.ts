import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import { PbmError } from '../errors.ts';
import { authenticateAdmin, type Caller } from './authGuard.ts';
import { readParams, type RequestParams } from './params.ts';
import type { MockRuntime } from './runtime.ts';

export type PublicRouteInput = {
  request: Request;
  params: RequestParams;
  /** Path parameters, URL-decoded. */
  path: Record<string, string>;
  runtime: MockRuntime;
  /** The request's moment, ms since the epoch. */
  now: number;
};

export type AdminRouteInput = PublicRouteInput & { caller: Caller };

type Resolve<Input> = (input: Input) => Response | Promise<Response>;

/** `{"success": true}`: the answer of every mutation without a payload. */
export function success(extra: Record<string, unknown> = {}): Response {
  return HttpResponse.json({ success: true, ...extra });
}

/** Malformed escapes stay as sent: they then name nothing (404) instead of failing the request. */
function decodePathParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function pathParams(params: Record<string, string | readonly string[] | undefined>) {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') decoded[name] = decodePathParam(value);
  }
  return decoded;
}

function route<Input>(
  runtime: MockRuntime,
  resolve: Resolve<Input>,
  authenticate: (request: Request) => Partial<AdminRouteInput>,
): HttpResponseResolver {
  return async ({ request, params }) => {
    // Handlers match any origin and prefix; a page load whose path looks like an API path must
    // still reach the app (undefined lets the service worker pass it through).
    if (request.mode === 'navigate') return undefined;
    if (runtime.options.latencyMs > 0) await delay(runtime.options.latencyMs);
    try {
      const input = {
        ...authenticate(request),
        request,
        params: await readParams(request),
        path: pathParams(params),
        runtime,
        now: runtime.options.now(),
      };
      return await resolve(input as Input);
    } catch (error) {
      if (error instanceof PbmError) return HttpResponse.json(error.body, { status: error.status });
      throw error;
    }
  };
}

export function publicRoute(
  runtime: MockRuntime,
  resolve: Resolve<PublicRouteInput>,
): HttpResponseResolver {
  return route(runtime, resolve, () => ({}));
}

/** Authenticates first: 401/403 come before any parameter is looked at. */
export function adminRoute(
  runtime: MockRuntime,
  resolve: Resolve<AdminRouteInput>,
): HttpResponseResolver {
  return route(runtime, resolve, (request) => ({ caller: authenticateAdmin(request, runtime) }));
}
