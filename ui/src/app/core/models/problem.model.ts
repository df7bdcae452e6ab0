/** One invalid input field of a problem+json response. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as every KytheraDB service returns them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  retryable?: boolean;
  traceId?: string;
  errors?: FieldError[];
}
