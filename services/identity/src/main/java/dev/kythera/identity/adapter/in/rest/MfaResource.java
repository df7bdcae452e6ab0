package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.ManageMfaUseCase;
import dev.kythera.identity.application.port.in.ManageMfaUseCase.MfaSetup;
import dev.kythera.identity.application.port.in.ManageMfaUseCase.MfaStatus;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): TOTP two-factor authentication of the signed-in user. */
@Path("/api/account/2fa")
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {
  private final ManageMfaUseCase mfa;
  private final CurrentActor actor;

  public MfaResource(ManageMfaUseCase mfa, CurrentActor actor) {
    this.mfa = mfa;
    this.actor = actor;
  }

  /** A code from the authenticator app. */
  public record CodeRequest(String code) {
    @Override
    public String toString() {
      return "CodeRequest[hidden]";
    }
  }

  /** Password and a code (TOTP or recovery) to turn 2FA off. */
  public record DisableRequest(String password, String code) {
    @Override
    public String toString() {
      return "DisableRequest[hidden]";
    }
  }

  /** 2FA is on; the recovery codes are shown this once. */
  public record EnabledResponse(boolean enabled, List<String> recoveryCodes) {
    @Override
    public String toString() {
      return "EnabledResponse[hidden]";
    }
  }

  @GET
  @Transactional
  @Operation(summary = "Whether 2FA is on, and recovery codes left")
  public MfaStatus status() {
    return mfa.status(actor.get());
  }

  @POST
  @Path("/setup")
  @Transactional
  @Operation(summary = "Start enrolment: secret, otpauth URI and QR code (PNG data URI)")
  public Response setUp() {
    MfaSetup setup = mfa.setUp(actor.get());
    return Response.ok(setup).cacheControl(noStore()).build();
  }

  @POST
  @Path("/enable")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Confirm with a code from the app; answers 10 recovery codes, once")
  public Response enable(CodeRequest request) {
    List<String> codes = mfa.enable(actor.get(), RestCallers.body(request).code());
    return Response.ok(new EnabledResponse(true, codes)).cacheControl(noStore()).build();
  }

  @POST
  @Path("/disable")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Turn 2FA off (password and a TOTP or recovery code)")
  public Response disable(DisableRequest request) {
    DisableRequest body = RestCallers.body(request);
    mfa.disable(actor.get(), body.password(), body.code());
    return Response.noContent().build();
  }

  private static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    return cache;
  }
}
