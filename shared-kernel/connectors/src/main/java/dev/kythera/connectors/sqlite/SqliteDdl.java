package dev.kythera.connectors.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what SQLite's pragmas do not tell from the CREATE TABLE and CREATE INDEX text kept in
 * sqlite_schema: CHECK constraints, constraint names, deferrable foreign keys, generation
 * expressions, AUTOINCREMENT, WITHOUT ROWID, and the expressions and WHERE clause of an index.
 *
 * <p>It is a tokenizer (quotes, comments, parentheses) plus a small parser of the parts above, not
 * a full SQL parser: expressions are never interpreted, only cut out of the original text at
 * parenthesis depth, so they keep the author's spelling. SQLite has already accepted the text, so
 * the parser may assume it is well formed and skips what it does not know.
 */
final class SqliteDdl {
  private SqliteDdl() {}

  /** Words that start a column constraint, and so end a column's type name. */
  private static final Set<String> COLUMN_CONSTRAINT_START =
      Set.of(
          "CONSTRAINT",
          "PRIMARY",
          "NOT",
          "NULL",
          "UNIQUE",
          "CHECK",
          "DEFAULT",
          "COLLATE",
          "REFERENCES",
          "GENERATED",
          "AS");

  /** Words that start a table constraint instead of a column definition. */
  private static final Set<String> TABLE_CONSTRAINT_START =
      Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

  /** What a token is. */
  enum Kind {
    /** A bare word: keyword or unquoted identifier. */
    WORD,
    /** A quoted identifier: {@code "x"}, {@code `x`} or {@code [x]}. */
    QUOTED,
    /** A string literal {@code 'x'}. */
    STRING,
    NUMBER,
    /** Any other single character: parentheses, comma, dot, operators. */
    SYMBOL
  }

  /** One token with its place in the source text. */
  record Token(Kind kind, String text, int start, int end) {
    boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char symbol) {
      return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    /** The identifier this token names: quotes removed and doubled quotes undone. */
    String identifier() {
      if (kind != Kind.QUOTED && kind != Kind.STRING) {
        return text;
      }
      char open = text.charAt(0);
      String inner = text.substring(1, text.length() - 1);
      return switch (open) {
        case '"' -> inner.replace("\"\"", "\"");
        case '`' -> inner.replace("``", "`");
        case '\'' -> inner.replace("''", "'");
        default -> inner;
      };
    }
  }

  /** A column as declared. */
  record ColumnDef(String name, String generated, boolean autoincrement) {}

  /** A CHECK constraint; {@code column} is set when it was written on a column. */
  record Check(String name, String column, String expression) {}

  /** A FOREIGN KEY or REFERENCES clause. */
  record ForeignKeyDef(
      String name,
      List<String> columns,
      String referencedTable,
      List<String> referencedColumns,
      boolean deferrable,
      boolean initiallyDeferred) {}

  /** A PRIMARY KEY or UNIQUE constraint. */
  record KeyDef(String name, List<String> columns) {}

