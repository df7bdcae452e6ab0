package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.RegisterUserUseCase;
import dev.kythera.identity.application.port.in.RegisterUserUseCase.RegisterUserCommand;
import dev.kythera.identity.application.port.in.ResendVerificationUseCase;
import dev.kythera.identity.application.port.in.ResendVerificationUseCase.ResendVerificationCommand;
import dev.kythera.identity.application.port.in.UserView;
import dev.kythera.identity.application.port.in.VerifyEmailUseCase;
import dev.kythera.identity.application.port.in.VerifyEmailUseCase.VerifyEmailCommand;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): sign-up and email verification. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {
  private final RegisterUserUseCase register;
  private final VerifyEmailUseCase verify;
  private final ResendVerificationUseCase resend;

  public RegistrationResource(
      RegisterUserUseCase register, VerifyEmailUseCase verify, ResendVerificationUseCase resend) {
    this.register = register;
    this.verify = verify;
    this.resend = resend;
  }

  /** Sign-up form. */
  public record RegisterRequest(String email, String password, String name) {
    @Override
    public String toString() {
      return "RegisterRequest[email=" + email + "]";
    }
  }

  /** The new account. */
  public record RegisterResponse(UUID id, String email, boolean emailVerified) {}

  /** A token from a verification mail. */
  public record VerifyEmailRequest(String token) {
    @Override
    public String toString() {
      return "VerifyEmailRequest[hidden]";
    }
  }

  /** Outcome of a verification. */
  public record VerifyEmailResponse(boolean verified) {}

  /** An address to mail. */
  public record EmailRequest(String email) {}

  /** A request that was taken, whatever the outcome (no account enumeration). */
  public record AcceptedResponse(String message) {}

  @POST
  @Path("/register")
  @Transactional
  @Operation(summary = "Create an account; a verification code is mailed")
  public Response register(RegisterRequest request) {
    RegisterRequest body = RestCallers.body(request);
    UserView user =
        register.register(RegisterUserCommand.of(body.email(), body.password(), body.name()));
    return Response.status(Response.Status.CREATED)
        .entity(new RegisterResponse(user.id(), user.email(), user.emailVerified()))
        .build();
  }

  @POST
  @Path("/verify-email")
  @Transactional
  @Operation(summary = "Confirm an email address with the mailed token")
  public VerifyEmailResponse verifyEmail(VerifyEmailRequest request) {
    verify.verify(new VerifyEmailCommand(RestCallers.body(request).token()));
    return new VerifyEmailResponse(true);
  }

  @POST
  @Path("/resend-verification")
  @Transactional
  @Operation(summary = "Mail a new verification code (202 whether or not the account exists)")
  public Response resendVerification(EmailRequest request) {
    resend.resend(ResendVerificationCommand.of(RestCallers.body(request).email()));
    return Response.accepted(
            new AcceptedResponse(
                "If an unverified account uses this address, a new code is on its way"))
        .build();
  }
}
