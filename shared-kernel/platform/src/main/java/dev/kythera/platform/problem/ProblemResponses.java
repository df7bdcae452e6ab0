package dev.kythera.platform.problem;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Builds problem+json responses; the one place that decides their shape. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Response build(
      ErrorCode code, String detail, UriInfo uriInfo, String traceId, List<FieldError> errors) {
    String instance = uriInfo == null ? null : uriInfo.getPath();
    Problem problem =
        Problem.of(code, detail, instance, traceId == null ? newTraceId() : traceId, errors);
    Response.ResponseBuilder builder =
        Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (code == ErrorCode.RATE_LIMITED) {
      builder.header("Retry-After", "60");
    }
    return builder.build();
  }

  public static String newTraceId() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
