package dev.kythera.generation.domain.seed.check;

/** A comparison between a column and a literal or another column. */
public enum CompareOp {
  EQ("="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  CompareOp(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The same relation with the sides swapped: {@code a < b} is {@code b > a}. */
  public CompareOp flipped() {
    return switch (this) {
      case EQ -> EQ;
      case LT -> GT;
      case LE -> GE;
      case GT -> LT;
      case GE -> LE;
    };
  }

  /** Parses {@code =, <, <=, >, >=}; anything else (such as {@code <>}) is empty. */
  static CompareOp parse(String text) {
    return switch (text) {
      case "=", "==" -> EQ;
      case "<" -> LT;
      case "<=" -> LE;
      case ">" -> GT;
      case ">=" -> GE;
      default -> null;
    };
  }
}
