package org.microcred.wallet.ims.backpack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.support.crypto.AesGcmSealer;
import org.microcred.wallet.ims.ImsApi;
import org.microcred.wallet.ims.host.Discovery;
import org.microcred.wallet.ims.host.ServiceDescription.Service;

/**
 * This wallet's registration at each other host (V15 {@code backpack_host}): made once, the first time an earner
 * sends to the host (read its discovery document, register dynamically), then kept and reused. Registering happens
 * outside any transaction (it is a call to the other host); two first sends at once may both register, and the row
 * written first wins: the other registration is left unused at that host.
 */
@ApplicationScoped
public class HostRegistrations {

    /** A host this wallet is registered at, its client secret opened. */
    public record Registered(UUID id, OtherHost host, String clientId, String clientSecret) {
    }

    static final String SOFTWARE_ID = "org.microcred.wallet";
    static final String SOFTWARE_VERSION = "1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BackpackHttp http;
    private final BackpackSeal seal;
    private final Discovery discovery;

    public HostRegistrations(BackpackHttp http, BackpackSeal seal, Discovery discovery) {
        this.http = http;
        this.seal = seal;
        this.discovery = discovery;
    }

    /** The registration at the host of this base URL: the kept one, or a new one. */
    public Uni<Registered> at(String baseUrl) {
        return find(baseUrl).chain(kept -> kept != null ? Uni.createFrom().item(kept) : register(baseUrl));
    }

    @WithSession
    Uni<Registered> find(String baseUrl) {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT id, base_url, name,"
                        + " authorization_url, token_url, client_id, client_secret, client_secret_nonce"
                        + " FROM backpack_host WHERE base_url = :url", Object[].class)
                .setParameter("url", baseUrl).getResultList())
                .map(rows -> rows.isEmpty() ? null : registered(rows.get(0)));
    }

    private Registered registered(Object[] row) {
        String baseUrl = (String) row[1];
        OtherHost host = new OtherHost(baseUrl, (String) row[2], null, (String) row[3], (String) row[4]);
        return new Registered((UUID) row[0], host, (String) row[5],
                seal.open((byte[]) row[6], (byte[]) row[7], baseUrl));
    }

    private Uni<Registered> register(String baseUrl) {
        return http.get(OtherHost.discoveryUrl(baseUrl))
                .map(answer -> OtherHost.of(baseUrl, json(baseUrl, answer, "discovery document")))
                .chain(host -> http.post(host.registrationUrl(), Map.of("Content-Type", "application/json",
                                "Accept", "application/json"), registrationRequest().toString())
                        .map(answer -> {
                            JsonNode client = json(baseUrl, answer, "registration");
                            String clientId = client.path("client_id").asText("");
                            String secret = client.path("client_secret").asText("");
                            if (clientId.isBlank() || secret.isBlank()) {
                                throw BackpackHttp.failed(baseUrl, "its registration answer has no client_id and"
                                        + " client_secret");
                            }
                            return new Registered(UUID.randomUUID(), host, clientId, secret);
                        }))
                .chain(this::keep);
    }

    /** Writes the registration unless another send's got there first; answers the one kept. */
    @WithTransaction
    Uni<Registered> keep(Registered made) {
        AesGcmSealer.Sealed sealed = seal.seal(made.clientSecret(), made.host().baseUrl());
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO backpack_host (id,"
                        + " base_url, name, authorization_url, token_url, client_id, client_secret,"
                        + " client_secret_nonce, registered_at) VALUES (:id, :url, :name, :authorization, :token,"
                        + " :client, :secret, :nonce, :now) ON CONFLICT (base_url) DO NOTHING")
                .setParameter("id", made.id()).setParameter("url", made.host().baseUrl())
                .setParameter("name", made.host().name())
                .setParameter("authorization", made.host().authorizationUrl())
                .setParameter("token", made.host().tokenUrl()).setParameter("client", made.clientId())
                .setParameter("secret", sealed.ciphertext()).setParameter("nonce", sealed.nonce())
                .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS)).executeUpdate())
                .chain(written -> written == 1 ? Uni.createFrom().item(made) : find(made.host().baseUrl()));
    }

    /** RFC 7591 metadata with the fields 1EdTech requires, naming this wallet and its callback. */
    ObjectNode registrationRequest() {
        Service service = discovery.deploymentService();
        ObjectNode request = JSON.createObjectNode();
        request.put("client_name", service.title());
        request.put("client_uri", discovery.publicBase() + "/");
        request.put("logo_uri", service.imageUrl());
        request.put("tos_uri", service.termsOfServiceUrl());
        request.put("policy_uri", service.privacyPolicyUrl());
        request.put("software_id", SOFTWARE_ID);
        request.put("software_version", SOFTWARE_VERSION);
        request.putArray("redirect_uris").add(callbackUrl());
        request.put("token_endpoint_auth_method", "client_secret_basic");
        request.putArray("grant_types").add("authorization_code").add("refresh_token");
        request.putArray("response_types").add("code");
        request.put("scope", ImsApi.OB_CREDENTIAL_UPSERT);
        return request;
    }

    /** Where other hosts send the earner back with the code. */
    public String callbackUrl() {
        return discovery.publicBase() + BackpackCallbackResource.PATH;
    }

    static JsonNode json(String baseUrl, BackpackHttp.Answer answer, String what) {
        if (!answer.ok()) {
            throw BackpackHttp.failed(baseUrl, "its " + what + " answered HTTP " + answer.status());
        }
        try {
            JsonNode document = JSON.readTree(answer.body());
            if (document == null || !document.isObject()) {
                throw BackpackHttp.failed(baseUrl, "its " + what + " is not a JSON object");
            }
            return document;
        } catch (JsonProcessingException e) {
            throw BackpackHttp.failed(baseUrl, "its " + what + " is not JSON");
        }
    }

    /** For the earner's list: the names of the hosts by id. */
    @WithSession
    public Uni<List<Object[]>> names() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT id, name, base_url FROM backpack_host", Object[].class).getResultList());
    }
}
