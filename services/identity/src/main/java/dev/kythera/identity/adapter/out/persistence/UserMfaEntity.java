package dev.kythera.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Persistence model of a TOTP enrolment (table {@code user_mfa}); the secret is ciphertext. */
@Entity
@Table(name = "user_mfa")
public class UserMfaEntity extends PanacheEntityBase {
  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Column(name = "secret", nullable = false)
  public String secret;

  @Column(name = "enabled", nullable = false)
  public boolean enabled;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "enabled_at")
  public Instant enabledAt;

  @Column(name = "last_used_step", nullable = false)
  public long lastUsedStep;
}
