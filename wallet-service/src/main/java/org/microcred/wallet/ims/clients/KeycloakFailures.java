package org.microcred.wallet.ims.clients;

import jakarta.ws.rs.WebApplicationException;

/** How a failed admin API call of Keycloak's reads: which refusals mean "not there". */
final class KeycloakFailures {

    private KeycloakFailures() {
    }

    static boolean isNotFound(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() == 404;
    }
}
