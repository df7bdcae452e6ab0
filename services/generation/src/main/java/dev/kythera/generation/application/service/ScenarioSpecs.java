package dev.kythera.generation.application.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.generation.application.port.in.SeedSpec;
import dev.kythera.generation.domain.seed.InvalidSeedPlan;
import dev.kythera.generation.domain.seed.PlanProblem;
import dev.kythera.generation.domain.seed.scenario.SeedScenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a template's {@code ${param}} placeholders: a value that is only a placeholder takes the
 * parameter's type (number, true/false, text), one inside text is replaced as text. Unknown
 * placeholders and values for undeclared parameters are refused with the field named.
 */
final class ScenarioSpecs {
  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ScenarioSpecs() {}

  static SeedSpec resolve(ObjectMapper json, SeedScenario scenario, Map<String, String> given) {
    List<PlanProblem> problems = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    Set<String> declared =
        scenario.parameters().stream()
            .map(SeedScenario.Parameter::name)
            .collect(Collectors.toSet());
    for (SeedScenario.Parameter parameter : scenario.parameters()) {
      if (parameter.defaultValue() != null) {
        values.put(parameter.name(), parameter.defaultValue());
      }
    }
    if (given != null) {
      given.forEach(
          (name, value) -> {
            if (!declared.contains(name)) {
              problems.add(
                  new PlanProblem("parameters." + name, "the template has no such parameter"));
            } else {
              values.put(name, value);
            }
          });
    }
    JsonNode spec;
    try {
      spec = fill(json.readTree(scenario.spec()), values, problems, "spec");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Stored template is not JSON", e);
    }
    if (!problems.isEmpty()) {
      throw new InvalidSeedPlan(problems);
    }
    try {
      return json.treeToValue(spec, SeedSpec.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidSeedPlan(
          List.of(
              new PlanProblem(
                  "spec", "not a seed spec once filled in: " + e.getOriginalMessage())));
    }
  }

  private static JsonNode fill(
      JsonNode node, Map<String, String> values, List<PlanProblem> problems, String path) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(
            field.getKey(), fill(field.getValue(), values, problems, path + "." + field.getKey()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        copy.add(fill(node.get(i), values, problems, path + "[" + i + "]"));
      }
      return copy;
    }
    if (!node.isTextual()) {
      return node;
    }
    String text = node.asText();
    Matcher whole = PLACEHOLDER.matcher(text);
    if (whole.matches()) {
      String value = values.get(whole.group(1));
      if (value == null) {
        problems.add(new PlanProblem(path, "no value for parameter " + whole.group(1)));
        return node;
      }
      return typed(value);
    }
    Matcher inside = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (inside.find()) {
      String value = values.get(inside.group(1));
      if (value == null) {
        problems.add(new PlanProblem(path, "no value for parameter " + inside.group(1)));
        value = "";
      }
      inside.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    inside.appendTail(out);
    return JsonNodeFactory.instance.textNode(out.toString());
  }

  private static JsonNode typed(String value) {
    if (value.equals("true") || value.equals("false")) {
      return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
    }
    try {
      BigDecimal number = new BigDecimal(value.strip());
      return number.scale() <= 0
          ? JsonNodeFactory.instance.numberNode(number.toBigIntegerExact())
          : JsonNodeFactory.instance.numberNode(number);
    } catch (NumberFormatException | ArithmeticException e) {
      return JsonNodeFactory.instance.textNode(value);
    }
  }
}
