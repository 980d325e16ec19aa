import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_IP_HEADER } from '../pbm/handlers/authGuard.ts';
import { readFormBody } from '../pbm/handlers/params.ts';

/** Larger bodies are refused: the biggest legitimate one is a 1 MiB avatar in a form. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

// Connection-level headers describe the node request, not the one handed to the handlers.
const HOP_BY_HOP_HEADERS = ['connection', 'keep-alive', 'transfer-encoding', 'content-length'];

export class BodyTooLargeError extends Error {}

export async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new BodyTooLargeError(`body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The WHATWG Request MSW handlers expect. The client address comes from the socket only (an
 * incoming copy of the header is dropped), and a GET/HEAD form body — guide 3.4.2 does
 * `curl -X GET … -d "&page=1&orderby=mail"` — is merged into the query, as a GET Request
 * cannot carry a body.
 */
export async function toFetchRequest(
  incoming: IncomingMessage,
  body: Uint8Array<ArrayBuffer>,
): Promise<Request> {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || name === CLIENT_IP_HEADER || HOP_BY_HOP_HEADERS.includes(name)) {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  headers.set(CLIENT_IP_HEADER, incoming.socket.remoteAddress ?? '');
  const method = incoming.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    return new Request(url, { method, headers, body: body.length > 0 ? body : undefined });
  }
  if (body.length > 0) {
    const form = await readFormBody(new Request(url, { method: 'POST', headers, body }));
    for (const [name, value] of form)
      if (typeof value === 'string') url.searchParams.set(name, value);
  }
  return new Request(url, { method, headers });
}

export async function sendFetchResponse(
  outgoing: ServerResponse,
  response: Response,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}
