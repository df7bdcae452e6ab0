package dev.kythera.gateway.domain;

import java.util.Locale;

/** Media type checks for request bodies. */
public final class MediaTypes {
  private MediaTypes() {}

  /** True for {@code application/json} and {@code application/*+json}, parameters ignored. */
  public static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    return type.equals("application/json")
        || (type.startsWith("application/") && type.endsWith("+json"));
  }
}
