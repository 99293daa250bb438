/** An error with its HTTP answer: the error handler sends `{ error: code, message, details }`. */
export class ApiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiHttpError';
  }
}

export const badRequest = (message: string, details?: unknown) => new ApiHttpError(400, 'invalid_request', message, details);
export const invalidDocument = (message: string, details?: unknown) => new ApiHttpError(400, 'invalid_document', message, details);
export const forbidden = (message: string, details?: unknown) => new ApiHttpError(403, 'forbidden', message, details);
export const notFound = (message: string) => new ApiHttpError(404, 'not_found', message);
export const unauthorized = (message = 'Sign in again: the token is missing, expired or revoked.') =>
  new ApiHttpError(401, 'unauthorized', message);
