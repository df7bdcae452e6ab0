package dev.kythera.platform.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon's rules, shared by every service's ArchUnit test: the domain is plain Java, the
 * application core never reaches into adapters, and adapters only meet through the core.
 */
public final class HexagonalRules {
  private static final String[] FRAMEWORKS = {
    "io.quarkus..",
    "jakarta..",
    "javax..",
    "org.hibernate..",
    "org.apache.kafka..",
    "io.smallrye..",
    "io.vertx..",
    "io.agroal..",
    "com.fasterxml.jackson..",
    "org.eclipse.microprofile..",
    "org.jboss..",
    "dev.kythera.platform.."
  };

  private HexagonalRules() {}

  public static ArchRule domainIsPlainJava(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .because("domain code is plain Java so it can be tested and reused without a framework")
        .allowEmptyShould(true);
  }

  public static ArchRule domainDoesNotKnowOuterLayers(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(base + ".application..", base + ".adapter..")
        .because("dependencies point inwards")
        .allowEmptyShould(true);
  }

  public static ArchRule applicationDoesNotUseAdapters(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".adapter..")
        .because("the core talks to the outside through its ports only")
        .allowEmptyShould(true);
  }

  public static ArchRule inboundAdaptersGoThroughTheCore(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".adapter.in..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".adapter.out..")
        .because("an inbound adapter calls a use case, never an outbound adapter directly")
        .allowEmptyShould(true);
  }

  public static ArchRule outboundAdaptersDoNotCallInbound(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + ".adapter.out..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(base + ".adapter.in..")
        .because("outbound adapters serve the core, not the REST or messaging side")
        .allowEmptyShould(true);
  }

  /** All rules of the hexagon for a service's base package. */
  public static ArchRule[] all(String base) {
    return new ArchRule[] {
      domainIsPlainJava(base),
      domainDoesNotKnowOuterLayers(base),
      applicationDoesNotUseAdapters(base),
      inboundAdaptersGoThroughTheCore(base),
      outboundAdaptersDoNotCallInbound(base)
    };
  }
}
