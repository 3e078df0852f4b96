package org.microcred.wallet.ims.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.microcred.events.EventCodec;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * Registers a platform for a tenant: its Keycloak client first, then our row. Keycloak and PostgreSQL share no
 * transaction, so when the row cannot be written (the database down, or the tenant's cap reached meanwhile by a
 * concurrent registration) the Keycloak client is deleted again: a compensation, so that no client exists that no
 * tenant owns and nobody can list or remove. If that deletion fails too, the orphan is logged with its ids.
 */
@ApplicationScoped
public class ClientRegistration {

    private static final Logger LOG = Logger.getLogger(ClientRegistration.class);
    private static final String CLIENT_ID_PREFIX = "ims-";

    private final KeycloakAdmin keycloak;
    private final RegisteredClientRepository clients;
    private final AdvisoryLocks locks;
    private final ImsClientsConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ClientRegistration(@RestClient KeycloakAdmin keycloak, RegisteredClientRepository clients,
            AdvisoryLocks locks, ImsClientsConfig config) {
        this.keycloak = keycloak;
        this.clients = clients;
        this.locks = locks;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /** What the platform is told once, and never again: its client_id and secret. */
    public record Registered(RegisteredClient client, String secret, ClientMetadata metadata) {
    }

    public Uni<Registered> register(String tenant, ClientMetadata metadata, String address) {
        RegisteredClient row = new RegisteredClient();
        row.clientId = CLIENT_ID_PREFIX + UUID.randomUUID();
        row.keycloakId = UUID.randomUUID().toString();
        row.tenantId = tenant;
        row.clientName = metadata.clientName();
        row.clientUri = metadata.clientUri();
        row.logoUri = metadata.logoUri();
        row.metadata = json(metadata);
        row.registeredFrom = address;
        row.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String secret = secret();
        // A cheap refusal before Keycloak is asked; the count under the lock in save() is the one that holds.
        return unavailableUnlessRefused(Panache.withSession(() -> clients.countFor(tenant))
                        .invoke(this::refuseOverCap), "The registered platforms could not be counted")
                .chain(() -> unavailableUnlessRefused(keycloak.createClient(
                        KeycloakClient.of(row.keycloakId, row.clientId, secret, tenant, metadata)),
                        "Keycloak did not create the client"))
                .chain(() -> unavailableUnlessRefused(save(row), "The registration could not be recorded")
                        .onFailure().call(() -> compensate(row)))
                .map(saved -> new Registered(saved, secret, metadata));
    }

    /** Under the tenant's lock, so that two registrations at once cannot both take the last place. */
    private Uni<RegisteredClient> save(RegisteredClient row) {
        return Panache.withTransaction(() -> locks.lock("ims-clients", row.tenantId)
                .chain(() -> clients.countFor(row.tenantId))
                .invoke(this::refuseOverCap)
                .chain(() -> clients.persist(row)));
    }

    /** Anything but our own refusal is the wallet's or Keycloak's trouble: 503, never a 500. */
    private static <T> Uni<T> unavailableUnlessRefused(Uni<T> step, String message) {
        return step.onFailure(e -> !(e instanceof RegistrationRefused) && !(e instanceof RegistrationUnavailable))
                .transform(e -> new RegistrationUnavailable(message, e));
    }

    /** Deletes the tenant's client: Keycloak's first (its tokens stop working), then the row. False when unknown. */
    public Uni<Boolean> delete(String tenant, String clientId) {
        return Panache.withSession(() -> clients.findFor(tenant, clientId))
                .chain(found -> found == null ? Uni.createFrom().item(false)
                        : deleteKeycloakClient(found.keycloakId)
                                .chain(() -> Panache.withTransaction(() -> clients.deleteById(clientId))));
    }

    private void refuseOverCap(long count) {
        if (count >= config.maxClientsPerTenant()) {
            throw RegistrationRefused.metadata("This institution has reached its limit of "
                    + config.maxClientsPerTenant() + " registered platforms; ask it to remove unused ones");
        }
    }

    private Uni<Void> compensate(RegisteredClient row) {
        return deleteKeycloakClient(row.keycloakId)
                .onFailure().invoke(e -> LOG.errorf(e, "Keycloak client %s (id %s) of tenant %s has no row and could"
                        + " not be deleted: delete it in Keycloak", row.clientId, row.keycloakId, row.tenantId))
                .onFailure().recoverWithNull();
    }

    /** A client already gone from Keycloak (deleted by hand) is as good as deleted. */
    private Uni<Void> deleteKeycloakClient(String keycloakId) {
        return keycloak.deleteClient(keycloakId)
                .onFailure(KeycloakFailures::isNotFound).recoverWithNull()
                .onFailure(e -> !KeycloakFailures.isNotFound(e))
                .transform(e -> new RegistrationUnavailable("Keycloak did not delete the client", e));
    }

    /** 256 random bits, base64url: the client secret, which Keycloak keeps and the platform is told once. */
    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(ClientMetadata metadata) {
        try {
            return EventCodec.mapper().writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("client metadata always serializes", e);
        }
    }
}
