package dev.kythera.generation.domain.seed.check;

import java.util.List;

/** The syntax tree of a CHECK expression, only as rich as generation needs. */
sealed interface CheckExpr {

  record Col(String name) implements CheckExpr {}

  /** A literal; {@code text} is the number, the string's content, or TRUE/FALSE/NULL. */
  record Lit(String text, boolean string) implements CheckExpr {}

  record Call(String function, List<CheckExpr> args) implements CheckExpr {}

  record ArrayOf(List<CheckExpr> items) implements CheckExpr {}

  /** {@code left op right}; {@code op} as written ({@code <>} and {@code !=} included). */
  record Compare(String op, CheckExpr left, CheckExpr right) implements CheckExpr {}

  /** {@code left op ANY (array)}. */
  record AnyOf(String op, CheckExpr left, CheckExpr array) implements CheckExpr {}

  record Between(CheckExpr value, CheckExpr low, CheckExpr high, boolean negated)
      implements CheckExpr {}

  record In(CheckExpr value, List<CheckExpr> items, boolean negated) implements CheckExpr {}

  record IsNull(CheckExpr value, boolean negated) implements CheckExpr {}

  record And(List<CheckExpr> parts) implements CheckExpr {}

  record Or(List<CheckExpr> parts) implements CheckExpr {}

  record Not(CheckExpr inner) implements CheckExpr {}
}
