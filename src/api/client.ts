import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError } from './ApiError';
import { authFetch } from './authFetch';
import type { paths } from './pbm.generated';
import { apiBaseUrl } from '@/config/runtimeConfig';

export type PbmClient = Client<paths>;

let requestLanguage = 'en-US';

/** The UI language, sent as Accept-Language so PBM can answer in it. */
export function setRequestLanguage(language: string): void {
  requestLanguage = language;
}

const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', requestLanguage);
    request.headers.set('Accept', 'application/json');
    return request;
  },
};

/**
 * PBM takes parameters as form fields (guide: `-d key=value` with multipart/form-data). Every
 * body goes as multipart so avatar files travel in the same request; undefined fields are left out.
 */
function formBodySerializer(body: unknown): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    form.append(key, value instanceof Blob ? value : String(value));
  }
  return form;
}

let client: PbmClient | undefined;
let clientBaseUrl = '';

/** The one typed PBM client. Created on first use, after the runtime config has loaded. */
export function pbm(): PbmClient {
  const baseUrl = apiBaseUrl();
  if (!client || clientBaseUrl !== baseUrl) {
    client = createClient<paths>({
      baseUrl,
      fetch: authFetch,
      bodySerializer: formBodySerializer,
    });
    client.use(languageMiddleware);
    clientBaseUrl = baseUrl;
  }
  return client;
}

/**
 * Turns an openapi-fetch result into data or a thrown {@link ApiError}, so query and mutation
 * functions read as plain async code.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw ApiError.fromFailure(cause);
  }
  if (!result.response.ok) throw ApiError.fromBody(result.response.status, result.error);
  return result.data as T;
}
