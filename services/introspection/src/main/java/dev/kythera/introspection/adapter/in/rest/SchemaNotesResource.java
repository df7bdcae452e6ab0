package dev.kythera.introspection.adapter.in.rest;

import dev.kythera.introspection.application.port.in.ManageSchemaNotesUseCase;
import dev.kythera.introspection.application.port.in.ManageSchemaNotesUseCase.ReferenceInput;
import dev.kythera.introspection.application.port.in.ManageSchemaNotesUseCase.RelationInput;
import dev.kythera.introspection.domain.knowledge.Annotation;
import dev.kythera.introspection.domain.knowledge.Reference;
import dev.kythera.introspection.domain.knowledge.VirtualRelation;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inbound adapter (REST): annotations, reference definitions and relation decisions. */
@Path("/api/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchemaNotesResource {
  private final ManageSchemaNotesUseCase notes;
  private final CallerContext caller;

  public SchemaNotesResource(ManageSchemaNotesUseCase notes, CallerContext caller) {
    this.notes = notes;
    this.caller = caller;
  }

  /** A new annotation. */
  public record AnnotationRequest(UUID connectionId, String target, String body) {}

  /** A new or changed reference definition. */
  public record ReferenceRequest(
      UUID connectionId, String name, String kind, String source, List<String> values) {}

  /** A decision on a relation. */
  public record RelationRequest(
      UUID connectionId,
      String fromTable,
      List<String> fromColumns,
      String toTable,
      List<String> toColumns,
      String status) {}

  /** Which connection's detected references to adopt. */
  public record AdoptRequest(UUID connectionId) {}

  @GET
  @Path("/annotations")
  @Operation(summary = "Annotations on a connection's tables and columns")
  public List<Annotation> annotations(
      @PathParam("projectId") UUID projectId, @QueryParam("connectionId") UUID connectionId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return notes.annotations(projectId, required("connectionId", connectionId));
  }

  @POST
  @Path("/annotations")
  @Operation(summary = "Annotate a table (schema.table) or column (schema.table.column)")
  public Response annotate(@PathParam("projectId") UUID projectId, AnnotationRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    AnnotationRequest b = required("body", body);
    Annotation created =
        notes.annotate(
            projectId,
            caller.requireUser(),
            required("connectionId", b.connectionId()),
            b.target(),
            b.body());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("/annotations/{annotationId}")
  @Operation(summary = "Change an annotation's text")
  public Annotation editAnnotation(
      @PathParam("projectId") UUID projectId,
      @PathParam("annotationId") UUID annotationId,
      AnnotationRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    return notes.editAnnotation(projectId, annotationId, required("body", body).body());
  }

  @DELETE
  @Path("/annotations/{annotationId}")
  @Operation(summary = "Delete an annotation")
  public Response deleteAnnotation(
      @PathParam("projectId") UUID projectId, @PathParam("annotationId") UUID annotationId) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    notes.deleteAnnotation(projectId, annotationId);
    return Response.noContent().build();
  }

  @GET
  @Path("/references")
  @Operation(summary = "Reference definitions kept for a connection")
  public List<Reference> references(
      @PathParam("projectId") UUID projectId, @QueryParam("connectionId") UUID connectionId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return notes.references(projectId, required("connectionId", connectionId));
  }

  @POST
  @Path("/references")
  @Operation(summary = "Create a reference definition")
  public Response createReference(@PathParam("projectId") UUID projectId, ReferenceRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    ReferenceRequest b = required("body", body);
    Reference created =
        notes.createReference(
            projectId, caller.requireUser(), required("connectionId", b.connectionId()), input(b));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @POST
  @Path("/references/adopt")
  @Operation(summary = "Keep the references detected in the connection's newest snapshot")
  public List<Reference> adopt(@PathParam("projectId") UUID projectId, AdoptRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    return notes.adoptDetectedReferences(
        projectId,
        caller.requireUser(),
        required("connectionId", required("body", body).connectionId()));
  }

  @PUT
  @Path("/references/{referenceId}")
  @Operation(summary = "Change a reference definition")
  public Reference updateReference(
      @PathParam("projectId") UUID projectId,
      @PathParam("referenceId") UUID referenceId,
      ReferenceRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    return notes.updateReference(projectId, referenceId, input(required("body", body)));
  }

  @DELETE
  @Path("/references/{referenceId}")
  @Operation(summary = "Delete a reference definition")
  public Response deleteReference(
      @PathParam("projectId") UUID projectId, @PathParam("referenceId") UUID referenceId) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    notes.deleteReference(projectId, referenceId);
    return Response.noContent().build();
  }

  @GET
  @Path("/relations")
  @Operation(summary = "Confirmed and rejected relations the schema does not declare")
  public List<VirtualRelation> relations(
      @PathParam("projectId") UUID projectId, @QueryParam("connectionId") UUID connectionId) {
    caller.requireProject(projectId, ProjectPermission.READ);
    return notes.relations(projectId, required("connectionId", connectionId));
  }

  @PUT
  @Path("/relations")
  @Operation(summary = "Confirm or reject a relation (status confirmed | rejected)")
  public VirtualRelation decide(@PathParam("projectId") UUID projectId, RelationRequest body) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    RelationRequest b = required("body", body);
    return notes.decideRelation(
        projectId,
        caller.requireUser(),
        required("connectionId", b.connectionId()),
        new RelationInput(b.fromTable(), b.fromColumns(), b.toTable(), b.toColumns(), b.status()));
  }

  @DELETE
  @Path("/relations/{relationId}")
  @Operation(summary = "Forget a relation decision")
  public Response deleteRelation(
      @PathParam("projectId") UUID projectId, @PathParam("relationId") UUID relationId) {
    caller.requireProject(projectId, ProjectPermission.WRITE);
    notes.deleteRelation(projectId, relationId);
    return Response.noContent().build();
  }

  private static ReferenceInput input(ReferenceRequest b) {
    return new ReferenceInput(b.name(), b.kind(), b.source(), b.values());
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw KytheraException.invalid(field, "is required");
    }
    return value;
  }
}
