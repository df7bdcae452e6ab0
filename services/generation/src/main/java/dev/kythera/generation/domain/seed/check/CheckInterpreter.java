package dev.kythera.generation.domain.seed.check;

import dev.kythera.generation.domain.seed.check.CheckExpr.AnyOf;
import dev.kythera.generation.domain.seed.check.CheckExpr.ArrayOf;
import dev.kythera.generation.domain.seed.check.CheckExpr.Between;
import dev.kythera.generation.domain.seed.check.CheckExpr.Call;
import dev.kythera.generation.domain.seed.check.CheckExpr.Col;
import dev.kythera.generation.domain.seed.check.CheckExpr.Compare;
import dev.kythera.generation.domain.seed.check.CheckExpr.In;
import dev.kythera.generation.domain.seed.check.CheckExpr.IsNull;
import dev.kythera.generation.domain.seed.check.CheckExpr.Lit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one parsed CHECK into column rules. Each top-level conjunct is read on its own, so the
 * readable parts of a constraint are honoured even when another part is not; {@code x IS NULL OR
 * <rule>} is read as the rule, because a generator that always satisfies the rule satisfies the
 * disjunction too.
 */
final class CheckInterpreter {
  private static final Set<String> LENGTH_FUNCTIONS =
      Set.of("length", "char_length", "character_length", "len");
  private final Map<String, String> columns;
  private final String constraint;
  private final Map<String, ColumnRules> rules = new LinkedHashMap<>();
  private final List<ColumnComparison> comparisons = new ArrayList<>();

  CheckInterpreter(Map<String, String> columnsByLowerName, String constraint) {
    this.columns = columnsByLowerName;
    this.constraint = constraint;
  }

  Map<String, ColumnRules> rules() {
    return rules;
  }

  List<ColumnComparison> comparisons() {
    return comparisons;
  }

  /** Reads the expression; true when every part of it was understood. */
  boolean accept(CheckExpr expr) {
    boolean all = true;
    for (CheckExpr part : conjuncts(expr)) {
      all &= conjunct(part);
    }
    return all;
  }

  private static List<CheckExpr> conjuncts(CheckExpr expr) {
    if (!(expr instanceof CheckExpr.And and)) {
      return List.of(expr);
    }
    List<CheckExpr> flat = new ArrayList<>();
    and.parts().forEach(part -> flat.addAll(conjuncts(part)));
    return flat;
  }

  private boolean conjunct(CheckExpr expr) {
    return switch (expr) {
      case Lit lit -> lit.text().equals("TRUE");
      case Compare compare -> compare(compare);
      case AnyOf any -> anyOf(any);
      case Between between -> between(between);
      case In in -> in(in);
      case IsNull isNull ->
          isNull.negated() && add(column(isNull.value()), ColumnRules.requiredValue());
      case Call call -> call.function().equals("json_valid") && call.args().size() == 1;
      case CheckExpr.Or or -> or(or);
      default -> false;
    };
  }

  private boolean compare(Compare compare) {
    CompareOp op = CompareOp.parse(compare.op());
    String left = column(compare.left());
    String right = column(compare.right());
    if (left != null && right != null) {
      return op != null && comparisons.add(new ColumnComparison(left, op, right, constraint));
    }
    if (left != null && literal(compare.right()) != null) {
      return literalRule(left, op, literal(compare.right()));
    }
    if (right != null && literal(compare.left()) != null) {
      return literalRule(right, op == null ? null : op.flipped(), literal(compare.left()));
    }
    if (op != null && compare.left() instanceof Call call && literal(compare.right()) != null) {
      return lengthRule(call, op, literal(compare.right()));
    }
    return false;
  }

