package dev.kythera.identity.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of the identity service ({@code kythera.identity.*}). */
@ConfigMapping(prefix = "kythera.identity")
public interface IdentityConfig {

  /** Public base URL of the web app; mail links point there. */
  String publicUrl();

  Tokens tokens();

  Argon2 argon2();

  Mfa mfa();

  Services services();

  /** Base URLs of the other KytheraDB services identity calls on their internal APIs. */
  interface Services {
    /** Introspection, for the platform's connection count ({@code KYTHERA_INTROSPECTION_URL}). */
    @WithDefault("http://127.0.0.1:8082")
    String introspection();
  }

  /** Two-factor authentication settings. */
  interface Mfa {
    /** How long the second step of a sign-in stays open. */
    @WithDefault("PT5M")
    Duration challengeTtl();
  }

  /** Lifetimes and names of the tokens identity issues. */
  interface Tokens {
    @WithDefault("kythera-identity")
    String issuer();

    @WithDefault("kythera")
    String audience();

    @WithDefault("PT15M")
    Duration accessTtl();

    @WithDefault("P14D")
    Duration refreshTtl();

    @WithDefault("PT24H")
    Duration verificationTtl();

    @WithDefault("PT1H")
    Duration resetTtl();
  }

  /** Argon2id cost; stored with each hash, so changing it only affects new hashes. */
  interface Argon2 {
    /** Memory in KiB (OWASP minimum: 19456). */
    @WithDefault("19456")
    int memoryKib();

    /** Passes over memory (OWASP minimum with 19 MiB: 2). */
    @WithDefault("2")
    int iterations();

    @WithDefault("1")
    int parallelism();
  }
}
