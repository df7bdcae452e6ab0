package dev.kythera.patch;

import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.ServiceFoundationContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "patch"))
class ServiceFoundationTest extends ServiceFoundationContract {
  @Override
  protected String anyApiPath() {
    return "/api/projects";
  }
}
