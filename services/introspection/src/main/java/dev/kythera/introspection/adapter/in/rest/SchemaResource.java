package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.application.port.in.CompareSnapshotsUseCase;
import dev.kythera.introspection.application.port.in.DocumentSchemaUseCase;
import dev.kythera.introspection.domain.diff.Change;
import dev.kythera.introspection.domain.diff.MigrationScript;
import dev.kythera.introspection.domain.diff.MigrationSql;
import dev.kythera.introspection.domain.diff.SchemaDiffResult;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): snapshot diffs, migration SQL and schema documents. */
@Path("/api/projects/{projectId}/schema")
public class SchemaResource {
  private final CompareSnapshotsUseCase compare;
  private final DocumentSchemaUseCase documents;
  private final CallerContext caller;

  public SchemaResource(
      CompareSnapshotsUseCase compare, DocumentSchemaUseCase documents, CallerContext caller) {
    this.compare = compare;
    this.documents = documents;
    this.caller = caller;
  }

  /** The diff as the API shows it. */
  public record DiffResponse(
      SnapshotSummary from,
      SnapshotSummary to,
      SchemaDiffResult.Summary summary,
      List<ChangeResponse> changes) {}

  /** One change with wire names ({@code primaryKey}, {@code added}). */
  public record ChangeResponse(
      String objectType, String change, String table, String name, String before, String after) {
    static ChangeResponse of(Change c) {
      return new ChangeResponse(
          camel(c.objectType().name()),
          c.change().name().toLowerCase(Locale.ROOT),
          c.table(),
          c.name(),
          c.before(),
          c.after());
    }
  }

  @GET
  @Path("/diff")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Added, removed and changed objects between two snapshots")
  public DiffResponse diff(
      @PathParam("projectId") UUID projectId,
      @QueryParam("from") UUID from,
      @QueryParam("to") UUID to) {
    caller.requireProject(projectId, ProjectPermission.READ);
    CompareSnapshotsUseCase.Comparison comparison =
        compare.diff(projectId, required("from", from), required("to", to));
    return new DiffResponse(
        comparison.from(),
        comparison.to(),
        comparison.diff().summary(),
        comparison.diff().changes().stream().map(ChangeResponse::of).toList());
  }

  @GET
  @Path("/migration")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "SQL that turns the 'from' snapshot's schema into the 'to' one")
  public MigrationScript migration(
      @PathParam("projectId") UUID projectId,
      @QueryParam("from") UUID from,
      @QueryParam("to") UUID to,
      @QueryParam("dialect") String dialect) {
    caller.requireProject(projectId, ProjectPermission.READ);
    MigrationSql.Dialect chosen =
        switch (dialect == null ? "postgresql" : dialect.toLowerCase(Locale.ROOT)) {
          case "postgresql", "postgres" -> MigrationSql.Dialect.POSTGRESQL;
          case "mysql", "mariadb" -> MigrationSql.Dialect.MYSQL;
          default -> throw KytheraException.invalid("dialect", "must be postgresql or mysql");
        };
    return compare.migration(projectId, required("from", from), required("to", to), chosen);
  }

  @GET
  @Path("/snapshots/{snapshotId}/docs")
  @Produces({"text/markdown", MediaType.TEXT_HTML, "text/vnd.mermaid", MediaType.APPLICATION_XML})
  @Operation(
      summary = "Data dictionary (markdown, html), ER diagram (mermaid) or Liquibase changelog")
  public Response document(
      @PathParam("projectId") UUID projectId,
      @PathParam("snapshotId") UUID snapshotId,
      @QueryParam("format") String format) {
    caller.requireProject(projectId, ProjectPermission.READ);
    DocumentSchemaUseCase.Format chosen = format(format);
    String body = documents.render(projectId, snapshotId, chosen);
    String type =
        switch (chosen) {
          case MARKDOWN -> "text/markdown;charset=UTF-8";
          case HTML -> "text/html;charset=UTF-8";
          case MERMAID -> "text/vnd.mermaid;charset=UTF-8";
          case LIQUIBASE -> "application/xml;charset=UTF-8";
        };
    String extension =
        switch (chosen) {
          case MARKDOWN -> "md";
          case HTML -> "html";
          case MERMAID -> "mmd";
          case LIQUIBASE -> "changelog.xml";
        };
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "inline; filename=\"schema-" + snapshotId + "." + extension + "\"")
        .build();
  }

  private static DocumentSchemaUseCase.Format format(String text) {
    return switch (text == null ? "markdown" : text.toLowerCase(Locale.ROOT)) {
      case "markdown", "md" -> DocumentSchemaUseCase.Format.MARKDOWN;
      case "html" -> DocumentSchemaUseCase.Format.HTML;
      case "mermaid" -> DocumentSchemaUseCase.Format.MERMAID;
      case "liquibase" -> DocumentSchemaUseCase.Format.LIQUIBASE;
      default ->
          throw KytheraException.invalid("format", "must be markdown, html, mermaid or liquibase");
    };
  }

  private static UUID required(String name, UUID value) {
    if (value == null) {
      throw KytheraException.invalid(name, "is required (a snapshot id)");
    }
    return value;
  }

  private static String camel(String enumName) {
    String[] words = enumName.toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.toString();
  }
}
