package dev.kythera.gateway.application.port.in;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why the gateway answers a request itself with an error.
 *
 * @param code the problem's error code (its status and type)
 * @param detail the human-readable explanation
 * @param errors invalid fields, if any
 * @param headers extra response headers ({@code Retry-After}, {@code Allow})
 */
public record Refusal(
    ErrorCode code, String detail, List<FieldError> errors, Map<String, String> headers) {
  public Refusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
    errors = List.copyOf(errors);
    headers = Map.copyOf(headers);
  }

  public static Refusal of(ErrorCode code, String detail) {
    return new Refusal(code, detail, List.of(), Map.of());
  }
}
