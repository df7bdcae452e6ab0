package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.connectors.SshFailure;
import dev.kythera.connectors.ssh.HostKeys;
import dev.kythera.connectors.ssh.ObservedHostKey;
import dev.kythera.introspection.application.port.in.ConnectionDraft;
import dev.kythera.introspection.application.port.in.ManageConnectionsUseCase;
import dev.kythera.introspection.application.port.in.ReadSnapshotsUseCase;
import dev.kythera.introspection.application.port.in.TestConnectionUseCase;
import dev.kythera.introspection.application.port.in.TestResult;
import dev.kythera.introspection.domain.connection.TargetConnection;
import dev.kythera.introspection.domain.snapshot.SnapshotSummary;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.platform.security.CallerContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): a project's connections to its databases. */
@Path("/api/projects/{projectId}/connections")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {
  private final ManageConnectionsUseCase connections;
  private final TestConnectionUseCase tester;
  private final ReadSnapshotsUseCase snapshots;
  private final CallerContext caller;

  public ConnectionResource(
      ManageConnectionsUseCase connections,
      TestConnectionUseCase tester,
      ReadSnapshotsUseCase snapshots,
      CallerContext caller) {
    this.connections = connections;
    this.tester = tester;
    this.snapshots = snapshots;
    this.caller = caller;
  }

  /** Where an SSH server is, to read its host key. */
  public record HostKeyRequest(String host, Integer port) {}

  @GET
  @Operation(summary = "List the project's connections (no secrets)")
  public List<ConnectionResponse> list(@PathParam("projectId") UUID projectId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    Map<UUID, SnapshotSummary> latest = new HashMap<>();
    snapshots
        .list(projectId, Optional.empty())
        .forEach(s -> latest.putIfAbsent(s.connectionId(), s));
    return connections.list(projectId).stream()
        .map(c -> ConnectionResponse.of(c, latest.get(c.id()), fingerprint(c)))
        .toList();
  }

  @GET
  @Path("/{connectionId}")
  @Operation(summary = "One connection (no secrets)")
  public ConnectionResponse get(
      @PathParam("projectId") UUID projectId, @PathParam("connectionId") UUID connectionId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return view(projectId, connections.get(projectId, connectionId));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Test, then store a connection; 422 connection-failed when it cannot connect")
  public Response create(@PathParam("projectId") UUID projectId, ConnectionDraft.Input body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    TargetConnection created =
        connections.create(
            projectId, caller.requireUser(), ConnectionDraft.validate(required(body)));
    return Response.status(Response.Status.CREATED).entity(view(projectId, created)).build();
  }

  @PUT
  @Path("/{connectionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a connection; omitted secrets are kept")
  public ConnectionResponse update(
      @PathParam("projectId") UUID projectId,
      @PathParam("connectionId") UUID connectionId,
      ConnectionDraft.Input body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    return view(
        projectId,
        connections.update(projectId, connectionId, ConnectionDraft.validate(required(body))));
  }

  @DELETE
  @Path("/{connectionId}")
  @Operation(summary = "Delete a connection and its snapshots")
  public Response delete(
      @PathParam("projectId") UUID projectId, @PathParam("connectionId") UUID connectionId) {
    caller.requireProject(projectId, ProjectPermission.ADMIN);
    connections.delete(projectId, connectionId);
    return Response.noContent().build();
  }

  @POST
  @Path("/test")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Try connection settings without storing them; with connectionId, omitted secrets come"
              + " from that saved connection")
  public TestResult testDraft(
      @PathParam("projectId") UUID projectId,
      @QueryParam("connectionId") UUID connectionId,
      ConnectionDraft.Input body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    ConnectionDraft draft = ConnectionDraft.validate(required(body));
    return connectionId == null ? tester.test(draft) : tester.test(projectId, connectionId, draft);
  }

  @POST
  @Path("/{connectionId}/test")
  @Operation(summary = "Try a saved connection")
  public TestResult testSaved(
      @PathParam("projectId") UUID projectId, @PathParam("connectionId") UUID connectionId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return tester.test(projectId, connectionId);
  }

  @POST
  @Path("/ssh-host-key")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The host key an SSH server offers, to trust it explicitly")
  public ObservedHostKey hostKey(@PathParam("projectId") UUID projectId, HostKeyRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    HostKeyRequest request = body == null ? new HostKeyRequest(null, null) : body;
    return tester.scanHostKey(request.host(), request.port());
  }

  private ConnectionResponse view(UUID projectId, TargetConnection connection) {
    SnapshotSummary last =
        snapshots.list(projectId, Optional.of(connection.id())).stream().findFirst().orElse(null);
    return ConnectionResponse.of(connection, last, fingerprint(connection));
  }

  private static String fingerprint(TargetConnection connection) {
    if (connection.ssh() == null || connection.ssh().hostKey() == null) {
      return null;
    }
    try {
      return HostKeys.fingerprint(connection.ssh().hostKey());
    } catch (SshFailure e) {
      return null;
    }
  }

  private static ConnectionDraft.Input required(ConnectionDraft.Input body) {
    if (body == null) {
      throw KytheraException.invalid("body", "is required");
    }
    return body;
  }
}
