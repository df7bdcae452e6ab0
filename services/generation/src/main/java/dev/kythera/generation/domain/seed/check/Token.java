package dev.kythera.generation.domain.seed.check;

import java.util.Locale;

/** One lexical token of a CHECK expression. */
record Token(Type type, String text) {
  enum Type {
    WORD,
    QUOTED,
    NUMBER,
    STRING,
    SYMBOL,
    END
  }

  static final Token END = new Token(Type.END, "");

  /** A keyword or bare identifier equal to {@code word}, ignoring case. */
  boolean isWord(String word) {
    return type == Type.WORD && text.equalsIgnoreCase(word);
  }

  boolean isSymbol(String symbol) {
    return type == Type.SYMBOL && text.equals(symbol);
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }
}
