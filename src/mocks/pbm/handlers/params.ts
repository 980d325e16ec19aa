/** Request parameters: the query string merged with a form body (body wins). */
export type RequestParams = {
  /** A text value as sent (not trimmed); undefined when absent or sent as a file. */
  text(name: string): string | undefined;
  file(name: string): File | undefined;
  has(name: string): boolean;
};

/**
 * A form body as entries. Real multipart is parsed as such; the guide's curl examples send
 * urlencoded text under a bare `Content-Type: multipart/form-data` (no boundary), so whatever
 * multipart parsing rejects is read as URLSearchParams.
 */
export async function readFormBody(request: Request): Promise<Array<[string, string | File]>> {
  if (!request.body) return [];
  const contentType = request.headers.get('content-type') ?? '';
  if (/multipart\/form-data/i.test(contentType) && /boundary=/i.test(contentType)) {
    try {
      return [...(await request.clone().formData()).entries()];
    } catch {
      // Not really multipart: read it as text below.
    }
  }
  return [...new URLSearchParams(await request.text()).entries()];
}

export async function readParams(request: Request): Promise<RequestParams> {
  const values = new Map<string, string | File>(new URL(request.url).searchParams.entries());
  for (const [name, value] of await readFormBody(request)) values.set(name, value);
  return {
    text: (name) => {
      const value = values.get(name);
      return typeof value === 'string' ? value : undefined;
    },
    file: (name) => {
      const value = values.get(name);
      return typeof value === 'string' ? undefined : value;
    },
    has: (name) => values.has(name),
  };
}
