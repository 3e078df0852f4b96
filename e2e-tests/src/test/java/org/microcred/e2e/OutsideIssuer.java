package org.microcred.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.status.BitstringStatusList;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;

/**
 * Another institution, not of this deployment: a did:key issuer of Open Badges 3.0 credentials whose revocation list
 * it serves itself, on this machine, signed and not to be cached. The wallet under test reaches it by the public web
 * rules (RunningSystem lets them admit http and loopback, as an outside host would be admitted over https).
 */
final class OutsideIssuer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    final String id;
    final String name;
    private final byte[] seed = Ed25519Keys.newSeed();
    private final String method;
    private final HttpServer server;
    private final String statusList;
    private final Set<Integer> revoked = new HashSet<>();
    private final AtomicInteger nextIndex = new AtomicInteger(7);
    private volatile byte[] signedList;

    OutsideIssuer(String name) {
        byte[] publicKey = Ed25519Keys.publicKey(seed);
        this.id = Ed25519Keys.didKey(publicKey);
        this.method = Ed25519Keys.didKeyVerificationMethod(publicKey);
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        statusList = "http://127.0.0.1:" + server.getAddress().getPort() + "/status/revocation/1";
        publishList();
        server.createContext("/status/revocation/1", exchange -> {
            byte[] body = signedList;
            exchange.getResponseHeaders().set("Content-Type", "application/vc+ld+json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** A signed credential of {@code achievement} for the holder of {@code email}; its status bit is its index. */
    Issued issue(String achievement, String email) {
        int index = nextIndex.getAndIncrement();
        ObjectNode c = JSON.createObjectNode();
        c.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        String credentialId = "urn:uuid:" + UUID.randomUUID();
        c.put("id", credentialId);
        c.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        c.put("name", achievement);
        ObjectNode issuer = c.putObject("issuer");
        issuer.put("id", id);
        issuer.putArray("type").add("Profile");
        issuer.put("name", name);
        c.put("validFrom", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode subject = c.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        String salt = UUID.randomUUID().toString();
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        String identityHash = Journeys.sha256Hex((email + salt).getBytes(StandardCharsets.UTF_8));
        identity.put("identityHash", "sha256$" + identityHash);
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", salt);
        ObjectNode earned = subject.putObject("achievement");
        earned.put("id", "urn:uuid:" + UUID.randomUUID());
        earned.putArray("type").add("Achievement");
        earned.put("achievementType", "MicroCredential");
        earned.put("name", achievement);
        earned.put("description", "Earned at " + name);
        earned.putObject("criteria").put("narrative", "Pass " + name + "'s assessment.");
        c.set("credentialStatus", BitstringStatusListEntry.of(statusList, index, StatusPurpose.REVOCATION).toJson());
        String signed = PROOFS.sign(c.toString(), seed, method, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return new Issued(credentialId, index, signed);
    }

    /** Sets the credential's revocation bit: the next fetch of the list shows it. */
    void revoke(Issued credential) {
        synchronized (revoked) {
            revoked.add(credential.index());
            publishList();
        }
    }

    private void publishList() {
        BitstringStatusList bits = new BitstringStatusList();
        revoked.forEach(index -> bits.set(index, true));
        String unsigned = BitstringStatusListCredential.unsigned(statusList, id, StatusPurpose.REVOCATION, bits,
                Instant.now().minusSeconds(60), null);
        signedList = PROOFS.sign(unsigned, seed, method, Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An issued credential: its id, its status index, and the signed JSON as the earner received it. */
    record Issued(String credentialId, int index, String json) {
    }
}
