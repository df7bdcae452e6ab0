package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.adapter.in.rest.RegistrationResource.AcceptedResponse;
import dev.kythera.identity.adapter.in.rest.RegistrationResource.EmailRequest;
import dev.kythera.identity.application.port.in.RequestPasswordResetUseCase;
import dev.kythera.identity.application.port.in.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import dev.kythera.identity.application.port.in.ResetPasswordUseCase;
import dev.kythera.identity.application.port.in.ResetPasswordUseCase.ResetPasswordCommand;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): forgotten-password flow. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {
  private final RequestPasswordResetUseCase requestReset;
  private final ResetPasswordUseCase reset;

  public PasswordResource(RequestPasswordResetUseCase requestReset, ResetPasswordUseCase reset) {
    this.requestReset = requestReset;
    this.reset = reset;
  }

  /** A reset token and the new password. */
  public record ResetPasswordRequest(String token, String password) {
    @Override
    public String toString() {
      return "ResetPasswordRequest[hidden]";
    }
  }

  /** Outcome of a reset. */
  public record ResetPasswordResponse(boolean reset) {}

  @POST
  @Path("/forgot-password")
  @Transactional
  @Operation(summary = "Mail a reset code (202 whether or not the account exists)")
  public Response forgotPassword(EmailRequest request) {
    requestReset.requestReset(RequestPasswordResetCommand.of(RestCallers.body(request).email()));
    return Response.accepted(
            new AcceptedResponse("If an account uses this address, a reset code is on its way"))
        .build();
  }

  @POST
  @Path("/reset-password")
  @Transactional
  @Operation(summary = "Set a new password with the mailed code; ends every session")
  public ResetPasswordResponse resetPassword(ResetPasswordRequest request) {
    ResetPasswordRequest body = RestCallers.body(request);
    reset.reset(new ResetPasswordCommand(body.token(), body.password()));
    return new ResetPasswordResponse(true);
  }
}
