package dev.kythera.generation.domain.seed.check;

import java.util.List;

/** A position in a CHECK expression's tokens, shared by the grammar and its operand reader. */
final class TokenCursor {
  private final List<Token> tokens;
  private int position;

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  void expect(String symbol) {
    if (!next().isSymbol(symbol)) {
      throw new UnsupportedCheck("expected " + symbol);
    }
  }

  void expectWord(String word) {
    if (!next().isWord(word)) {
      throw new UnsupportedCheck("expected " + word);
    }
  }

  Token peek() {
    return tokens.get(position);
  }

  Token next() {
    Token token = tokens.get(position);
    if (token.type() != Token.Type.END) {
      position++;
    }
    return token;
  }
}
