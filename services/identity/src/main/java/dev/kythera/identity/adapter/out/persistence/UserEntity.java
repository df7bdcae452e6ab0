package dev.kythera.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Persistence model of a user (table {@code users}); mapped by {@link UserMapper}. */
@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "email", nullable = false)
  public String email;

  @Column(name = "name")
  public String name;

  @Column(name = "password_hash", nullable = false)
  public String passwordHash;

  @Column(name = "role", nullable = false)
  public String role;

  @Column(name = "plan", nullable = false)
  public String plan;

  @Column(name = "email_verified", nullable = false)
  public boolean emailVerified;

  @Column(name = "enabled", nullable = false)
  public boolean enabled;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
