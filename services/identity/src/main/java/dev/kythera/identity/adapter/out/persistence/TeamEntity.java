package dev.kythera.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Persistence model of a team (table {@code teams}). */
@Entity
@Table(name = "teams")
public class TeamEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "name", nullable = false)
  public String name;

  @Column(name = "created_by")
  public UUID createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
