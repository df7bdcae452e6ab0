package dev.kythera.introspection.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kythera.introspection.application.port.in.ExploreDataUseCase;
import dev.kythera.introspection.application.port.in.ExplorerBrowse;
import dev.kythera.introspection.application.port.in.ExplorerPage;
import dev.kythera.introspection.application.port.in.ExplorerRelated;
import dev.kythera.introspection.application.port.in.ExplorerTarget;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inbound adapter (REST): the data explorer of one table, {@code schema.name} in the path. Bodies
 * and keys are read here as JSON with exact decimals; names and values are checked by the use case.
 */
@Path("/api/projects/{projectId}/data/{connectionId}/tables/{table}")
@Produces(MediaType.APPLICATION_JSON)
public class DataResource {
  private final ExploreDataUseCase explorer;
  private final CallerContext caller;
  private final ObjectReader json;

  public DataResource(ExploreDataUseCase explorer, CallerContext caller, ObjectMapper mapper) {
    this.explorer = explorer;
    this.caller = caller;
    this.json = mapper.reader(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  @GET
  @Path("/rows")
  @Operation(summary = "A page of rows: sort=col,-other; filter=col:op:value (repeatable)")
  public ExplorerPage rows(
      @PathParam("projectId") UUID projectId,
      @PathParam("connectionId") UUID connectionId,
      @PathParam("table") String table,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") List<String> sort,
      @QueryParam("filter") List<String> filter,
      @QueryParam("count") String count) {
    caller.requireProject(projectId, ProjectPermission.READ);
    ExplorerBrowse query =
        new ExplorerBrowse(
            number("page", page, 0), number("size", size, 50), sort, filter, flag(count));
    return explorer.browse(new ExplorerTarget(projectId, connectionId, table), query);
  }

  @POST
  @Path("/rows")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Insert a row {values:{col: value}}; answers the stored row")
  public Response insert(
      @PathParam("projectId") UUID projectId,
      @PathParam("connectionId") UUID connectionId,
      @PathParam("table") String table,
      String body) {
    Role role = writer(projectId);
    Map<String, Object> values = object(field(body(body), "values"), "values");
    Map<String, Object> row =
        explorer.insert(new ExplorerTarget(projectId, connectionId, table), role, values);
    return Response.status(Response.Status.CREATED).entity(row).build();
  }

  @PATCH
  @Path("/rows")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a row {key:{pk: value}, values:{col: value}}; 404 when none")
  public Map<String, Object> update(
      @PathParam("projectId") UUID projectId,
      @PathParam("connectionId") UUID connectionId,
      @PathParam("table") String table,
      String body) {
    Role role = writer(projectId);
    JsonNode node = body(body);
    return explorer.update(
        new ExplorerTarget(projectId, connectionId, table),
        role,
        object(field(node, "key"), "key"),
        object(field(node, "values"), "values"));
  }

  @DELETE
  @Path("/rows")
  @Operation(summary = "Delete the row whose primary key is key (URL-encoded JSON); 404 when none")
  public Response delete(
      @PathParam("projectId") UUID projectId,
      @PathParam("connectionId") UUID connectionId,
      @PathParam("table") String table,
      @QueryParam("key") String key) {
    Role role = writer(projectId);
    explorer.delete(new ExplorerTarget(projectId, connectionId, table), role, key(key));
    return Response.noContent().build();
  }

  @GET
  @Path("/related")
  @Operation(summary = "A row with its parent rows and first child rows, through foreign keys")
  public ExplorerRelated related(
      @PathParam("projectId") UUID projectId,
      @PathParam("connectionId") UUID connectionId,
      @PathParam("table") String table,
      @QueryParam("key") String key) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return explorer.related(new ExplorerTarget(projectId, connectionId, table), key(key));
  }

  /** Writes need WRITE on the project; the platform role decides about production data. */
  private Role writer(UUID projectId) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    return caller.caller().role();
  }

  private JsonNode body(String body) {
    if (body == null || body.isBlank()) {
      throw KytheraException.invalid("body", "is required");
    }
    return parse(body, "body");
  }

  private Map<String, Object> key(String key) {
    if (key == null || key.isBlank()) {
      throw KytheraException.invalid("key", "is required: a JSON object of the primary key");
    }
    return object(parse(key, "key"), "key");
  }

  private JsonNode parse(String text, String field) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw KytheraException.invalid(field, "is not valid JSON");
    }
  }

  private static JsonNode field(JsonNode node, String name) {
    if (!node.isObject()) {
      throw KytheraException.invalid("body", "must be a JSON object");
    }
    return node.get(name);
  }

  /** A JSON object as plain values: text, boolean, BigInteger, BigDecimal, null, or JSON text. */
  private static Map<String, Object> object(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      throw KytheraException.invalid(field, "is required (a JSON object)");
    }
    if (!node.isObject()) {
      throw KytheraException.invalid(field, "must be a JSON object");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    node.properties().forEach(entry -> values.put(entry.getKey(), plain(entry.getValue())));
    return values;
  }

  private static Object plain(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue();
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    // objects and arrays travel as their JSON text, which is what JSON columns store
    return value.toString();
  }

  private static int number(String field, String text, int fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw KytheraException.invalid(field, "must be a whole number");
    }
  }

  private static boolean flag(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    return switch (text.strip()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw KytheraException.invalid("count", "must be true or false");
    };
  }
}
