package dev.kythera.introspection.domain.heuristics;

/** What part a table plays in its schema, guessed from its shape and name. */
public enum TableRole {
  /** A thing the business talks about: customers, orders, products. */
  ENTITY,
  /** A small list of codes other tables point at: countries, statuses, currencies. */
  LOOKUP,
  /** Links two (or more) tables many-to-many: film_actor, user_roles. */
  JUNCTION,
  /** Append-only record of what happened: audit_log, order_history, events. */
  LOG,
  /** Application settings, often key/value rows. */
  CONFIGURATION
}
