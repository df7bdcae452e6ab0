package dev.kythera.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.FieldError;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Inbound adapter helper: turns every failure into problem+json. Unexpected exceptions are logged
 * with a trace id and answered without internals, so nothing leaks to the client.
 */
public class ProblemExceptionMappers {
  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

  @Inject CallerContext caller;

  @ServerExceptionMapper
  public Response domain(KytheraException e, UriInfo uri) {
    return ProblemResponses.build(e.code(), e.getMessage(), uri, traceId(), e.fieldErrors());
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream().map(ProblemExceptionMappers::fieldError).toList();
    return ProblemResponses.build(
        ErrorCode.VALIDATION_FAILED, "Some fields are not valid", uri, traceId(), errors);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return ProblemResponses.build(
        ErrorCode.MALFORMED_REQUEST,
        "The body is not valid JSON for this request: " + e.getOriginalMessage(),
        uri,
        traceId(),
        null);
  }

  /**
   * Quarkus REST ships its own mapper for this Jackson exception (answering plain JSON); a more
   * specific mapper here wins, so wrongly shaped bodies get problem+json like every other error.
   */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, UriInfo uri) {
    String field =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .reduce((a, b) -> a + "." + b)
            .orElse(null);
    List<FieldError> errors =
        field == null ? null : List.of(new FieldError(field, "has the wrong type or shape"));
    return ProblemResponses.build(
        ErrorCode.MALFORMED_REQUEST,
        field == null
            ? "The body does not have the expected shape"
            : "Field '" + field + "' has the wrong type or shape",
        uri,
        traceId(),
        errors);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    Throwable cause = e.getCause();
    if (cause instanceof JsonProcessingException json) {
      return json(json, uri);
    }
    ErrorCode code = ErrorCode.forStatus(status);
    String detail = status == 400 && e.getMessage() != null ? e.getMessage() : code.title();
    return ProblemResponses.build(code, detail, uri, traceId(), null);
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    String traceId = traceId();
    LOG.errorf(e, "Unexpected failure, traceId=%s", traceId);
    return ProblemResponses.build(
        ErrorCode.INTERNAL,
        "Unexpected error; quote trace id " + traceId + " when reporting it",
        uri,
        traceId,
        null);
  }

  private String traceId() {
    try {
      return caller.requestId().orElseGet(ProblemResponses::newTraceId);
    } catch (RuntimeException e) {
      return ProblemResponses.newTraceId();
    }
  }

  private static FieldError fieldError(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // Method validation paths look like "register.request.email": keep the field part.
    int lastDot = path.lastIndexOf('.');
    String field = lastDot >= 0 ? path.substring(lastDot + 1) : path;
    return new FieldError(field, violation.getMessage());
  }
}