  /** What a CREATE TABLE statement declares. */
  record CreateTable(
      List<ColumnDef> columns,
      KeyDef primaryKey,
      List<KeyDef> uniques,
      List<Check> checks,
      List<ForeignKeyDef> foreignKeys,
      boolean withoutRowid) {

    static final CreateTable EMPTY =
        new CreateTable(List.of(), null, List.of(), List.of(), List.of(), false);

    ColumnDef column(String name) {
      return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
  }

  /** What a CREATE INDEX statement declares: its entries as written and its WHERE clause. */
  record CreateIndex(List<String> entries, String predicate) {}

  // ---------------------------------------------------------------------------------------------
  // Tokenizer

  static List<Token> tokenize(String sql) {
    List<Token> tokens = new ArrayList<>();
    int length = sql.length();
    int i = 0;
    while (i < length) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? length : end + 1;
      } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? length : end + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closingQuote(sql, i, c);
        tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, sql.substring(i, end), i, end));
        i = end;
      } else if (c == '[') {
        int close = sql.indexOf(']', i + 1);
        int end = close < 0 ? length : close + 1;
        tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
        i = end;
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1)))) {
        int end = numberEnd(sql, i);
        tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), i, end));
        i = end;
      } else if (isWordPart(c)) {
        int end = i + 1;
        while (end < length && isWordPart(sql.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
        i = end;
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  /** Index just past the quote closing the one at {@code start}; a doubled quote is an escape. */
  private static int closingQuote(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
  }

  /** Index just past the number at {@code start}: digits, dot, exponent, hex, underscores. */
  private static int numberEnd(String sql, int start) {
    boolean hex =
        sql.charAt(start) == '0'
            && start + 1 < sql.length()
            && Character.toLowerCase(sql.charAt(start + 1)) == 'x';
    int end = start + 1;
    while (end < sql.length()) {
      char c = sql.charAt(end);
      boolean exponentSign =
          (c == '+' || c == '-') && !hex && Character.toLowerCase(sql.charAt(end - 1)) == 'e';
      if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  // ---------------------------------------------------------------------------------------------
  // CREATE TABLE

  /** Parses a CREATE TABLE statement; {@link CreateTable#EMPTY} for CREATE TABLE ... AS SELECT. */
  static CreateTable parseCreateTable(String sql) {
    if (sql == null) {
      return CreateTable.EMPTY;
    }
    List<Token> tokens = tokenize(sql);
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isWord("AS")) {
        return CreateTable.EMPTY;
      }
      if (token.isSymbol('(')) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return CreateTable.EMPTY;
    }
    int close = matching(tokens, open);
    TableParts parts = new TableParts();
    for (List<Token> item : splitTopLevel(tokens, open + 1, close)) {
      if (item.isEmpty()) {
        continue;
      }
      Token first = item.get(0);
      if (first.kind() == Kind.WORD
          && TABLE_CONSTRAINT_START.contains(first.text().toUpperCase(Locale.ROOT))) {
        parseTableConstraint(sql, item, parts);
      } else {
        parseColumn(sql, item, parts);
      }
    }
    boolean withoutRowid = false;
    for (int i = close + 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord("WITHOUT") && tokens.get(i + 1).isWord("ROWID")) {
        withoutRowid = true;
      }
    }
    return new CreateTable(
        parts.columns,
        parts.primaryKey,
        parts.uniques,
        parts.checks,
        parts.foreignKeys,
        withoutRowid);
  }

  private static final class TableParts {
    final List<ColumnDef> columns = new ArrayList<>();
    KeyDef primaryKey;
    final List<KeyDef> uniques = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
  }

  private static void parseColumn(String sql, List<Token> item, TableParts parts) {
    String column = item.get(0).identifier();
    int i = 1;
    // The type name: words and a parenthesised size, up to the first constraint.
    while (i < item.size()) {
      Token token = item.get(i);
      if (token.kind() == Kind.WORD
          && COLUMN_CONSTRAINT_START.contains(token.text().toUpperCase(Locale.ROOT))) {
        break;
      }
      i = token.isSymbol('(') ? matching(item, i) + 1 : i + 1;
    }
    String pendingName = null;
    String generated = null;
    boolean autoincrement = false;
    while (i < item.size()) {
      Token token = item.get(i);
      if (token.isWord("CONSTRAINT") && i + 1 < item.size()) {
        pendingName = item.get(i + 1).identifier();
        i += 2;
        continue;
      }
      if (token.isWord("PRIMARY")) {
        parts.primaryKey = new KeyDef(pendingName, List.of(column));
        pendingName = null;
        i++;
      } else if (token.isWord("UNIQUE")) {
        parts.uniques.add(new KeyDef(pendingName, List.of(column)));
        pendingName = null;
        i++;
      } else if (token.isWord("CHECK") && isOpen(item, i + 1)) {
        int end = matching(item, i + 1);
        parts.checks.add(new Check(pendingName, column, text(sql, item, i + 2, end)));
        pendingName = null;
        i = end + 1;
      } else if (token.isWord("AS") && isOpen(item, i + 1)) {
        // GENERATED ALWAYS AS (expr) or the short form AS (expr)
        int end = matching(item, i + 1);
        generated = text(sql, item, i + 2, end);
        pendingName = null;
        i = end + 1;
      } else if (token.isWord("REFERENCES")) {
        int[] next = {i + 1};
        parts.foreignKeys.add(references(item, next, pendingName, List.of(column)));
        pendingName = null;
        i = next[0];
      } else if (token.isWord("AUTOINCREMENT")) {
        autoincrement = true;
        i++;
      } else if (token.isWord("DEFAULT") || token.isWord("COLLATE")) {
        i = isOpen(item, i + 1) ? matching(item, i + 1) + 1 : i + 2;
      } else if (token.isSymbol('(')) {
        i = matching(item, i) + 1;
      } else {
        i++;
      }
    }
    parts.columns.add(new ColumnDef(column, generated, autoincrement));
  }

  private static void parseTableConstraint(String sql, List<Token> item, TableParts parts) {
    String name = null;
    int i = 0;
    if (item.get(0).isWord("CONSTRAINT") && item.size() > 1) {
      name = item.get(1).identifier();
      i = 2;
    }
    if (i >= item.size()) {
      return;
    }
    Token kind = item.get(i);
    if (kind.isWord("PRIMARY") || kind.isWord("UNIQUE")) {
      int open = indexOfOpen(item, i);
      if (open < 0) {
        return;
      }
      KeyDef key = new KeyDef(name, columnList(item, open));
      if (kind.isWord("PRIMARY")) {
        parts.primaryKey = key;
      } else {
        parts.uniques.add(key);
      }
    } else if (kind.isWord("CHECK") && isOpen(item, i + 1)) {
      int end = matching(item, i + 1);
      parts.checks.add(new Check(name, null, text(sql, item, i + 2, end)));
    } else if (kind.isWord("FOREIGN")) {
      int open = indexOfOpen(item, i);
      if (open < 0) {
        return;
      }
      List<String> columns = columnList(item, open);
      int next = matching(item, open) + 1;
      if (next < item.size() && item.get(next).isWord("REFERENCES")) {
        int[] position = {next + 1};
        parts.foreignKeys.add(references(item, position, name, columns));
      }
    }
  }

  /**
   * Parses {@code table [(columns)] [ON DELETE|UPDATE action] [MATCH name] [[NOT] DEFERRABLE
   * [INITIALLY DEFERRED|IMMEDIATE]]} starting at {@code position[0]}, leaving it past the clause.
   */
  private static ForeignKeyDef references(
      List<Token> item, int[] position, String name, List<String> columns) {
    int i = position[0];
    String table = i < item.size() ? item.get(i).identifier() : "";
    i++;
    // schema.table: keep the table
    if (i + 1 < item.size() && item.get(i).isSymbol('.')) {
      table = item.get(i + 1).identifier();
      i += 2;
    }
    List<String> referenced = List.of();
    if (isOpen(item, i)) {
      referenced = columnList(item, i);
      i = matching(item, i) + 1;
    }
    boolean deferrable = false;
    boolean initiallyDeferred = false;
    while (i < item.size()) {
      Token token = item.get(i);
      if (token.isWord("ON") && i + 2 < item.size()) {
        Token action = item.get(i + 2);
        // SET NULL, SET DEFAULT, NO ACTION take two words; CASCADE, RESTRICT one
        i += action.isWord("SET") || action.isWord("NO") ? 4 : 3;
      } else if (token.isWord("MATCH")) {
        i += 2;
      } else if (token.isWord("NOT")
          && i + 1 < item.size()
          && item.get(i + 1).isWord("DEFERRABLE")) {
        deferrable = false;
        i += 2;
        i = initially(item, i, null);
      } else if (token.isWord("DEFERRABLE")) {
        deferrable = true;
        boolean[] deferred = {false};
        i = initially(item, i + 1, deferred);
        initiallyDeferred = deferred[0];
      } else {
        break;
      }
    }
    position[0] = i;
    return new ForeignKeyDef(name, columns, table, referenced, deferrable, initiallyDeferred);
  }

  /** Skips {@code INITIALLY DEFERRED|IMMEDIATE} at {@code i}, noting which it was. */
  private static int initially(List<Token> item, int i, boolean[] deferred) {
    if (i + 1 < item.size() && item.get(i).isWord("INITIALLY")) {
      if (deferred != null) {
        deferred[0] = item.get(i + 1).isWord("DEFERRED");
      }
      return i + 2;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------------
  // CREATE INDEX

  /**
   * Parses a CREATE INDEX statement: each entry as written (without ASC/DESC), and the WHERE clause
   * of a partial index or null.
   */
  static CreateIndex parseCreateIndex(String sql) {
    if (sql == null) {
      return new CreateIndex(List.of(), null);
    }
    List<Token> tokens = tokenize(sql);
    int on = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isWord("ON")) {
        on = i;
        break;
      }
    }
    int open = on < 0 ? -1 : indexOfOpen(tokens, on);
    if (open < 0) {
      return new CreateIndex(List.of(), null);
    }
    int close = matching(tokens, open);
    List<String> entries = new ArrayList<>();
    for (List<Token> item : splitTopLevel(tokens, open + 1, close)) {
      int end = item.size();
      if (end > 1 && (item.get(end - 1).isWord("ASC") || item.get(end - 1).isWord("DESC"))) {
        end--;
      }
      if (end > 0) {
        entries.add(sql.substring(item.get(0).start(), item.get(end - 1).end()));
      }
    }
    String predicate = null;
    if (close + 1 < tokens.size() && tokens.get(close + 1).isWord("WHERE")) {
      int last = tokens.size() - 1;
      if (tokens.get(last).isSymbol(';')) {
        last--;
      }
      if (last > close + 1) {
        predicate = sql.substring(tokens.get(close + 2).start(), tokens.get(last).end());
      }
    }
    return new CreateIndex(entries, predicate);
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static boolean isOpen(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).isSymbol('(');
  }

  private static int indexOfOpen(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).isSymbol('(')) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the parenthesis closing the one at {@code open} (or the last token). */
  static int matching(List<Token> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isSymbol('(')) {
        depth++;
      } else if (token.isSymbol(')')) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return tokens.size() - 1;
  }

  /** The tokens in {@code [from, to)} split at commas outside parentheses. */
  private static List<List<Token>> splitTopLevel(List<Token> tokens, int from, int to) {
    List<List<Token>> items = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.isSymbol('(')) {
        depth++;
      } else if (token.isSymbol(')')) {
        depth--;
      } else if (token.isSymbol(',') && depth == 0) {
        items.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(token);
    }
    items.add(current);
    return items;
  }

  /** The first identifier of each entry of the parenthesised list at {@code open}. */
  private static List<String> columnList(List<Token> tokens, int open) {
    List<String> names = new ArrayList<>();
    for (List<Token> entry : splitTopLevel(tokens, open + 1, matching(tokens, open))) {
      if (!entry.isEmpty()) {
        names.add(entry.get(0).identifier());
      }
    }
    return names;
  }

  /** The source text from token {@code from} through the token before {@code to}. */
  private static String text(String sql, List<Token> tokens, int from, int to) {
    if (from >= to) {
      return "";
    }
    return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
