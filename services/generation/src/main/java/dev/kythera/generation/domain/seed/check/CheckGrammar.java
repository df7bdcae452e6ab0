package dev.kythera.generation.domain.seed.check;

import dev.kythera.generation.domain.seed.check.CheckExpr.AnyOf;
import dev.kythera.generation.domain.seed.check.CheckExpr.Between;
import dev.kythera.generation.domain.seed.check.CheckExpr.Compare;
import dev.kythera.generation.domain.seed.check.CheckExpr.In;
import dev.kythera.generation.domain.seed.check.CheckExpr.IsNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the boolean part of SQL that CHECK constraints use: AND/OR/NOT,
 * comparisons, BETWEEN, IN, IS [NOT] NULL, {@code = ANY (ARRAY[...])}, function calls and casts
 * (which it drops). Arithmetic, LIKE and the rest are refused with {@link UnsupportedCheck}.
 */
final class CheckGrammar {
  private static final Set<String> COMPARE = Set.of("=", "==", "<>", "!=", "<", "<=", ">", ">=");
  private final TokenCursor cursor;
  private final CheckOperands operands;

  private CheckGrammar(List<Token> tokens) {
    this.cursor = new TokenCursor(tokens);
    this.operands = new CheckOperands(cursor, this::or);
  }

  static CheckExpr parse(String expression) {
    CheckGrammar grammar = new CheckGrammar(CheckLexer.tokens(expression));
    if (grammar.cursor.peek().isWord("CHECK")) {
      grammar.cursor.next();
    }
    CheckExpr expr = grammar.or();
    if (grammar.cursor.peek().type() != Token.Type.END) {
      throw new UnsupportedCheck("unexpected " + grammar.cursor.peek().text());
    }
    return expr;
  }

  private CheckExpr or() {
    List<CheckExpr> parts = new ArrayList<>(List.of(and()));
    while (cursor.peek().isWord("OR")) {
      cursor.next();
      parts.add(and());
    }
    return parts.size() == 1 ? parts.get(0) : new CheckExpr.Or(parts);
  }

  private CheckExpr and() {
    List<CheckExpr> parts = new ArrayList<>(List.of(not()));
    while (cursor.peek().isWord("AND")) {
      cursor.next();
      parts.add(not());
    }
    return parts.size() == 1 ? parts.get(0) : new CheckExpr.And(parts);
  }

  private CheckExpr not() {
    if (cursor.peek().isWord("NOT")) {
      cursor.next();
      return new CheckExpr.Not(not());
    }
    return predicate();
  }

  private CheckExpr predicate() {
    CheckExpr left = operands.operand();
    Token token = cursor.peek();
    if (token.type() == Token.Type.SYMBOL && COMPARE.contains(token.text())) {
      cursor.next();
      if (cursor.peek().isWord("ANY") || cursor.peek().isWord("SOME")) {
        cursor.next();
        cursor.expect("(");
        CheckExpr array = or();
        cursor.expect(")");
        return new AnyOf(token.text(), left, array);
      }
      return new Compare(token.text(), left, operands.operand());
    }
    boolean negated = cursor.peek().isWord("NOT");
    if (negated) {
      cursor.next();
    }
    if (cursor.peek().isWord("BETWEEN")) {
      cursor.next();
      CheckExpr low = operands.operand();
      cursor.expectWord("AND");
      return new Between(left, low, operands.operand(), negated);
    }
    if (cursor.peek().isWord("IN")) {
      cursor.next();
      cursor.expect("(");
      return new In(left, operands.list(")"), negated);
    }
    if (!negated && cursor.peek().isWord("IS")) {
      cursor.next();
      boolean not = cursor.peek().isWord("NOT");
      if (not) {
        cursor.next();
      }
      cursor.expectWord("NULL");
      return new IsNull(left, not);
    }
    if (negated) {
      throw new UnsupportedCheck("NOT " + cursor.peek().text());
    }
    return left;
  }
}
