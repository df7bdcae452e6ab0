package dev.kythera.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.kythera.platform.arch.HexagonalRules;
import org.junit.jupiter.api.Test;

class HexagonalArchitectureTest {
  private static final String BASE = "dev.kythera.gateway";

  @Test
  void gatewayFollowsTheHexagonRules() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    for (ArchRule rule : HexagonalRules.all(BASE)) {
      rule.check(classes);
    }
  }
}
