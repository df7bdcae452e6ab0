package dev.kythera.identity.application.port.in;

import java.util.List;

/** Inbound port: the projects the caller is a member of. */
public interface ListProjectsUseCase {

  /** Newest first, each with the actor's permission. */
  List<ProjectView> list(Actor actor);
}
