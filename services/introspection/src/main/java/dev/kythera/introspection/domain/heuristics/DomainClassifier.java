package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Guesses a table's business {@link Domain} from the words of its name (weight 3) and of its column
 * names (weight 1; bookkeeping columns like {@code id}, {@code created_at} carry no weight).
 * Confidence grows with the winning score and shrinks with the runner-up's share.
 */
public final class DomainClassifier {
  static final int TABLE_WEIGHT = 3;
  static final int COLUMN_WEIGHT = 1;

  /** Score at which evidence counts as strong (a table-name hit plus a column hit). */
  private static final double STRONG = 4.0;

  private static final Set<String> NEUTRAL =
      Set.of("id", "created", "updated", "at", "by", "deleted", "modified", "is", "has", "last");

  /** Domains of every table and view of the model, in model order. */
  public Map<QualifiedName, DomainClassification> classify(SchemaModel model) {
    Map<QualifiedName, DomainClassification> domains = new LinkedHashMap<>();
    model.tables().forEach(table -> domains.put(table.name(), classify(table)));
    return domains;
  }

  public DomainClassification classify(Table table) {
    Map<Domain, Integer> scores = new EnumMap<>(Domain.class);
    Map<Domain, Set<String>> evidence = new EnumMap<>(Domain.class);
    score(table.name().name(), TABLE_WEIGHT, scores, evidence);
    for (Column column : table.columns()) {
      score(column.name(), COLUMN_WEIGHT, scores, evidence);
    }
    List<Map.Entry<Domain, Integer>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<Domain, Integer>comparingByValue().reversed());
    if (ranked.isEmpty()) {
      return new DomainClassification(table.name(), Domain.OTHER, 0, "no domain words in names");
    }
    Domain best = ranked.get(0).getKey();
    int top = ranked.get(0).getValue();
    int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
    double strength = Math.min(1.0, top / STRONG);
    double margin = top / (double) (top + second);
    double confidence = Math.round(strength * margin * 100) / 100.0;
    return new DomainClassification(
        table.name(), best, confidence, "words " + String.join(", ", evidence.get(best)));
  }

  private static void score(
      String name, int weight, Map<Domain, Integer> scores, Map<Domain, Set<String>> evidence) {
    for (String word : Words.split(name)) {
      String singular = Words.singular(word);
      if (NEUTRAL.contains(singular)) {
        continue;
      }
      for (Domain domain : Domain.values()) {
        if (domain.words().contains(singular) || domain.words().contains(word)) {
          scores.merge(domain, weight, Integer::sum);
          evidence.computeIfAbsent(domain, key -> new TreeSet<>()).add(singular);
        }
      }
    }
  }
}
