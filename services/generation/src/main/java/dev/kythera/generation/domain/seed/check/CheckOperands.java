package dev.kythera.generation.domain.seed.check;

import dev.kythera.generation.domain.seed.check.CheckExpr.ArrayOf;
import dev.kythera.generation.domain.seed.check.CheckExpr.Call;
import dev.kythera.generation.domain.seed.check.CheckExpr.Col;
import dev.kythera.generation.domain.seed.check.CheckExpr.Lit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The operands of a CHECK expression: literals, columns (a table qualifier dropped), function
 * calls, {@code ARRAY[...]}, parenthesised expressions and casts (skipped). Arithmetic and pattern
 * matching are refused with {@link UnsupportedCheck}.
 */
final class CheckOperands {
  private static final Set<String> TYPE_WORDS =
      Set.of("varying", "precision", "with", "without", "time", "zone");
  private final TokenCursor cursor;
  private final Supplier<CheckExpr> expression;

  /** Operands read from {@code cursor}; {@code expression} parses a nested full expression. */
  CheckOperands(TokenCursor cursor, Supplier<CheckExpr> expression) {
    this.cursor = cursor;
    this.expression = expression;
  }

  CheckExpr operand() {
    CheckExpr value = unary();
    Token token = cursor.peek();
    if (token.type() == Token.Type.SYMBOL
        && Set.of("+", "-", "*", "/", "%", "||").contains(token.text())) {
      throw new UnsupportedCheck("arithmetic");
    }
    if (token.isWord("LIKE") || token.isWord("GLOB") || token.isWord("REGEXP")) {
      throw new UnsupportedCheck("pattern match");
    }
    return value;
  }

  private CheckExpr unary() {
    if (cursor.peek().isSymbol("-") || cursor.peek().isSymbol("+")) {
      String sign = cursor.next().text().equals("-") ? "-" : "";
      Token number = cursor.next();
      if (number.type() != Token.Type.NUMBER) {
        throw new UnsupportedCheck("sign before " + number.text());
      }
      return casts(new Lit(sign + number.text(), false));
    }
    return casts(primary());
  }

  private CheckExpr primary() {
    Token token = cursor.next();
    switch (token.type()) {
      case NUMBER:
        return new Lit(token.text(), false);
      case STRING:
        return new Lit(token.text(), true);
      case QUOTED:
        return column(token.text());
      case SYMBOL:
        if (token.isSymbol("(")) {
          CheckExpr inner = expression.get();
          cursor.expect(")");
          return inner;
        }
        throw new UnsupportedCheck("symbol " + token.text());
      case WORD:
        return word(token);
      default:
        throw new UnsupportedCheck("end of expression");
    }
  }

  private CheckExpr word(Token token) {
    if (token.isWord("TRUE") || token.isWord("FALSE") || token.isWord("NULL")) {
      return new Lit(token.text().toUpperCase(Locale.ROOT), false);
    }
    if (token.isWord("ARRAY") && cursor.peek().isSymbol("[")) {
      cursor.next();
      return new ArrayOf(list("]"));
    }
    if (cursor.peek().isSymbol("(")) {
      cursor.next();
      List<CheckExpr> args = new ArrayList<>();
      if (!cursor.peek().isSymbol(")")) {
        args.add(expression.get());
        while (cursor.peek().isSymbol(",")) {
          cursor.next();
          args.add(expression.get());
        }
      }
      cursor.expect(")");
      return new Call(token.lower(), args);
    }
    return column(token.text());
  }

  /** A column name; a table qualifier ({@code orders.status}) is dropped. */
  private CheckExpr column(String name) {
    String last = name;
    while (cursor.peek().isSymbol(".")) {
      cursor.next();
      last = cursor.next().text();
    }
    return new Col(last);
  }

  List<CheckExpr> list(String close) {
    List<CheckExpr> items = new ArrayList<>(List.of(operand()));
    while (cursor.peek().isSymbol(",")) {
      cursor.next();
      items.add(operand());
    }
    cursor.expect(close);
    return items;
  }

  /** Skips {@code ::type} casts, including multi-word types, lengths and array brackets. */
  private CheckExpr casts(CheckExpr value) {
    while (cursor.peek().isSymbol("::")) {
      cursor.next();
      cursor.next();
      while (cursor.peek().type() == Token.Type.WORD
          && TYPE_WORDS.contains(cursor.peek().lower())) {
        cursor.next();
      }
      if (cursor.peek().isSymbol("(")) {
        while (!cursor.next().isSymbol(")")) {
          if (cursor.peek().type() == Token.Type.END) {
            throw new UnsupportedCheck("unclosed type");
          }
        }
      }
      while (cursor.peek().isSymbol("[")) {
        cursor.next();
        cursor.expect("]");
      }
    }
    return value;
  }
}
