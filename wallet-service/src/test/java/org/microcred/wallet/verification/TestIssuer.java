package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.jwt.JwtKeys;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.status.BitstringStatusList;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;

/**
 * An issuer for tests: its key, Open Badges 3.0 credentials signed with it by the credentials
 * library, and (for an https issuer) its profile and status lists published on {@link IssuerServer}.
 */
public final class TestIssuer {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final byte[] seed;
    /** The issuer's id; for an https issuer also the URL of its profile. */
    public final String id;
    /** The verification method its proofs name. */
    public final String method;
    private final String base;

    private TestIssuer(byte[] seed, String id, String method, String base) {
        this.seed = seed;
        this.id = id;
        this.method = method;
        this.base = base;
    }

    /** A did:key issuer with a fresh key: nothing to fetch. */
    public static TestIssuer didKey() {
        byte[] seed = Ed25519Keys.newSeed();
        byte[] publicKey = Ed25519Keys.publicKey(seed);
        return new TestIssuer(seed, Ed25519Keys.didKey(publicKey), Ed25519Keys.didKeyVerificationMethod(publicKey),
                null);
    }

    /** The conformance vector's key (credentials/src/test/resources/vectors/key.json), as a did:key issuer. */
    public static TestIssuer vectorKey() {
        byte[] seed = HexFormat.of().parseHex(resource("vectors/key.json").path("seedHex").asText());
        byte[] publicKey = Ed25519Keys.publicKey(seed);
        return new TestIssuer(seed, Ed25519Keys.didKey(publicKey), Ed25519Keys.didKeyVerificationMethod(publicKey),
                null);
    }

    /** An https issuer of its own under {@code /trusted/} (or {@code /untrusted/}) on the test server. */
    public static TestIssuer https(boolean trusted) {
        int port = ConfigProvider.getConfig().getValue(IssuerServer.PORT_PROPERTY, Integer.class);
        String base = "http://127.0.0.1:" + port + (trusted ? "/trusted/" : "/untrusted/") + UUID.randomUUID();
        String id = base + "/issuer";
        return new TestIssuer(Ed25519Keys.newSeed(), id, id + "#key-1", base);
    }

