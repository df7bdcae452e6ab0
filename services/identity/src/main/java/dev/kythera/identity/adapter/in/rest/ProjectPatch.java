package dev.kythera.identity.adapter.in.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.TeamId;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Inbound adapter helper: a {@code PATCH /api/projects/{id}} body. Read from the JSON tree because
 * {@code "teamId": null} (make the project personal) must differ from an absent {@code teamId}
 * (leave it as it is).
 *
 * @param team empty when absent; present-and-empty to clear the team
 */
record ProjectPatch(String name, String description, Optional<Optional<TeamId>> team) {
  private static final Set<String> FIELDS = Set.of("name", "description", "teamId");

  static ProjectPatch read(JsonNode body) {
    if (!body.isObject()) {
      throw new KytheraException(ErrorCode.MALFORMED_REQUEST, "The body must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new KytheraException(ErrorCode.MALFORMED_REQUEST, "Unknown field '" + name + "'")
            .withField(name, "is not a field of a project");
      }
    }
    Optional<Optional<TeamId>> team = Optional.empty();
    if (body.has("teamId")) {
      JsonNode node = body.get("teamId");
      team =
          Optional.of(
              node.isNull() ? Optional.empty() : Optional.of(TeamId.parse(text(node, "teamId"))));
    }
    return new ProjectPatch(
        text(body.get("name"), "name"), text(body.get("description"), "description"), team);
  }

  private static String text(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new KytheraException(ErrorCode.MALFORMED_REQUEST, "Field '" + field + "' must be text")
          .withField(field, "has the wrong type or shape");
    }
    return node.asText();
  }
}
