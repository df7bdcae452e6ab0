package dev.kythera.identity.support;

import dev.kythera.testing.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import javax.sql.DataSource;

/** Test accounts with a platform role, and the gateway tokens they would carry. */
public final class People {
  private People() {}

  /** A verified account and its address. */
  public record Person(UUID id, String email) {
    /** As this user with the given platform role, no project claim. */
    public RequestSpecification as(String role) {
      return Api.bearer(
          TestTokens.internal().user(id).role(role).plan("starter").email(email).sign());
    }

    /** As this user with a gateway project claim. */
    public RequestSpecification on(UUID project, String permission) {
      return on("dev", project, permission);
    }

    public RequestSpecification on(String role, UUID project, String permission) {
      return Api.bearer(
          TestTokens.internal()
              .user(id)
              .role(role)
              .plan("starter")
              .email(email)
              .project(project, permission)
              .sign());
    }
  }

  public static Person verified(String tag) {
    String email = Api.uniqueEmail(tag);
    return new Person(Api.registerVerified(email), email);
  }

  /** A verified account made super_admin in the database. */
  public static Person superAdmin(DataSource db) {
    Person person = verified("gov");
    Db.update(db, "UPDATE users SET role = 'super_admin' WHERE id = ?", person.id());
    return person;
  }

  public static void setRole(DataSource db, UUID user, String role) {
    Db.update(db, "UPDATE users SET role = ? WHERE id = ?", role, user);
  }

  public static void setPlan(DataSource db, UUID user, String plan) {
    Db.update(db, "UPDATE users SET plan = ? WHERE id = ?", plan, user);
  }

  /** Creates a project as {@code owner} and returns its id. */
  public static UUID project(Person owner, String name) {
    String id =
        owner
            .as("dev")
            .body(Api.body("name", name))
            .post("/api/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }
}
