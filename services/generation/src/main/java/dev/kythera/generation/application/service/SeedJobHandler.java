package dev.kythera.generation.application.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.generation.application.port.in.SeedSpec;
import dev.kythera.generation.application.port.out.SchemaSource;
import dev.kythera.generation.application.port.out.SchemaSource.SourceSchema;
import dev.kythera.generation.application.port.out.SeedHistoryRepository;
import dev.kythera.generation.application.port.out.SeedSession;
import dev.kythera.generation.application.port.out.SeedTargets;
import dev.kythera.generation.domain.seed.SeedMode;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.history.SeedHistory;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.integrity.IntegrityViolation;
import dev.kythera.platform.audit.AuditEvents;
import dev.kythera.platform.jobs.JobCancelledException;
import dev.kythera.platform.jobs.JobContext;
import dev.kythera.platform.jobs.JobHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The seed job: plans again from the snapshot the request was validated against (same seed and
 * anchor, so the same rows), writes in one transaction, checks integrity, and commits — or rolls
 * everything back when cancelled, when a statement fails or when the check finds a violation. Every
 * run leaves a SeedHistory row saying which.
 */
@ApplicationScoped
public class SeedJobHandler implements JobHandler {
  public static final String TYPE = "generation.seed";
  private static final TypeReference<Map<String, List<String>>> REFERENCES =
      new TypeReference<>() {};

  private final SchemaSource schemas;
  private final SeedTargets targets;
  private final SeedHistoryRepository histories;
  private final AuditEvents audit;
  private final ObjectMapper json;

  public SeedJobHandler(
      SchemaSource schemas,
      SeedTargets targets,
      SeedHistoryRepository histories,
      AuditEvents audit,
      ObjectMapper json) {
    this.schemas = schemas;
    this.targets = targets;
    this.histories = histories;
    this.audit = audit;
    this.json = json;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public JsonNode run(JobContext context) throws Exception {
    long started = System.nanoTime();
    SeedSpec spec = json.treeToValue(context.params().path("spec"), SeedSpec.class);
    UUID scenarioId =
        context.params().hasNonNull("scenarioId")
            ? UUID.fromString(context.params().get("scenarioId").asText())
            : null;
    SeedMode mode = SeedSpecs.mode(spec);
    boolean verify = spec.verify() == null || spec.verify();
    context.progress(0.01, "Planning from the snapshot");
    SourceSchema source = schemas.snapshot(context.projectId(), spec.snapshotId());
    Map<String, List<String>> references =
        context.params().hasNonNull("references")
            ? json.convertValue(context.params().get("references"), REFERENCES)
            : Map.of();
    SeedPlan plan = SeedSpecs.plan(spec, source.model(), references);
    SeedHistory history =
        new SeedHistory(
            UUID.randomUUID(),
            context.projectId(),
            spec.connectionId(),
            spec.snapshotId(),
            context.jobId(),
            scenarioId,
            spec.entity() != null ? "entity" : scenarioId != null ? "template" : "standard",
            mode.wireName(),
            plan.seed(),
            "running",
            null,
            plan.totalRows(),
            List.of(),
            json.writeValueAsString(spec),
            null,
            null,
            context.userId(),
            Instant.now(),
            null);
    histories.insert(history);
    SeedExecution.Outcome outcome = null;
    try (SeedSession session =
        targets.open(schemas.descriptor(context.projectId(), spec.connectionId()))) {
      context.progress(0.02, "Connected; writing " + plan.totalRows() + " rows");
      outcome =
          new SeedExecution(
                  plan,
                  source.model(),
                  session,
                  (fraction, message) -> {
                    context.progress(fraction, message);
                    return !context.cancelled();
                  })
              .run(mode, verify);
      if (outcome.stopped() || context.cancelled()) {
        session.rollback();
        finish(history, outcome, "cancelled", "rolled back", null);
        throw new JobCancelledException();
      }
      if (outcome.integrity() != null && !outcome.integrity().passed()) {
        session.rollback();
        String failure =
            "The integrity check failed, nothing was kept: " + describe(outcome.integrity());
        finish(history, outcome, "error", "rolled back", failure);
        throw new IntegrityFailed(failure);
      }
      session.commit();
    } catch (JobCancelledException | IntegrityFailed e) {
      throw e;
    } catch (Exception e) {
      finish(history, outcome, "error", "rolled back", e.getMessage());
      throw e;
    }
    finish(history, outcome, "done", "committed", null);
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    ObjectNode result = json.createObjectNode();
    result.put("historyId", history.id().toString());
    result.put("seed", plan.seed());
    result.put("mode", mode.wireName());
    result.put("rows", outcome.rows());
    result.put("durationMs", millis);
    result.put("rowsPerSecond", millis == 0 ? outcome.rows() : outcome.rows() * 1000 / millis);
    result.set("tables", json.valueToTree(outcome.tables()));
    if (outcome.integrity() != null) {
      result.set("integrity", json.valueToTree(outcome.integrity()));
    }
    return result;
  }

  private void finish(
      SeedHistory history,
      SeedExecution.Outcome outcome,
      String status,
      String what,
      String error) {
    try {
      SeedHistory finished =
          history.finished(
              status,
              what,
              outcome == null ? List.of() : outcome.tables(),
              outcome == null || outcome.integrity() == null
                  ? null
                  : json.writeValueAsString(outcome.integrity()),
              error,
              Instant.now());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("historyId", finished.id());
      details.put("connectionId", finished.connectionId());
      details.put("jobId", finished.jobId());
      details.put("status", status);
      details.put("outcome", what);
      details.put("mode", finished.mode());
      details.put("seed", finished.seed());
      details.put("rows", outcome == null ? 0 : outcome.rows());
      if (finished.scenarioId() != null) {
        details.put("templateId", finished.scenarioId());
      }
      // the history row and its audit event commit together
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                histories.finish(finished);
                audit.record("seed.finished", finished.createdBy(), finished.projectId(), details);
              });
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The run was rolled back because the integrity check found violations; history is written. */
  static final class IntegrityFailed extends RuntimeException {
    IntegrityFailed(String message) {
      super(message);
    }
  }

  private static String describe(IntegrityReport report) {
    return report.violations().stream()
        .limit(5)
        .map(IntegrityViolation::toString)
        .collect(Collectors.joining("; "));
  }
}
