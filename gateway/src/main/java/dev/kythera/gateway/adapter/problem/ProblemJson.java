package dev.kythera.gateway.adapter.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.FieldError;
import dev.kythera.platform.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Adapter helper shared by the HTTP handler and the proxy: writes problem+json (RFC 9457 plus
 * {@code code}, {@code retryable}, {@code traceId}) built with the platform's {@link Problem}.
 */
@Singleton
public class ProblemJson {
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  private final ObjectMapper mapper;

  public ProblemJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public Buffer body(
      ErrorCode code, String detail, String instance, String traceId, List<FieldError> errors) {
    return serialize(Problem.of(code, detail, instance, traceId, errors));
  }

  /** Ends {@code response} with a problem; does nothing when the response is already written. */
  public void write(
      HttpServerResponse response,
      ErrorCode code,
      String detail,
      String instance,
      String requestId,
      List<FieldError> errors,
      Map<String, String> headers) {
    if (response.headWritten() || response.ended() || response.closed()) {
      return;
    }
    headers.forEach(response::putHeader);
    response
        .setStatusCode(code.status())
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader(REQUEST_ID_HEADER, requestId)
        .end(body(code, detail, instance, requestId, errors));
  }

  private Buffer serialize(Problem problem) {
    try {
      return Buffer.buffer(mapper.writeValueAsBytes(problem));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize a problem", e);
    }
  }
}
