/**
 * Settings read at start-up from `config.json` beside index.html, so that one build serves any PBM:
 * an operator edits the file, not the bundle. Checked by hand rather than with zod: this runs
 * before the first screen, and every kilobyte there is paid by every visit.
 */
export interface RuntimeConfig {
  /** Where the PBM API lives. Empty means the panel's own origin (nginx proxies the API paths). */
  apiBaseUrl: string;
  /** Run against the in-browser mock PBM (demo builds only; ignored where the mock is not bundled). */
  mock: boolean;
  /** Support contacts shown by the Help button (guide section 7). */
  support: { email: string; phone?: string; url?: string };
}

const SUPPORT_EMAIL = 'support@service.myoffice.ru';

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

let current: RuntimeConfig | undefined;

/** The config loaded at start-up. Throws when called before {@link loadRuntimeConfig}. */
export function getRuntimeConfig(): RuntimeConfig {
  if (!current) throw new RuntimeConfigError('Runtime config was read before it was loaded');
  return current;
}

/** For tests and for start-up: check and remember a config object. */
export function setRuntimeConfig(raw: unknown): RuntimeConfig {
  current = parseRuntimeConfig(raw);
  return current;
}

function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const problems: string[] = [];
  const field = <T>(source: unknown, key: string, type: string, fallback: T, path = key): T => {
    const value = (source as Record<string, unknown>)[key];
    if (value === undefined) return fallback;
    if (typeof value !== type) problems.push(`${path} must be a ${type}`);
    return typeof value === type ? (value as T) : fallback;
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RuntimeConfigError('config.json is invalid: it must be a JSON object');
  }
  const support = field<object>(raw, 'support', 'object', {});
  const config: RuntimeConfig = {
    apiBaseUrl: field(raw, 'apiBaseUrl', 'string', ''),
    mock: field(raw, 'mock', 'boolean', false),
    support: {
      email: field(support, 'email', 'string', SUPPORT_EMAIL, 'support.email'),
      phone: field<string | undefined>(support, 'phone', 'string', undefined, 'support.phone'),
      url: field<string | undefined>(support, 'url', 'string', undefined, 'support.url'),
    },
  };
  if (problems.length)
    throw new RuntimeConfigError(`config.json is invalid: ${problems.join('; ')}`);
  return config;
}

/** Fetches `config.json` from `url` (next to index.html), bypassing every cache. */
export async function loadRuntimeConfig(url: string): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw new RuntimeConfigError(`config.json could not be fetched: ${String(cause)}`);
  }
  if (!response.ok) throw new RuntimeConfigError(`config.json answered ${response.status}`);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new RuntimeConfigError('config.json is not valid JSON');
  }
  return setRuntimeConfig(raw);
}

/** Absolute API base: the configured one, or the panel's own origin. */
export function apiBaseUrl(): string {
  const configured = getRuntimeConfig().apiBaseUrl.replace(/\/+$/, '');
  return configured || window.location.origin;
}
