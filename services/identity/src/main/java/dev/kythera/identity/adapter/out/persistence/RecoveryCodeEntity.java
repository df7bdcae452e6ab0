package dev.kythera.identity.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Persistence model of a recovery code (table {@code mfa_recovery_codes}), hash only. */
@Entity
@Table(name = "mfa_recovery_codes")
public class RecoveryCodeEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "user_id", nullable = false)
  public UUID userId;

  @Column(name = "code_hash", nullable = false)
  public String codeHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "used_at")
  public Instant usedAt;
}
