/** The body PBM answers errors with: a plain text or one text per offending parameter. */
export type PbmErrorMessage = string | Record<string, string>;

/** Per-parameter reasons collected while validating one request. */
export type FieldErrors = Record<string, string>;

/** An error that becomes a PBM error response (`{"message": …}` with its status). */
export class PbmError extends Error {
  readonly status: number;
  readonly body: { message: PbmErrorMessage };

  constructor(status: number, message: PbmErrorMessage) {
    super(typeof message === 'string' ? message : JSON.stringify(message));
    this.status = status;
    this.body = { message };
  }
}

/** The guide's section 6 text, verbatim. */
export const FORBIDDEN_TEXT =
  "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";

export function requiredValueText(param: string): string {
  return `${param} is a required value`;
}

/** Rejects the request when any field failed; called before anything is changed. */
export function throwIfAny(errors: FieldErrors, status = 400): void {
  if (Object.keys(errors).length > 0) throw new PbmError(status, errors);
}

export function notFound(what: string): PbmError {
  return new PbmError(404, `${what} not found`);
}
