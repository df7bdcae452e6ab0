package dev.kythera.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Persistence model of a pending invitation (table {@code project_invitations}). */
@Entity
@Table(name = "project_invitations")
public class ProjectInvitationEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "project_id", nullable = false)
  public UUID projectId;

  @Column(name = "email", nullable = false)
  public String email;

  @Column(name = "permission", nullable = false)
  public String permission;

  @Column(name = "invited_by")
  public UUID invitedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
