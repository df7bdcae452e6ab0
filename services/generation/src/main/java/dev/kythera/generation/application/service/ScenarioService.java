package dev.kythera.generation.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.generation.application.port.in.ScenarioUseCase;
import dev.kythera.generation.application.port.in.SeedSpec;
import dev.kythera.generation.application.port.in.SeedUseCase;
import dev.kythera.generation.application.port.out.ScenarioRepository;
import dev.kythera.generation.domain.seed.scenario.SeedScenario;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.audit.AuditEvents;
import dev.kythera.platform.jobs.JobSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** QA templates: stored, versioned, and run through the seed use case with their parameters. */
@ApplicationScoped
public class ScenarioService implements ScenarioUseCase {
  private static final int MAX_NAME = 120;

  private final ScenarioRepository scenarios;
  private final SeedUseCase seeds;
  private final AuditEvents audit;
  private final ObjectMapper json;

  public ScenarioService(
      ScenarioRepository scenarios, SeedUseCase seeds, AuditEvents audit, ObjectMapper json) {
    this.scenarios = scenarios;
    this.seeds = seeds;
    this.audit = audit;
    this.json = json;
  }

  @Override
  public List<SeedScenario> list(UUID projectId) {
    return scenarios.list(projectId);
  }

  @Override
  public SeedScenario get(UUID projectId, UUID id) {
    return scenarios
        .get(projectId, id)
        .orElseThrow(() -> KytheraException.notFound("Template " + id));
  }

  @Override
  @Transactional
  public SeedScenario create(UUID projectId, UUID userId, ScenarioDraft draft) {
    Instant now = Instant.now();
    SeedScenario scenario = validated(projectId, null, draft, 1, userId, now, now);
    scenarios.save(scenario);
    audited("qa_template.created", scenario);
    return scenario;
  }

  @Override
  @Transactional
  public SeedScenario update(UUID projectId, UUID id, ScenarioDraft draft) {
    SeedScenario current = get(projectId, id);
    SeedScenario updated =
        validated(
            projectId,
            id,
            draft,
            current.version() + 1,
            current.createdBy(),
            current.createdAt(),
            Instant.now());
    scenarios.save(updated);
    audited("qa_template.updated", updated);
    return updated;
  }

  @Override
  @Transactional
  public void delete(UUID projectId, UUID id) {
    SeedScenario scenario = get(projectId, id);
    scenarios.delete(projectId, id);
    audited("qa_template.deleted", scenario);
  }

  private void audited(String action, SeedScenario scenario) {
    audit.record(
        action,
        null,
        scenario.projectId(),
        Map.of(
            "templateId", scenario.id(), "name", scenario.name(), "version", scenario.version()));
  }

  @Override
  public SeedSpec resolve(UUID projectId, UUID id, ScenarioRun run) {
    SeedSpec spec =
        ScenarioSpecs.resolve(json, get(projectId, id), run == null ? null : run.parameters());
    return run == null ? spec : spec.rerun(run.connectionId(), run.mode(), run.seed());
  }

  @Override
  public JobSnapshot run(UUID projectId, UUID userId, UUID id, ScenarioRun run) {
    return seeds.start(projectId, userId, resolve(projectId, id, run), id);
  }

  private SeedScenario validated(
      UUID projectId,
      UUID id,
      ScenarioDraft draft,
      int version,
      UUID createdBy,
      Instant createdAt,
      Instant updatedAt) {
    if (draft == null) {
      throw KytheraException.invalid("name", "is required");
    }
    String name = draft.name() == null ? "" : draft.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw KytheraException.invalid("name", "is required, at most " + MAX_NAME + " characters");
    }
    if (draft.spec() == null || !draft.spec().isObject()) {
      throw KytheraException.invalid("spec", "a seed spec object is required");
    }
    List<SeedScenario.Parameter> parameters =
        draft.parameters() == null ? List.of() : draft.parameters();
    Set<String> names = new HashSet<>();
    for (SeedScenario.Parameter parameter : parameters) {
      if (parameter == null
          || parameter.name() == null
          || !ScenarioSpecs.NAME.matcher(parameter.name()).matches()) {
        throw KytheraException.invalid("parameters", "names are letters, digits and _");
      }
      if (!names.add(parameter.name())) {
        throw KytheraException.invalid("parameters", parameter.name() + " is declared twice");
      }
    }
    if (scenarios.nameTaken(projectId, name, id)) {
      throw new KytheraException(ErrorCode.CONFLICT, "A template named " + name + " exists")
          .withField("name", "is taken");
    }
    String spec;
    try {
      spec = json.writeValueAsString(draft.spec());
    } catch (JsonProcessingException e) {
      throw KytheraException.invalid("spec", "is not JSON");
    }
    SeedScenario scenario =
        new SeedScenario(
            id == null ? UUID.randomUUID() : id,
            projectId,
            name,
            draft.description(),
            version,
            parameters,
            spec,
            createdBy,
            createdAt,
            updatedAt);
    // the spec must read as a seed spec with the defaults; missing values are only refused at run
    ScenarioSpecs.resolve(json, scenarioWithAllDefaults(scenario), null);
    return scenario;
  }

  /** Parameters without a default get a stand-in number, so only the spec's shape is checked. */
  private static SeedScenario scenarioWithAllDefaults(SeedScenario scenario) {
    return scenario.withParameters(
        scenario.parameters().stream()
            .map(
                p ->
                    p.defaultValue() != null
                        ? p
                        : new SeedScenario.Parameter(p.name(), p.description(), "1"))
            .toList());
  }
}
