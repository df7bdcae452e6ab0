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

/** Persistence model of a team membership (table {@code team_members}). */
@Entity
@Table(name = "team_members")
@IdClass(TeamMemberEntity.Key.class)
public class TeamMemberEntity extends PanacheEntityBase {
  @Id
  @Column(name = "team_id")
  public UUID teamId;

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "role", nullable = false)
  public String role;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Composite primary key (team, user). */
  public record Key(UUID teamId, UUID userId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
