package dev.kythera.gateway.it;

import static dev.kythera.gateway.it.GatewayTestSupport.grant;
import static dev.kythera.gateway.it.GatewayTestSupport.identityUrl;
import static dev.kythera.gateway.it.GatewayTestSupport.keysDir;
import static dev.kythera.gateway.it.GatewayTestSupport.seen;
import static dev.kythera.gateway.it.GatewayTestSupport.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.platform.security.PemKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * Measures what the gateway adds to one authenticated project request (JWT check, cached account
 * status, cached access answer, internal token signature, proxy hop) against calling the backend
 * directly. In the steady state the account status is always answered from the cache: it is renewed
 * in the background, so the measured requests never wait for identity. Client, gateway and fake
 * backend share this JVM and its CPUs, so the numbers are an upper bound; the assertion is loose on
 * purpose and the figures are printed for the record.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewayOverheadTest {
  private static final int WARMUP = 300;
  private static final int ROUNDS = 1000;

  @Test
  void addedLatencyOfOneSignedRequest() throws Exception {
    UUID id = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    grant(project, id, "read");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String path = "/api/projects/" + project;
    HttpRequest viaGateway =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
            .header("Authorization", user(id).bearer())
            .build();
    HttpRequest direct =
        HttpRequest.newBuilder(URI.create(identityUrl() + path))
            .header("Authorization", "Bearer " + internalToken(id, project))
            .build();
    long[] gateway = new long[ROUNDS];
    long[] backend = new long[ROUNDS];
    for (int i = 0; i < WARMUP; i++) {
      call(client, viaGateway);
      call(client, direct);
    }
    long lookupsBefore = statusLookups(id);
    long measuredStart = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      backend[i] = call(client, direct);
      gateway[i] = call(client, viaGateway);
    }
    double measuredSeconds = (System.nanoTime() - measuredStart) / 1e9;
    long lookups = statusLookups(id) - lookupsBefore;
    long signStart = System.nanoTime();
    for (int i = 0; i < 200; i++) {
      internalToken(id, project);
    }
    double signMillis = (System.nanoTime() - signStart) / 1e6 / 200;
    Arrays.sort(gateway);
    Arrays.sort(backend);
    System.out.printf(
        "gateway overhead: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (direct p50 %.2f / p99 %.2f ms,"
            + " via gateway p50 %.2f / p99 %.2f ms); RS256 sign alone %.2f ms%n",
        ms(pct(gateway, 50) - pct(backend, 50)),
        ms(pct(gateway, 90) - pct(backend, 90)),
        ms(pct(gateway, 99) - pct(backend, 99)),
        ms(pct(backend, 50)),
        ms(pct(backend, 99)),
        ms(pct(gateway, 50)),
        ms(pct(gateway, 99)),
        signMillis);
    System.out.printf(
        "account status: %d background renewals of the cached answer in %.1f s (%d requests)%n",
        lookups, measuredSeconds, ROUNDS);
    assertThat(ms(pct(gateway, 50) - pct(backend, 50))).isLessThan(25);
    // renewed at most once per half cache lifetime (2.5 s), never once per request
    assertThat(lookups).isLessThanOrEqualTo((long) (measuredSeconds / 2.5) + 1);
  }

  private static long statusLookups(UUID userId) {
    return seen().stream()
        .filter(r -> r.get("uri").equals("/internal/users/" + userId + "/status"))
        .count();
  }

  private static long call(HttpClient client, HttpRequest request) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - start;
    assertThat(response.statusCode()).isEqualTo(200);
    return elapsed;
  }

  private static long pct(long[] sorted, int percentile) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String internalToken(UUID userId, UUID project) throws Exception {
    PrivateKey key = PemKeys.privateKey(keysDir().resolve("gateway-private.pem"));
    JwtClaims claims = new JwtClaims();
    claims.setIssuer("kythera-gateway");
    claims.setAudience("kythera-services");
    claims.setSubject(userId.toString());
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setClaim("role", "dev");
    claims.setClaim("plan", "starter");
    claims.setClaim("project", project.toString());
    claims.setClaim("perm", "read");
    claims.setClaim("rid", UUID.randomUUID().toString());
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }
}
