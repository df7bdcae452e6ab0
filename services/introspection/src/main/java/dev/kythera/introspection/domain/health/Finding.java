package dev.kythera.introspection.domain.health;

import java.util.Objects;

/**
 * One result of a health rule, as data.
 *
 * @param code stable rule code, e.g. {@code fk-without-index}
 * @param severity how urgent it is
 * @param title short headline
 * @param detail plain sentences: why it matters and what to do
 * @param location what it is about: {@code public.orders}, {@code public.orders.customer_id},
 *     {@code public.orders_open_idx}, a schema name, or the database name
 */
public record Finding(
    String code, Severity severity, String title, String detail, String location) {
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(location, "location");
  }
}
