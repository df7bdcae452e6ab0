import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, describeError, problemToApiError, toApiError } from './api-error';

describe('problem+json → ApiError', () => {
  it('uses detail as the message and keeps code and field errors', () => {
    const error = problemToApiError(400, {
      type: 'https://kythera.dev/problems/validation',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is not valid.',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'password', message: 'size must be between 10 and 128' }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('The request is not valid.');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldError('password')).toBe('size must be between 10 and 128');
    expect(describeError(error)).toBe(
      'The request is not valid.\npassword: size must be between 10 and 128',
    );
  });

  it('falls back to the title, then to a status-based sentence', () => {
    expect(problemToApiError(409, { title: 'Conflict' }).message).toBe('Conflict');
    expect(problemToApiError(503, '<html>gateway</html>').message).toMatch(
      /temporarily unavailable/,
    );
    expect(problemToApiError(404, null).message).toMatch(/does not exist/);
  });

  it('parses a problem delivered as a JSON string', () => {
    const error = problemToApiError(
      401,
      JSON.stringify({ detail: 'Invalid email or password.', code: 'INVALID_CREDENTIALS' }),
    );
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.status).toBe(401);
  });

  it('maps HttpErrorResponse, network failures and unknown values', () => {
    const http = new HttpErrorResponse({
      status: 403,
      error: { detail: 'No access.', code: 'FORBIDDEN' },
    });
    expect(toApiError(http).message).toBe('No access.');
    const network = new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') });
    expect(toApiError(network).message).toMatch(/Cannot reach KytheraDB/);
    expect(toApiError(new TypeError('Failed to fetch')).status).toBe(0);
    expect(toApiError('weird').message).toBe('Unexpected error.');
  });

  it('marks 5xx, 429 and network errors as retryable', () => {
    expect(problemToApiError(502, null).retryable).toBe(true);
    expect(problemToApiError(429, null).retryable).toBe(true);
    expect(problemToApiError(400, null).retryable).toBe(false);
    expect(problemToApiError(500, { detail: 'x', retryable: false }).retryable).toBe(false);
  });
});
