package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The realm import is deploy/keycloak/microcred-realm.json, with every role and client the services expect, and
 * nothing of the demo: no users, no password grant, brute-force protection on.
 */
class RealmImportTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void theImportedRealmIsTheProductionRealmTheServicesExpect(String overlay) {
        assertEquals(List.of(), RealmImport.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void theRolesTheCodeChecksAreFound() {
        assertEquals(List.of("assessor", "earner", "issuer-admin", "lms-integration", "release-manager",
                "vc-issuer"),
                List.copyOf(CodeFacts.rolesUsed()));
    }

    @Test
    void everyFaultOfABrokenImportIsFound() {
        String id = "KeycloakRealmImport/microcred-realm: ";
        assertEquals(List.of(
                id + "spec.realm differs from deploy/keycloak/microcred-realm.json (regenerate it with"
                        + " deploy/k8s/tools)",
                id + "keycloakCRName nowhere is not a Keycloak of fixture consistency/realm-import.yaml",
                id + "realm role assessor (used by the code) is missing",
                id + "realm role issuer-admin (used by the code) is missing",
                id + "realm role lms-integration (used by the code) is missing",
                id + "realm role release-manager (used by the code) is missing",
                id + "realm role vc-issuer (used by the code) is missing",
                id + "client microcred-cli allows the password grant (directAccessGrantsEnabled)",
                id + "client leaky has a literal secret: it must be a placeholder filled from a Secret",
                id + "user alice is not a service account: no demo users in production",
                id + "brute-force protection is off (bruteForceProtected)",
                id + "no enabled confidential client assessment-service with a service account (assessment-service"
                        + " logs in as it: quarkus.oidc-client.client-id)",
                id + "no client puts the audience microcred-api into its tokens (assessment-service accepts only"
                        + " those: quarkus.oidc.token.audience)",
                id + "assessment-service takes its tokens from http://keycloak/realms/demo, not from realm microcred",
                id + "client issuance-oid4vci redirects to [http://localhost:*], not to the public Ingress"
                        + " microcred-public (there is none)",
                id + "placeholder MICROCRED_ASSESSMENT_SERVICE_SECRET of the realm has no Secret"
                        + " (spec.placeholders.MICROCRED_ASSESSMENT_SERVICE_SECRET.secret)"),
                RealmImport.problems(Manifests.fixture("consistency/realm-import.yaml"),
                        List.of(ServiceModule.named("assessment-service"))));
    }
}
