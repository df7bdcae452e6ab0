package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.CompleteMfaLogInUseCase;
import dev.kythera.identity.application.port.in.CompleteMfaLogInUseCase.CompleteMfaLogInCommand;
import dev.kythera.identity.application.port.in.LogInUseCase;
import dev.kythera.identity.application.port.in.LogInUseCase.LogInCommand;
import dev.kythera.identity.application.port.in.LogInUseCase.LogInResult;
import dev.kythera.identity.application.port.in.LogInUseCase.MfaRequired;
import dev.kythera.identity.application.port.in.LogInUseCase.SessionStarted;
import dev.kythera.identity.application.port.in.LogOutUseCase;
import dev.kythera.identity.application.port.in.LogOutUseCase.LogOutCommand;
import dev.kythera.identity.application.port.in.RefreshSessionUseCase;
import dev.kythera.identity.application.port.in.RefreshSessionUseCase.RefreshSessionCommand;
import dev.kythera.identity.application.port.in.Session;
import dev.kythera.identity.domain.mfa.WrongSecondFactorException;
import dev.kythera.identity.domain.token.RefreshTokenReusedException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): sign-in (with its 2FA step), token refresh and sign-out. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  private final LogInUseCase logIn;
  private final RefreshSessionUseCase refresh;
  private final LogOutUseCase logOut;
  private final CompleteMfaLogInUseCase completeMfa;

  public SessionResource(
      LogInUseCase logIn,
      RefreshSessionUseCase refresh,
      LogOutUseCase logOut,
      CompleteMfaLogInUseCase completeMfa) {
    this.logIn = logIn;
    this.refresh = refresh;
    this.logOut = logOut;
    this.completeMfa = completeMfa;
  }

  /** The second step of a sign-in: the mfaToken and a TOTP code or a recovery code. */
  public record MfaLoginRequest(String mfaToken, String code, String recoveryCode) {
    @Override
    public String toString() {
      return "MfaLoginRequest[hidden]";
    }
  }

  /** The password was right and the account has 2FA: answer with a code and this token. */
  public record MfaRequiredResponse(boolean mfaRequired, String mfaToken, long expiresIn) {
    @Override
    public String toString() {
      return "MfaRequiredResponse[hidden]";
    }
  }

  /** Credentials. */
  public record LoginRequest(String email, String password) {
    @Override
    public String toString() {
      return "LoginRequest[email=" + email + "]";
    }
  }

  /** A refresh token presented back. */
  public record RefreshRequest(String refreshToken) {
    @Override
    public String toString() {
      return "RefreshRequest[hidden]";
    }
  }

  /** The user inside a session answer. */
  public record SessionUser(UUID id, String email, String name, String role, String plan) {}

  /** A new token pair. */
  public record SessionResponse(
      String accessToken, String refreshToken, String tokenType, long expiresIn, SessionUser user) {

    static SessionResponse of(Session session) {
      return new SessionResponse(
          session.accessToken(),
          session.refreshToken(),
          "Bearer",
          session.expiresInSeconds(),
          new SessionUser(
              session.user().id(),
              session.user().email(),
              session.user().name(),
              session.user().role(),
              session.user().plan()));
    }

    @Override
    public String toString() {
      return "SessionResponse[user=" + user.id() + ", tokens hidden]";
    }
  }

  @POST
  @Path("/login")
  @Transactional
  @Operation(
      summary =
          "Sign in with email and password; with 2FA on, answers {mfaRequired:true, mfaToken}")
  public Object login(LoginRequest request, @HeaderParam("User-Agent") String userAgent) {
    LoginRequest body = RestCallers.body(request);
    LogInResult result = logIn.logIn(new LogInCommand(body.email(), body.password(), userAgent));
    return switch (result) {
      case SessionStarted started -> SessionResponse.of(started.session());
      case MfaRequired mfa -> new MfaRequiredResponse(true, mfa.mfaToken(), mfa.expiresInSeconds());
    };
  }

  @POST
  @Path("/login/mfa")
  // A wrong code counts an attempt on the challenge; that count must survive the 401.
  @Transactional(dontRollbackOn = WrongSecondFactorException.class)
  @Operation(summary = "Second sign-in step: mfaToken and a TOTP code (or a recovery code)")
  public SessionResponse loginMfa(MfaLoginRequest request) {
    MfaLoginRequest body = RestCallers.body(request);
    return SessionResponse.of(
        completeMfa.complete(
            new CompleteMfaLogInCommand(body.mfaToken(), body.code(), body.recoveryCode())));
  }

  @POST
  @Path("/refresh")
  // A replayed token revokes its session; that revocation must survive the 401 that follows.
  @Transactional(dontRollbackOn = RefreshTokenReusedException.class)
  @Operation(summary = "Trade a refresh token for a new pair (the old one is used up)")
  public SessionResponse refresh(RefreshRequest request) {
    return SessionResponse.of(
        refresh.refresh(new RefreshSessionCommand(RestCallers.body(request).refreshToken())));
  }

  @POST
  @Path("/logout")
  @Transactional
  @Operation(summary = "End the session of a refresh token")
  public Response logout(RefreshRequest request) {
    logOut.logOut(new LogOutCommand(RestCallers.body(request).refreshToken()));
    return Response.noContent().build();
  }
}
