/** Stable error codes of the REST API; clients switch on these, not on messages. */
export type ErrorCode =
  | 'bad_json'
  | 'invalid_body'
  | 'invalid_id'
  | 'invalid_path'
  | 'invalid_query'
  | 'invalid_spec'
  | 'wrong_body'
  | 'missing_token'
  | 'wrong_token'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'body_too_large'
  | 'spec_too_large'
  | 'uri_too_long'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'store_unwritable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_json: 400,
  invalid_body: 400,
  invalid_id: 400,
  invalid_path: 400,
  invalid_query: 400,
  invalid_spec: 400,
  wrong_body: 422,
  missing_token: 401,
  wrong_token: 403,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  body_too_large: 413,
  spec_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  too_many_requests: 429,
  store_unwritable: 503,
  internal: 500,
};

/** An error that becomes a `{error: {code, message, details?}}` response. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  /** Extra response headers, e.g. `Allow` on a 405. */
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.status = STATUS[code];
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  /** The JSON body of the response. */
  toBody(): { error: { code: ErrorCode; message: string; details?: unknown } } {
    const error: { code: ErrorCode; message: string; details?: unknown } = {
      code: this.code,
      message: this.message,
    };
    if (this.details !== undefined) error.details = this.details;
    return { error };
  }
}