    /** A complete, unsigned Open Badges 3.0 credential of this issuer. */
    public ObjectNode credential(String achievementName) {
        ObjectNode c = JSON.createObjectNode();
        c.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        c.put("id", "urn:uuid:" + UUID.randomUUID());
        c.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        c.put("name", achievementName);
        ObjectNode issuer = c.putObject("issuer");
        issuer.put("id", id);
        issuer.putArray("type").add("Profile");
        issuer.put("name", "Test Institute — Zoë 日本語");
        c.put("validFrom", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode subject = c.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + "ab".repeat(32));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", "s4lt");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", "urn:uuid:" + UUID.randomUUID());
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", "MicroCredential");
        achievement.put("name", achievementName);
        achievement.put("description", "Awarded in a test of SAFe® skills");
        achievement.putObject("criteria").put("narrative", "Pass the test.");
        return c;
    }

    /** A credential naming its recipient by the salted SHA-256 of this email, as our issuance names earners. */
    public ObjectNode credentialFor(String email, String achievementName) {
        ObjectNode credential = credential(achievementName);
        ObjectNode identity = (ObjectNode) credential.path("credentialSubject").path("identifier").get(0);
        identity.put("salt", "pepper");
        try {
            identity.put("identityHash", "sha256$" + HexFormat.of().formatHex(java.security.MessageDigest
                    .getInstance("SHA-256").digest((email + "pepper").getBytes(StandardCharsets.UTF_8))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return credential;
    }

    /** Adds a status entry pointing at bit {@code index} of this issuer's list {@code list}. */
    public ObjectNode withStatus(ObjectNode credential, String list, int index, StatusPurpose purpose) {
        return withStatusAt(credential, statusListUrl(list), index, purpose);
    }

    /** Adds a status entry pointing at bit {@code index} of the list at {@code url}. */
    public ObjectNode withStatusAt(ObjectNode credential, String url, int index, StatusPurpose purpose) {
        BitstringStatusListEntry entry = BitstringStatusListEntry.of(url, index, purpose);
        JsonNode existing = credential.get("credentialStatus");
        if (existing == null) {
            credential.set("credentialStatus", entry.toJson());
        } else {
            ArrayNode entries = existing.isArray() ? (ArrayNode) existing : JSON.createArrayNode().add(existing);
            entries.add(entry.toJson());
            credential.set("credentialStatus", entries);
        }
        return credential;
    }

    public String sign(ObjectNode credential) {
        return PROOFS.sign(credential.toString(), seed, method, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public String signJwt(ObjectNode credential) {
        return new VcJwt().sign(credential.toString(), JwtKeys.ed25519PrivateJwk(seed), method);
    }

    public String statusListUrl(String list) {
        return base + "/status/" + list;
    }

    /**
     * An https issuer whose proofs name a key URL ({@code <site>/keys/key-1}, no fragment), as issuance-service's do:
     * {@link #publishProfile} also serves the key itself there.
     */
    public static TestIssuer httpsWithKeyUrl(boolean trusted) {
        TestIssuer issuer = https(trusted);
        return new TestIssuer(issuer.seed, issuer.id, issuer.base + "/keys/key-1", issuer.base);
    }

    /** The same issuer and key, its proofs naming {@code method} instead. */
    public TestIssuer namingKeyAs(String otherMethod) {
        return new TestIssuer(seed, id, otherMethod, base);
    }

    /** A new key of the same issuer (a rotation): the same id and site, the next key id, named the same way. */
    public TestIssuer rotated() {
        int next = Integer.parseInt(method.substring(method.lastIndexOf('-') + 1)) + 1;
        return new TestIssuer(Ed25519Keys.newSeed(), id, method.substring(0, method.lastIndexOf('-') + 1) + next,
                base);
    }

    /**
     * Publishes the issuer's profile, as issuance-service serves it: every key a Multikey in
     * verificationMethod; this one with {@code revoked} when given, and then (as issuance does) no
     * longer in assertionMethod; the {@code older} (rotated, retired) keys still listed for assertion.
     */
    public void publishProfile(String revoked, TestIssuer... older) {
        ObjectNode profile = JSON.createObjectNode();
        profile.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        profile.put("id", id);
        profile.putArray("type").add("Profile");
        profile.put("name", "Test Institute");
        ArrayNode methods = profile.putArray("verificationMethod");
        ArrayNode assertion = profile.putArray("assertionMethod");
        ObjectNode key = multikey(methods.addObject(), id);
        if (revoked != null) {
            key.put("revoked", revoked);
        } else {
            assertion.add(method);
        }
        publishKeyDocument(key);
        for (TestIssuer old : older) {
            old.publishKeyDocument(old.multikey(methods.addObject(), id));
            assertion.add(old.method);
        }
        put(id, profile.toString(), "max-age=60");
    }

    /**
     * Serves a key document naming {@code controller} at {@code url} (on any site of the test server), the key
     * being this issuer's: how a key URL answers.
     */
    public void publishKeyAt(String url, String controller) {
        TestIssuer named = namingKeyAs(url);
        put(url, named.multikeyDocument(controller).toString(), "max-age=60");
    }

    /** A key URL (no fragment) answers the key itself, in the Multikey context, as issuance-service serves it. */
    private void publishKeyDocument(ObjectNode listed) {
        if (method.indexOf('#') < 0) {
            ObjectNode document = JSON.createObjectNode().put("@context", "https://w3id.org/security/multikey/v1");
            document.setAll(listed);
            put(method, document.toString(), "max-age=60");
        }
    }

    private ObjectNode multikeyDocument(String controller) {
        ObjectNode document = JSON.createObjectNode().put("@context", "https://w3id.org/security/multikey/v1");
        return multikey(document, controller);
    }

    private ObjectNode multikey(ObjectNode key, String controller) {
        key.put("id", method);
        key.put("type", "Multikey");
        key.put("controller", controller);
        key.put("publicKeyMultibase", Ed25519Keys.publicKeyMultibase(Ed25519Keys.publicKey(seed)));
        return key;
    }

    /** Publishes a signed status list with the given bits set, which verifiers must not cache. */
    public void publishStatusList(String list, StatusPurpose purpose, int... set) {
        publishStatusListAt(statusListUrl(list), purpose, set);
    }

    /** {@link #publishStatusList} at a URL of this issuer's site, e.g. one shaped as issuance-service's. */
    public void publishStatusListAt(String url, StatusPurpose purpose, int... set) {
        publishStatusListAt(url, purpose, 0, set);
    }

    /** A revocation list with no bit set, answered only after {@code delayMillis}. */
    public void publishSlowStatusList(String list, long delayMillis) {
        publishStatusListAt(statusListUrl(list), StatusPurpose.REVOCATION, delayMillis);
    }

    private void publishStatusListAt(String url, StatusPurpose purpose, long delayMillis, int... set) {
        BitstringStatusList bits = new BitstringStatusList();
        for (int index : set) {
            bits.set(index, true);
        }
        String unsigned = BitstringStatusListCredential.unsigned(url, id, purpose, bits,
                Instant.now().minusSeconds(60), null);
        put(url, PROOFS.sign(unsigned, seed, method, Instant.now().truncatedTo(ChronoUnit.SECONDS)), "no-cache",
                delayMillis);
    }

    /** A URL on this issuer's site. */
    public String url(String path) {
        return base + path;
    }

    /** How many GETs reached the test server under this issuer's site so far. */
    public int hits() {
        return hitsUnder(base);
    }

    /** How many GETs reached the test server at paths under this URL's so far. */
    public static int hitsUnder(String url) {
        int port = ConfigProvider.getConfig().getValue(IssuerServer.PORT_PROPERTY, Integer.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hits?prefix="
                + URI.create(url).getRawPath())).GET().build();
        try {
            return Integer.parseInt(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Serves a document at a URL of the test server. */
    public static void put(String url, String body, String cacheControl) {
        put(url, body, cacheControl, 0);
    }

    /** Serves a document that is answered only after {@code delayMillis}. */
    public static void put(String url, String body, String cacheControl, long delayMillis) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("X-Cache-Control", cacheControl)
                .header("X-Delay-Millis", Long.toString(delayMillis))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                throw new IllegalStateException("the test issuer server answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode resource(String name) {
        try (InputStream in = TestIssuer.class.getClassLoader().getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resourceText(String name) {
        try (InputStream in = TestIssuer.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
