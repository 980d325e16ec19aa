import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMockPbm, type MockPbm, type MockPbmOptions } from '../pbm/createMockPbm.ts';
import { answerControlRequest } from './controlEndpoints.ts';
import { BodyTooLargeError, readBody, sendFetchResponse, toFetchRequest } from './nodeRequest.ts';

export type MockHttpServerOptions = MockPbmOptions & { host?: string; port?: number };

export type MockHttpServer = {
  /** e.g. `http://127.0.0.1:8080`, with the port actually bound. */
  url: string;
  port: number;
  pbm: MockPbm;
  close(): Promise<void>;
};

/** Lets the panel, served from another origin (Vite on :5173), call the mock. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Authorization, Content-Type, Accept-Language, Accept',
  'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-max-age': '600',
};

function sendJson(outgoing: ServerResponse, status: number, body: unknown): void {
  outgoing.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json' });
  outgoing.end(JSON.stringify(body));
}

async function answer(pbm: MockPbm, incoming: IncomingMessage, outgoing: ServerResponse) {
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, CORS_HEADERS).end();
    return;
  }
  const request = await toFetchRequest(incoming, await readBody(incoming));
  const response =
    (await answerControlRequest(pbm, request)) ?? (await getResponse(pbm.handlers, request));
  if (response) await sendFetchResponse(outgoing, response, CORS_HEADERS);
  else sendJson(outgoing, 404, { message: 'not found' });
}

/** The mock PBM over real HTTP, for curl, e2e tests and a panel started without the browser mock. */
export async function createMockHttpServer(
  options: MockHttpServerOptions = {},
): Promise<MockHttpServer> {
  const { host = '127.0.0.1', port = 0, ...pbmOptions } = options;
  const pbm = createMockPbm(pbmOptions);
  const server = createServer((incoming, outgoing) => {
    answer(pbm, incoming, outgoing).catch((error: unknown) => {
      // Never crash on bad input: log it and answer in PBM's error shape.
      if (error instanceof BodyTooLargeError)
        return sendJson(outgoing, 413, { message: error.message });
      console.error('[pbm mock] request failed:', error);
      if (outgoing.headersSent) outgoing.destroy();
      else sendJson(outgoing, 500, { message: 'internal mock error' });
    });
  });
  // Requests node cannot even parse get PBM's error shape too, instead of an empty 400.
  server.on('clientError', (_error, socket) => {
    const body = JSON.stringify({ message: 'bad request' });
    const head = `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${body.length}`;
    if (socket.writable) socket.end(`${head}\r\nconnection: close\r\n\r\n${body}`);
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const boundPort = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${boundPort}`,
    port: boundPort,
    pbm,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
