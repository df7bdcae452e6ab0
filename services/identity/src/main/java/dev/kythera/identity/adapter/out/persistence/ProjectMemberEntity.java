package dev.kythera.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Persistence model of a direct project grant (table {@code project_members}). */
@Entity
@Table(name = "project_members")
@IdClass(ProjectMemberEntity.Key.class)
public class ProjectMemberEntity extends PanacheEntityBase {
  @Id
  @Column(name = "project_id")
  public UUID projectId;

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "permission", nullable = false)
  public String permission;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Composite primary key (project, user). */
  public record Key(UUID projectId, UUID userId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
