package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.GetProfileUseCase;
import dev.kythera.identity.application.port.in.UserView;
import dev.kythera.kernel.id.UserId;
import dev.kythera.platform.security.CallerContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): the signed-in user's own account. */
@Path("/api/auth/me")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
  private final GetProfileUseCase profile;
  private final CallerContext caller;

  public ProfileResource(GetProfileUseCase profile, CallerContext caller) {
    this.profile = profile;
    this.caller = caller;
  }

  @GET
  @Transactional
  @Operation(summary = "The signed-in user's profile")
  public UserView me() {
    return profile.profile(new UserId(caller.requireUser()));
  }
}
