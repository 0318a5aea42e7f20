/**
 * Every error the API answers with: a stable code (what clients switch on), its HTTP status and
 * the message a person reads. The body is always `{ error: code, message, ...details }`.
 * Add a code here, never a status in a route (routes send codes: see `send-error.ts`).
 */
export const ERRORS = {
  invalid_body: { status: 400, message: 'The request body is not valid.' },
  invalid_query: { status: 400, message: 'The query string is not valid.' },
  invalid_params: { status: 400, message: 'The address of the request is not valid.' },
  invalid_headers: { status: 400, message: 'The request headers are not valid.' },
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  bad_request: { status: 400, message: 'The request is not valid.' },
  unauthenticated: { status: 401, message: 'Log in first: this needs a session cookie or a bearer token.' },
  invalid_credentials: { status: 401, message: 'Wrong login or password.' },
  invalid_pin: { status: 401, message: 'Wrong PIN.' },
  csrf_token_invalid: {
    status: 403,
    message: 'Missing or wrong x-csrf-token header: send the token given at login with every change.',
  },
  forbidden: { status: 403, message: 'Your role does not allow this.' },
  shop_forbidden: { status: 403, message: 'You have no rights on this shop.' },
  employee_not_allowed: { status: 403, message: 'This employee may not sell in this shop.' },
  route_not_found: { status: 404, message: 'No such address in the API.' },
  not_found: { status: 404, message: 'Not found.' },
  conflict: { status: 409, message: 'This conflicts with existing data.' },
  login_taken: { status: 409, message: 'This login is already taken.' },
  in_use: {
    status: 409,
    message: 'This is used by orders or other records, so it cannot be deleted: archive it instead.',
  },
  session_already_open: {
    status: 409,
    message: 'This shop already has an open session: join it (continue selling) or close it first.',
  },
  session_not_found: { status: 404, message: 'No such session.' },
  session_not_open: { status: 409, message: 'This session is not open for selling.' },
  session_closed: { status: 409, message: 'This session is closed: it can no longer change.' },
  order_not_flagged: {
    status: 409,
    message: 'This order was not flagged: there is nothing to accept (a correction is still possible).',
  },
  draft_orders_open: {
    status: 409,
    message:
      'Unpaid orders are still open in this session: settle them at a till, or close with drafts "cancel" to cancel them.',
  },
  difference_needs_confirmation: {
    status: 409,
    message:
      'The counted amounts differ from the expected ones by more than the shop allows: a manager must confirm.',
  },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: { status: 415, message: 'Send the body as application/json.' },
  too_many_attempts: { status: 429, message: 'Too many failed attempts: wait before trying again.' },
  internal_error: { status: 500, message: 'Something went wrong on the server; it has been logged.' },
  database_unavailable: { status: 503, message: 'The database does not answer.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The JSON body of every error answer. */
export interface ErrorBody {
  readonly error: ErrorCode;
  readonly message: string;
  /** For invalid input: the field at fault (`list_price`, `lines.0.quantity`). */
  readonly field?: string;
  readonly [detail: string]: unknown;
}
