package dev.kythera.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.FieldError;
import java.util.List;

/**
 * RFC 9457 problem details with KytheraDB's extensions ({@code code}, {@code retryable}, {@code
 * traceId}, {@code errors}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    boolean retryable,
    String traceId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(
      ErrorCode code, String detail, String instance, String traceId, List<FieldError> errors) {
    return new Problem(
        code.type(),
        code.title(),
        code.status(),
        detail,
        instance,
        code.name(),
        code.retryable(),
        traceId,
        errors == null || errors.isEmpty() ? null : List.copyOf(errors));
  }
}
