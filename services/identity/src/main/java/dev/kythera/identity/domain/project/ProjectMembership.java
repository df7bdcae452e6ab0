package dev.kythera.identity.domain.project;

import dev.kythera.kernel.access.ProjectPermission;

/** A project as one member sees it: the project and that member's permission on it. */
public record ProjectMembership(Project project, ProjectPermission permission) {}
