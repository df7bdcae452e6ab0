package dev.kythera.kernel.error;

import java.util.ArrayList;
import java.util.List;

/** A domain failure with a stable {@link ErrorCode}; services turn it into problem+json. */
public class KytheraException extends RuntimeException {
  private final ErrorCode code;
  private final List<FieldError> fieldErrors = new ArrayList<>();

  public KytheraException(ErrorCode code, String detail) {
    super(detail);
    this.code = code;
  }

  public KytheraException(ErrorCode code, String detail, Throwable cause) {
    super(detail, cause);
    this.code = code;
  }

  public static KytheraException invalid(String field, String message) {
    return new KytheraException(ErrorCode.VALIDATION_FAILED, field + " " + message)
        .withField(field, message);
  }

  public static KytheraException notFound(String what) {
    return new KytheraException(ErrorCode.NOT_FOUND, what + " was not found");
  }

  public KytheraException withField(String field, String message) {
    fieldErrors.add(new FieldError(field, message));
    return this;
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldError> fieldErrors() {
    return List.copyOf(fieldErrors);
  }
}
