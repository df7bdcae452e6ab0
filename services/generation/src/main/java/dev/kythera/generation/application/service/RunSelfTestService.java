package dev.kythera.generation.application.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kythera.generation.application.port.in.RunSelfTestUseCase;
import dev.kythera.platform.jobs.JobSnapshot;
import dev.kythera.platform.jobs.Jobs;
import dev.kythera.platform.jobs.SelfTestJobHandler;
import jakarta.enterprise.context.ApplicationScoped;

/** Submits the platform self-test job through the shared job framework. */
@ApplicationScoped
public class RunSelfTestService implements RunSelfTestUseCase {
  private final Jobs jobs;
  private final ObjectMapper json;

  public RunSelfTestService(Jobs jobs, ObjectMapper json) {
    this.jobs = jobs;
    this.json = json;
  }

  @Override
  public JobSnapshot runSelfTest(RunSelfTestCommand command) {
    ObjectNode params = json.createObjectNode();
    params.put("steps", command.steps());
    params.put("stepMillis", command.stepMillis());
    if (command.failWith() != null && !command.failWith().isBlank()) {
      params.put("failWith", command.failWith());
    }
    return jobs.submit(
        command.projectId(),
        command.userId(),
        SelfTestJobHandler.TYPE,
        "Pipeline self-test (" + command.steps() + " steps)",
        params);
  }
}
