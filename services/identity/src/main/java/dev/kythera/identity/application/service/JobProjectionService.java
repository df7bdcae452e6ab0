package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.ProjectJobEventUseCase;
import dev.kythera.identity.application.port.out.JobProjectionRepository;
import dev.kythera.identity.application.port.out.JobUpdateFeed;
import dev.kythera.identity.domain.job.JobView;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the job projection and the live feed up to date from job events. */
@ApplicationScoped
public class JobProjectionService implements ProjectJobEventUseCase {
  private final JobProjectionRepository jobs;
  private final JobUpdateFeed feed;

  public JobProjectionService(JobProjectionRepository jobs, JobUpdateFeed feed) {
    this.jobs = jobs;
    this.feed = feed;
  }

  @Override
  public void record(JobView job) {
    jobs.upsert(job);
  }

  @Override
  public void broadcast(JobView job) {
    feed.publish(job);
  }
}
