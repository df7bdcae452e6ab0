package dev.kythera.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.kythera.platform.arch.HexagonalRules;
import org.junit.jupiter.api.Test;

class HexagonalArchitectureTest {
  private static final String BASE = "dev.kythera.compliance";

  @Test
  void serviceFollowsTheHexagonRules() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    // The rules pass on an empty package, so first make sure every layer they guard has classes.
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .anyMatch(p -> p.startsWith(BASE + ".domain"))
        .anyMatch(p -> p.startsWith(BASE + ".application.port.in"))
        .anyMatch(p -> p.startsWith(BASE + ".application.port.out"))
        .anyMatch(p -> p.startsWith(BASE + ".adapter.in"))
        .anyMatch(p -> p.startsWith(BASE + ".adapter.out"));
    for (ArchRule rule : HexagonalRules.all(BASE)) {
      rule.check(classes);
    }
  }
}
