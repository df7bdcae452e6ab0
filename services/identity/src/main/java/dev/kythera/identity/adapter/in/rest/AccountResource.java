package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.AccountView;
import dev.kythera.identity.application.port.in.ManageAccountUseCase;
import dev.kythera.identity.application.port.in.ManageAccountUseCase.AccountDeletion;
import dev.kythera.identity.application.port.in.ManageAccountUseCase.ChangePasswordCommand;
import dev.kythera.identity.application.port.in.ManageAccountUseCase.SessionView;
import dev.kythera.kernel.id.Ids;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Inbound adapter (REST): the signed-in user's account page. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
  private final ManageAccountUseCase account;
  private final CurrentActor actor;

  public AccountResource(ManageAccountUseCase account, CurrentActor actor) {
    this.account = account;
    this.actor = actor;
  }

  /** A new display name. */
  public record ProfileRequest(String name) {}

  /** The current and the new password. */
  public record PasswordRequest(String currentPassword, String newPassword) {
    @Override
    public String toString() {
      return "PasswordRequest[hidden]";
    }
  }

  /** Confirmation of an account deletion: the password, and a code when 2FA is on. */
  public record DeleteAccountRequest(String password, String code) {
    @Override
    public String toString() {
      return "DeleteAccountRequest[hidden]";
    }
  }

  /** Outcome of a password change. */
  public record PasswordChangedResponse(boolean changed, boolean sessionsEnded) {}

  @GET
  @Path("/profile")
  @Transactional
  @Operation(summary = "The caller's account")
  public AccountView profile() {
    return account.profile(actor.get());
  }

  @PATCH
  @Path("/profile")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Change the display name")
  public AccountView rename(ProfileRequest request) {
    return account.rename(actor.get(), RestCallers.body(request).name());
  }

  @POST
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Change the password (checks the current one); every session ends")
  public PasswordChangedResponse password(PasswordRequest request) {
    PasswordRequest body = RestCallers.body(request);
    account.changePassword(
        actor.get(), new ChangePasswordCommand(body.currentPassword(), body.newPassword()));
    return new PasswordChangedResponse(true, true);
  }

  @GET
  @Path("/sessions")
  @Transactional
  @Operation(summary = "Live sessions (refresh-token families), newest first")
  public List<SessionView> sessions() {
    return account.sessions(actor.get());
  }

  @DELETE
  @Path("/sessions/{sessionId}")
  @Transactional
  @Operation(summary = "End one session")
  public Response revokeSession(@PathParam("sessionId") String sessionId) {
    account.revokeSession(actor.get(), Ids.parse("sessionId", sessionId));
    return Response.noContent().build();
  }

  @DELETE
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary =
          "Delete the account (password, and code with 2FA); owned projects are transferred to"
              + " another owner or deleted — the answer lists which")
  public RestResponse<AccountDeletion> delete(DeleteAccountRequest request) {
    DeleteAccountRequest body = RestCallers.body(request);
    var self = actor.get();
    return AccountChanges.changed(
        account.delete(self, body.password(), body.code()), self.id().value());
  }
}
