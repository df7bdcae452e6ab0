package dev.kythera.generation.domain.seed.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a CHECK expression as PostgreSQL, MySQL/MariaDB or SQLite print it into tokens. MySQL's
 * charset introducers ({@code _utf8mb4'a'}) and backslash-escaped quotes are undone here, so the
 * grammar sees one dialect.
 */
final class CheckLexer {
  private static final Set<String> TWO_CHAR_SYMBOLS =
      Set.of(">=", "<=", "<>", "!=", "==", "::", "||");

  private CheckLexer() {}

  static List<Token> tokens(String expression) {
    String text = expression.replace("\\'", "'");
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        i = string(text, i, tokens);
      } else if (c == '"' || c == '`') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          throw new UnsupportedCheck("unterminated identifier");
        }
        tokens.add(new Token(Token.Type.QUOTED, text.substring(i + 1, end)));
        i = end + 1;
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        int end = i;
        while (end < text.length()
            && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
          end++;
        }
        tokens.add(new Token(Token.Type.NUMBER, text.substring(i, end)));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < text.length()
            && (Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end) == '_'
                || text.charAt(end) == '$')) {
          end++;
        }
        // a charset introducer glued to a string literal: _utf8mb4'paid'
        boolean introducer = c == '_' && end < text.length() && text.charAt(end) == '\'';
        if (!introducer) {
          tokens.add(new Token(Token.Type.WORD, text.substring(i, end)));
        }
        i = end;
      } else if (i + 1 < text.length() && TWO_CHAR_SYMBOLS.contains(text.substring(i, i + 2))) {
        tokens.add(new Token(Token.Type.SYMBOL, text.substring(i, i + 2)));
        i += 2;
      } else {
        tokens.add(new Token(Token.Type.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    tokens.add(Token.END);
    return tokens;
  }

  private static int string(String text, int start, List<Token> tokens) {
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        value.append('\'');
        i += 2;
      } else if (c == '\'') {
        tokens.add(new Token(Token.Type.STRING, value.toString()));
        return i + 1;
      } else {
        value.append(c);
        i++;
      }
    }
    throw new UnsupportedCheck("unterminated string");
  }
}
