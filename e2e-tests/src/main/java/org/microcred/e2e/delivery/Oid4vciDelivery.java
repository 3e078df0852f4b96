package org.microcred.e2e.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.award.BenchAwards.EarnerAward;

/**
 * OpenID4VCI 1.0's pre-authorized code flow (docs/wallets/openid4vci.md), end to end: the earner makes an offer of one
 * award in one configuration; the wallet reads the offer, redeems the code (with the transaction code on every other
 * delivery, as the earner types it), gets a {@code c_nonce}, signs a key proof with a new key and asks for the
 * credential, which must be bound to that key's DID. The issuers' metadata is read once per run and then reused,
 * as a wallet may for its {@code max-age} (300 s).
 */
final class Oid4vciDelivery implements Delivery {

    static final String LDP_VC = "OpenBadgeCredential_ldp_vc";
    static final String JWT_VC_JSON = "OpenBadgeCredential_jwt_vc_json";

    /** Where a credential issuer's wallet endpoints are, from its two metadata documents. */
    record IssuerEndpoints(String issuer, String token, String nonce, String credential) {
    }

    private final JourneyClient client;
    private final List<EarnerAward> awards;
    private final String configuration;
    private final HolderKind holders;
    private final Map<String, IssuerEndpoints> issuers;
    private final boolean qrCodes;

    private Oid4vciDelivery(JourneyClient client, List<EarnerAward> awards, String configuration, HolderKind holders,
            Map<String, IssuerEndpoints> issuers, boolean qrCodes) {
        this.client = client;
        this.awards = awards;
        this.configuration = configuration;
        this.holders = holders;
        this.issuers = issuers;
        this.qrCodes = qrCodes;
    }

    /** Reads the metadata of every tenant the awards are from (not timed), and answers the delivery. */
    static Oid4vciDelivery of(JourneyClient client, List<EarnerAward> awards, String configuration,
            HolderKind holders, boolean qrCodes) {
        Map<String, IssuerEndpoints> issuers = new HashMap<>();
        for (String tenant : awards.stream().map(EarnerAward::tenant).distinct().toList()) {
            IssuerEndpoints endpoints = metadata(client.http(), client.endpoints().issuance(), tenant);
            issuers.put(endpoints.issuer(), endpoints);
        }
        return new Oid4vciDelivery(client, awards, configuration, holders, issuers, qrCodes);
    }

    private static IssuerEndpoints metadata(Http http, String issuance, String tenant) {
        String path = "/api/v1/issuers/" + tenant;
        JsonNode issuer = http.get(issuance + "/.well-known/openid-credential-issuer" + path, null).expect(200).json();
        JsonNode server = http.get(issuance + "/.well-known/oauth-authorization-server" + path, null).expect(200)
                .json();
        return new IssuerEndpoints(issuer.path("credential_issuer").asText(), server.path("token_endpoint").asText(),
                issuer.path("nonce_endpoint").asText(), issuer.path("credential_endpoint").asText());
    }

    @Override
    public void deliver(int n, StepClock clock) {
        EarnerAward award = awards.get(n % awards.size());
        String earnerToken = client.token(award.username());
        boolean withTxCode = n % 2 == 0;
        TestHolder holder = holders.newHolder();
        Http http = client.http();

        JsonNode shown = clock.call("offer", () -> http.post(client.endpoints().issuance()
                + "/api/v1/wallet/openid4vci-offers", earnerToken,
                DeliveryRequests.offer(award.credentialId(), configuration, withTxCode, qrCodes)), 201).json();
        JsonNode offer = clock.call("fetch-offer", () -> http.get(shown.path("credentialOfferUri").asText(), null),
                200).json();
        IssuerEndpoints at = issuers.get(offer.path("credential_issuer").asText());
        if (at == null) {
            throw DeliveryFailure.unusable("fetch-offer", "an offer of an issuer whose metadata was not read: "
                    + offer.path("credential_issuer").asText());
        }
        String form = DeliveryRequests.tokenForm(DeliveryRequests.preAuthorizedCode(offer),
                withTxCode ? shown.path("txCode").asText() : null);
        String accessToken = clock.call("token", () -> http.postForm(at.token(), form), 200).json()
                .path("access_token").asText();
        String nonce = clock.call("nonce", () -> http.post(at.nonce(), null, Map.of()), 200).json()
                .path("c_nonce").asText();
        String proof = clock.step("sign-proof", () -> holder.proofJwt(at.issuer(), nonce, Instant.now()));
        JsonNode answer = clock.call("credential", () -> http.post(at.credential(), accessToken,
                DeliveryRequests.credentialRequest(configuration, proof)), 200).json();
        String bound = DeliveryRequests.boundHolder(answer);
        if (!holder.did().equals(bound)) {
            throw DeliveryFailure.unusable("credential", "the credential is bound to " + bound + ", not to the"
                    + " holder " + holder.did());
        }
    }
}
