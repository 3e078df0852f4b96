package org.microcred.wallet.ims.backpack;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.support.crypto.AesGcmSealer;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.wallet.ims.backpack.HostRegistrations.Registered;
import org.microcred.wallet.repository.WalletCredentialRepository;

/**
 * "Send to my backpack": an earner sends a credential of their wallet to another Open Badges 3.0 host. {@link #start}
 * registers this wallet at the host if it is not yet, keeps the send (its state hashed, its PKCE verifier sealed) and
 * answers where to send the earner to authorize; {@link #finish} takes the host's code at the callback (once: the
 * row is claimed before any call), gets the token with the verifier and upserts the credential there; the earner
 * lists their sends, which say which host holds which credential. A send is {@code SENDING} only while its calls run;
 * one a crash left there reads as failed once its lifetime has passed, and the earner sends again.
 */
@ApplicationScoped
public class BackpackSends {

    /** A send as the earner sees it. */
    @Schema(description = "A send of one of the earner's credentials to another Open Badges 3.0 host")
    public record Send(
            @Schema(description = "The send's id") UUID id,
            @Schema(description = "The wallet credential sent") UUID credentialId,
            @Schema(description = "The host's name, from its discovery document") String hostName,
            @Schema(description = "The host's base URL, as the earner gave it") String hostUrl,
            @Schema(description = "AWAITING_AUTHORIZATION, SENDING, SENT or FAILED") String status,
            @Schema(description = "Why it failed; null when sent or still open") String outcome,
            @Schema(description = "The host's HTTP status for the upsert (201 added, 200 replaced)") Integer hostStatus,
            @Schema(description = "When the earner started it") Instant createdAt,
            @Schema(description = "Until when the host may send the earner back") Instant expiresAt,
            @Schema(description = "When it ended") Instant finishedAt) {
    }

    /** A send just started: where the earner authorizes it. */
    public record Started(Send send, String authorizationUrl) {
    }

    /** How a callback ended, for the page the earner's browser shows. */
    public record Finished(boolean sent, String hostName, String detail) {
    }

    private final HostRegistrations registrations;
    private final BackpackHttp http;
    private final BackpackSeal seal;
    private final BackpackConfig config;
    private final WalletCredentialRepository credentials;

    public BackpackSends(HostRegistrations registrations, BackpackHttp http, BackpackSeal seal, BackpackConfig config,
            WalletCredentialRepository credentials) {
        this.registrations = registrations;
        this.http = http;
        this.seal = seal;
        this.config = config;
        this.credentials = credentials;
    }

    public Uni<Started> start(String tenantId, String earnerId, UUID credentialId, String hostEntered) {
        String baseUrl = OtherHost.normalised(hostEntered, config.maxBaseUrlLength());
        return ownCredential(tenantId, earnerId, credentialId)
                .chain(() -> registrations.at(baseUrl))
                .chain(registered -> keep(tenantId, earnerId, credentialId, registered, PkceState.fresh()));
    }

