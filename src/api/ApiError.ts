/**
 * The one error type UI code sees from the PBM client. PBM answers errors as
 * `{"message": string | {field: message}}` (guide section 6); this normalises both shapes.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'aborted';

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** Per-field messages, keyed by the PBM parameter name (`mail`, `alias`, `quota`, …). */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(options: {
    kind: ApiErrorKind;
    status?: number;
    message: string;
    fieldErrors?: Record<string, string>;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.kind = options.kind;
    this.status = options.status ?? 0;
    this.fieldErrors = options.fieldErrors ?? {};
  }

  /** True when the server answered with `status` (network failures never match). */
  is(status: number): boolean {
    return this.kind === 'http' && this.status === status;
  }

  static fromBody(status: number, body: unknown): ApiError {
    const message = isRecord(body) ? body.message : undefined;
    if (typeof message === 'string') return new ApiError({ kind: 'http', status, message });
    if (isRecord(message)) {
      const fieldErrors = Object.fromEntries(
        Object.entries(message).map(([field, text]) => [field, String(text)]),
      );
      return new ApiError({
        kind: 'http',
        status,
        message: Object.values(fieldErrors).join('; ') || `HTTP ${status}`,
        fieldErrors,
      });
    }
    return new ApiError({ kind: 'http', status, message: `HTTP ${status}` });
  }

  static fromFailure(cause: unknown): ApiError {
    if (cause instanceof ApiError) return cause;
    const name = cause instanceof Error || cause instanceof DOMException ? cause.name : '';
    if (name === 'AbortError') return new ApiError({ kind: 'aborted', message: 'aborted', cause });
    if (name === 'TimeoutError')
      return new ApiError({ kind: 'timeout', message: 'timeout', cause });
    return new ApiError({ kind: 'network', message: 'network error', cause });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
