package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.application.port.in.AuditSchemaUseCase;
import dev.kythera.introspection.domain.health.Finding;
import dev.kythera.introspection.domain.health.Severity;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): the health audit and heuristics of a snapshot. */
@Path("/api/projects/{projectId}/schema")
@Produces(MediaType.APPLICATION_JSON)
public class SchemaAuditResource {
  private final AuditSchemaUseCase audit;
  private final CallerContext caller;

  public SchemaAuditResource(AuditSchemaUseCase audit, CallerContext caller) {
    this.audit = audit;
    this.caller = caller;
  }

  /** Findings and how many there are of each severity. */
  public record HealthResponse(UUID snapshotId, Counts counts, List<FindingResponse> findings) {}

  /** Finding counts by severity. */
  public record Counts(long error, long warning, long info) {}

  /** One finding with a lower-case severity. */
  public record FindingResponse(
      String code, String severity, String title, String detail, String location) {}

  /** Heuristic results with their snapshot. */
  public record InsightsResponse(
      UUID snapshotId, List<TableInsight> tables, List<?> references, List<?> inferredRelations) {}

  /** Role and domain of one table. */
  public record TableInsight(
      String table, String role, String roleReason, String domain, double domainConfidence) {}

  @GET
  @Path("/health")
  @Operation(summary = "Health findings of a snapshot: keys, indexes, naming, sequences, usage")
  public HealthResponse health(
      @PathParam("projectId") UUID projectId, @QueryParam("snapshotId") UUID snapshotId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    List<Finding> findings = audit.health(projectId, required(snapshotId));
    return new HealthResponse(
        snapshotId,
        new Counts(
            count(findings, Severity.ERROR),
            count(findings, Severity.WARNING),
            count(findings, Severity.INFO)),
        findings.stream()
            .map(
                f ->
                    new FindingResponse(
                        f.code(),
                        f.severity().name().toLowerCase(Locale.ROOT),
                        f.title(),
                        f.detail(),
                        f.location()))
            .toList());
  }

  @GET
  @Path("/insights")
  @Operation(summary = "Table roles, domains, detected references and inferred relations")
  public InsightsResponse insights(
      @PathParam("projectId") UUID projectId, @QueryParam("snapshotId") UUID snapshotId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    AuditSchemaUseCase.Insights insights = audit.insights(projectId, required(snapshotId));
    var domains =
        insights.domains().stream()
            .collect(java.util.stream.Collectors.toMap(d -> d.table(), d -> d));
    List<TableInsight> tables =
        insights.roles().stream()
            .sorted(Comparator.comparing(r -> r.table()))
            .map(
                r -> {
                  var domain = domains.get(r.table());
                  return new TableInsight(
                      r.table().toString(),
                      r.role().name().toLowerCase(Locale.ROOT),
                      r.reason(),
                      domain == null ? "other" : domain.domain().name().toLowerCase(Locale.ROOT),
                      domain == null ? 0 : domain.confidence());
                })
            .toList();
    return new InsightsResponse(
        snapshotId, tables, insights.references(), insights.inferredRelations());
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  private static UUID required(UUID snapshotId) {
    if (snapshotId == null) {
      throw KytheraException.invalid("snapshotId", "is required");
    }
    return snapshotId;
  }
}
