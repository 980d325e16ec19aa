import type { Role } from '../store/types.ts';

export type TokenKind = 'access' | 'refresh';

/**
 * Tokens describe themselves (payload + keyed checksum) instead of living in a table, so a fresh
 * in-memory mock, e.g. after a browser reload, still accepts the tokens the app kept.
 */
export type TokenClaims = {
  /** The account's mailbox. */
  sub: string;
  tenant: string;
  role: Role;
  kind: TokenKind;
  /** Seconds since the epoch. */
  exp: number;
  jti: string;
};

// A fixed secret: the mock guards nothing, it only has to spot tokens that were not its own.
const MOCK_SECRET = 'pbm-mock-secret-2f1c';

function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte));
  return btoa(binary.join('')).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** Two FNV-1a passes with different offsets: 64 bits, plenty for telling tokens apart. */
function checksum(payload: string): string {
  const fnv1a = (offset: number) => {
    let hash = offset;
    for (const char of `${MOCK_SECRET}.${payload}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return fnv1a(0x811c9dc5) + fnv1a(0x01000193);
}

export function newTokenId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function signToken(claims: TokenClaims): string {
  const payload = toBase64Url(JSON.stringify(claims));
  return `${payload}.${checksum(payload)}`;
}

function isClaims(value: unknown): value is TokenClaims {
  const claims = value as Partial<TokenClaims> | null;
  return (
    typeof claims?.sub === 'string' &&
    typeof claims.tenant === 'string' &&
    (claims.role === 1 || claims.role === 2) &&
    (claims.kind === 'access' || claims.kind === 'refresh') &&
    typeof claims.exp === 'number' &&
    typeof claims.jti === 'string'
  );
}

/** The claims of a token this mock signed, or undefined for anything else. Expiry is not checked. */
export function verifyToken(token: string): TokenClaims | undefined {
  const [payload = '', signature, ...rest] = token.split('.');
  if (rest.length > 0 || signature !== checksum(payload)) return undefined;
  try {
    const claims: unknown = JSON.parse(fromBase64Url(payload));
    return isClaims(claims) ? claims : undefined;
  } catch {
    return undefined;
  }
}
