package dev.kythera.kernel.schema;

/** How a column gets its value without the caller: identity, auto-increment or nothing. */
public enum Identity {
  NONE,
  ALWAYS,
  BY_DEFAULT,
  AUTO_INCREMENT
}