    @WithSession
    Uni<Void> ownCredential(String tenantId, String earnerId, UUID credentialId) {
        return credentials.findForEarner(tenantId, earnerId, credentialId).invoke(found -> {
            if (found == null || found.removedAt != null) {
                throw ProblemException.notFound("Credential", credentialId);
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    Uni<Started> keep(String tenantId, String earnerId, UUID credentialId, Registered registered, PkceState pkce) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(config.sendLifetime());
        AesGcmSealer.Sealed verifier = seal.seal(pkce.verifier(), id.toString());
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO backpack_send (id,"
                        + " tenant_id, earner_id, credential_id, host_id, state_hash, code_verifier,"
                        + " code_verifier_nonce, status, created_at, expires_at) VALUES (:id, :tenant, :earner,"
                        + " :credential, :host, :state, :verifier, :nonce, 'AWAITING_AUTHORIZATION', :now, :expires)")
                .setParameter("id", id).setParameter("tenant", tenantId).setParameter("earner", earnerId)
                .setParameter("credential", credentialId).setParameter("host", registered.id())
                .setParameter("state", PkceState.hashOf(pkce.state()))
                .setParameter("verifier", verifier.ciphertext()).setParameter("nonce", verifier.nonce())
                .setParameter("now", now).setParameter("expires", expires).executeUpdate())
                .map(written -> new Started(new Send(id, credentialId, registered.host().name(),
                        registered.host().baseUrl(), "AWAITING_AUTHORIZATION", null, null, now, expires, null),
                        authorizationUrl(registered, pkce)));
    }

    private String authorizationUrl(Registered registered, PkceState pkce) {
        String url = registered.host().authorizationUrl();
        return url + (url.contains("?") ? "&" : "?") + form(Map.of("response_type", "code",
                "client_id", registered.clientId(), "redirect_uri", registrations.callbackUrl(),
                "scope", ImsApi.OB_CREDENTIAL_UPSERT, "state", pkce.state(), "code_challenge", pkce.challenge(),
                "code_challenge_method", "S256"));
    }

    /**
     * The host sent the earner back: with a code (or an {@code error} when the earner refused). Claims the send, then
     * gets the token and upserts the credential; the outcome is recorded whatever happens.
     */
    public Uni<Finished> finish(String state, String code, String error) {
        if (state == null || state.isBlank()) {
            throw ProblemException.invalid("state", "the callback needs the state the send began with");
        }
        return claim(PkceState.hashOf(state)).chain(claimed -> {
            if (error != null || code == null || code.isBlank()) {
                String why = "the host did not authorize the send (" + (error != null ? error : "no code") + ")";
                return record(claimed.id(), "FAILED", why, null)
                        .replaceWith(new Finished(false, claimed.hostName(), why));
            }
            return deliver(claimed, code)
                    .chain(answer -> answer.ok()
                            ? record(claimed.id(), "SENT", null, answer.status()).replaceWith(new Finished(true,
                                    claimed.hostName(), "The credential is now at " + claimed.hostName()))
                            : record(claimed.id(), "FAILED", "the host refused it: " + brief(answer.body()),
                                    answer.status()).replaceWith(new Finished(false, claimed.hostName(),
                                    "The host refused the credential (HTTP " + answer.status() + ")")))
                    .onFailure(ProblemException.class).recoverWithUni(failure -> record(claimed.id(), "FAILED",
                            failure.getMessage(), null).replaceWith(new Finished(false, claimed.hostName(),
                            failure.getMessage())));
        });
    }

    /** What one claimed send needs for its calls. */
    record Claimed(UUID id, UUID credentialId, String tenantId, String earnerId, String baseUrl, String hostName,
            String verifier) {
    }

    /** Once: the first callback with this state moves the send to SENDING; any other finds nothing to claim. */
    @WithTransaction
    Uni<Claimed> claim(String stateHash) {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT s.id, s.credential_id,"
                        + " s.tenant_id, s.earner_id, h.base_url, h.name, s.code_verifier, s.code_verifier_nonce,"
                        + " s.status, s.expires_at FROM backpack_send s JOIN backpack_host h ON h.id = s.host_id"
                        + " WHERE s.state_hash = :state FOR UPDATE OF s", Object[].class)
                .setParameter("state", stateHash).getResultList()
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("Send", "with this state");
                    }
                    Object[] row = rows.get(0);
                    UUID id = (UUID) row[0];
                    if (!"AWAITING_AUTHORIZATION".equals(row[8])) {
                        throw new ProblemException(409, "send-finished", "Send already finished",
                                "This send has been answered already; start a new one to send again");
                    }
                    if (instant(row[9]).isBefore(Instant.now())) {
                        throw new ProblemException(410, "send-expired", "Send expired",
                                "The authorization took longer than " + config.sendLifetime() + "; send again");
                    }
                    Claimed claimed = new Claimed(id, (UUID) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (String) row[5], seal.open((byte[]) row[6], (byte[]) row[7],
                            id.toString()));
                    return session.createNativeQuery("UPDATE backpack_send SET status = 'SENDING' WHERE id = :id")
                            .setParameter("id", id).executeUpdate().replaceWith(claimed);
                }));
    }

    private Uni<BackpackHttp.Answer> deliver(Claimed claimed, String code) {
        return registrations.find(claimed.baseUrl()).chain(registered -> token(registered, code, claimed.verifier()))
                .chain(token -> document(claimed).chain(document -> http.post(
                        new OtherHost(claimed.baseUrl(), claimed.hostName(), null, null, null).credentialsUrl(),
                        Map.of("Authorization", "Bearer " + token, "Content-Type", document.jwt()
                                ? "text/plain" : "application/json", "Accept", "application/json"),
                        document.text())));
    }

    private Uni<String> token(Registered registered, String code, String verifier) {
        String basic = Base64.getEncoder().encodeToString((encode(registered.clientId()) + ":"
                + encode(registered.clientSecret())).getBytes(StandardCharsets.UTF_8));
        return http.post(registered.host().tokenUrl(), Map.of("Authorization", "Basic " + basic,
                        "Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
                        form(Map.of("grant_type", "authorization_code", "code", code,
                                "redirect_uri", registrations.callbackUrl(), "code_verifier", verifier)))
                .map(answer -> {
                    String token = HostRegistrations.json(registered.host().baseUrl(), answer, "token endpoint")
                            .path("access_token").asText("");
                    if (token.isBlank()) {
                        throw BackpackHttp.failed(registered.host().baseUrl(), "its token answer has no access_token");
                    }
                    return token;
                });
    }

    /** The credential as the wallet holds it: the JSON with its proof, else its VC-JWT. */
    record Document(boolean jwt, String text) {
    }

    @WithSession
    Uni<Document> document(Claimed claimed) {
        return credentials.findForEarner(claimed.tenantId(), claimed.earnerId(), claimed.credentialId()).map(c -> {
            if (c == null || c.removedAt != null) {
                throw ProblemException.notFound("Credential", claimed.credentialId());
            }
            return c.hasProof || c.credentialJwt == null ? new Document(false, c.document)
                    : new Document(true, c.credentialJwt);
        });
    }

    @WithTransaction
    Uni<Void> record(UUID id, String status, String outcome, Integer hostStatus) {
        return Panache.getSession().chain(session -> session.createNativeQuery("UPDATE backpack_send SET status ="
                        + " :status, outcome = :outcome, host_status = :hostStatus, finished_at = :now WHERE id = :id")
                .setParameter("status", status).setParameter("outcome", brief(outcome))
                .setParameter("hostStatus", hostStatus)
                .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS)).setParameter("id", id)
                .executeUpdate()).replaceWithVoid();
    }

    /** The earner's sends, newest first: which host holds (or was asked to hold) which credential. */
    @WithSession
    public Uni<List<Send>> of(String tenantId, String earnerId, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT s.id, s.credential_id,"
                        + " h.name, h.base_url, s.status, s.outcome, s.host_status, s.created_at, s.expires_at,"
                        + " s.finished_at FROM backpack_send s JOIN backpack_host h ON h.id = s.host_id"
                        + " WHERE s.tenant_id = :tenant AND s.earner_id = :earner ORDER BY s.created_at DESC"
                        + " LIMIT :limit", Object[].class)
                .setParameter("tenant", tenantId).setParameter("earner", earnerId).setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream().map(BackpackSends::send).toList());
    }

    /** A send past its lifetime that never finished (no authorization, or a crash mid-send) reads as failed. */
    private static Send send(Object[] row) {
        String status = (String) row[4];
        String outcome = (String) row[5];
        Instant expires = instant(row[8]);
        if (("AWAITING_AUTHORIZATION".equals(status) || "SENDING".equals(status)) && expires.isBefore(Instant.now())) {
            outcome = "SENDING".equals(status) ? "interrupted before the host answered; send again"
                    : "not authorized within its lifetime";
            status = "FAILED";
        }
        return new Send((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], status, outcome,
                (Integer) row[6], instant(row[7]), expires, instant(row[9]));
    }

    /** A timestamptz column of a native query: PostgreSQL's driver answers it as an OffsetDateTime. */
    private static Instant instant(Object column) {
        return column instanceof OffsetDateTime at ? at.toInstant() : (Instant) column;
    }

    private static String brief(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .toList());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