  private boolean literalRule(String column, CompareOp op, Lit literal) {
    if (op == null) {
      // only "<> ''" is understood: generated text is never empty
      return literal.string()
          && literal.text().isEmpty()
          && add(column, ColumnRules.length(1, null));
    }
    return switch (op) {
      case EQ -> add(column, ColumnRules.oneOf(List.of(literal.text())));
      case GT -> add(column, ColumnRules.lowerBound(new Bound(literal.text(), false)));
      case GE -> add(column, ColumnRules.lowerBound(new Bound(literal.text(), true)));
      case LT -> add(column, ColumnRules.upperBound(new Bound(literal.text(), false)));
      case LE -> add(column, ColumnRules.upperBound(new Bound(literal.text(), true)));
    };
  }

  private boolean lengthRule(Call call, CompareOp op, Lit literal) {
    if (!LENGTH_FUNCTIONS.contains(call.function())
        || call.args().size() != 1
        || literal.string()) {
      return false;
    }
    String column = column(call.args().get(0));
    int n;
    try {
      n = Integer.parseInt(literal.text());
    } catch (NumberFormatException notAnInteger) {
      return false;
    }
    return switch (op) {
      case EQ -> add(column, ColumnRules.length(n, n));
      case GT -> add(column, ColumnRules.length(n + 1, null));
      case GE -> add(column, ColumnRules.length(n, null));
      case LT -> add(column, ColumnRules.length(null, n - 1));
      case LE -> add(column, ColumnRules.length(null, n));
    };
  }

  private boolean anyOf(AnyOf any) {
    return CompareOp.parse(any.op()) == CompareOp.EQ
        && any.array() instanceof ArrayOf array
        && oneOf(column(any.left()), array.items());
  }

  private boolean between(Between between) {
    Lit low = literal(between.low());
    Lit high = literal(between.high());
    String column = column(between.value());
    return !between.negated()
        && low != null
        && high != null
        && add(column, ColumnRules.lowerBound(new Bound(low.text(), true)))
        && add(column, ColumnRules.upperBound(new Bound(high.text(), true)));
  }

  private boolean in(In in) {
    return !in.negated() && oneOf(column(in.value()), in.items());
  }

  private boolean oneOf(String column, List<CheckExpr> items) {
    List<String> values = new ArrayList<>();
    for (CheckExpr item : items) {
      Lit literal = literal(item);
      if (literal == null) {
        return false;
      }
      values.add(literal.text());
    }
    return add(column, ColumnRules.oneOf(values));
  }

  private boolean or(CheckExpr.Or or) {
    List<CheckExpr> rest = new ArrayList<>();
    for (CheckExpr part : or.parts()) {
      boolean nullTest =
          part instanceof IsNull isNull && !isNull.negated() && column(isNull.value()) != null;
      if (!nullTest) {
        rest.add(part);
      }
    }
    if (rest.size() == 1 && rest.size() < or.parts().size()) {
      return accept(rest.get(0));
    }
    return equalities(rest.size() == or.parts().size() ? rest : List.of());
  }

  /** {@code s = 'a' OR s = 'b'} is an IN list. */
  private boolean equalities(List<CheckExpr> parts) {
    String column = null;
    List<String> values = new ArrayList<>();
    for (CheckExpr part : parts) {
      if (!(part instanceof Compare compare) || CompareOp.parse(compare.op()) != CompareOp.EQ) {
        return false;
      }
      String name = column(compare.left());
      Lit literal = literal(compare.right());
      if (name == null || literal == null || (column != null && !column.equals(name))) {
        return false;
      }
      column = name;
      values.add(literal.text());
    }
    return column != null && add(column, ColumnRules.oneOf(values));
  }

  private boolean add(String column, ColumnRules more) {
    if (column == null) {
      return false;
    }
    rules.merge(column, more, ColumnRules::and);
    return true;
  }

  private String column(CheckExpr expr) {
    return expr instanceof Col col ? columns.get(col.name().toLowerCase(Locale.ROOT)) : null;
  }

  private static Lit literal(CheckExpr expr) {
    return expr instanceof Lit lit && !lit.text().equals("NULL") ? lit : null;
  }
}
