package org.microcred.wallet.ims.clients;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the earner and the institution's admin see of registered platforms. */
public final class ImsClientViews {

    private ImsClientViews() {
    }

    @Schema(description = "A platform the earner allowed to reach their wallet through the OB 3.0 or CLR 2.0 API")
    public record ConnectedApp(
            @Schema(description = "The platform's OAuth client_id; revoke with DELETE .../connected-apps/{clientId}")
            String clientId,
            @Schema(description = "The platform's name, as it registered") String clientName,
            @Schema(description = "The platform's home page") String clientUri,
            @Schema(description = "The platform's logo") String logoUri,
            @Schema(description = "What the earner allowed: the scopes they consented to") List<String> scopes,
            @Schema(description = "When the earner first consented") Instant grantedAt,
            @Schema(description = "When the consent last changed (more scopes granted)") Instant updatedAt) {
    }

    @Schema(description = "A platform registered for the institution (RFC 7591 dynamic client registration)")
    public record RegisteredPlatform(
            @Schema(description = "The platform's OAuth client_id") String clientId,
            @Schema(description = "The platform's name") String clientName,
            @Schema(description = "The platform's home page") String clientUri,
            @Schema(description = "The platform's logo") String logoUri,
            @Schema(description = "Everything it registered (RFC 7591 metadata)") ClientMetadata metadata,
            @Schema(description = "The client address that registered it (IPv4 address, IPv6 /64)")
            String registeredFrom,
            @Schema(description = "When it registered") Instant createdAt) {
    }
}
