package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every REST resource of the services is routed by an Ingress of each overlay to its own service. */
class IngressRoutesTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyResourceIsRoutedToItsService(String overlay) {
        assertEquals(List.of(), IngressRoutes.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void theServicesResourcesAreReadFromTheirCode() {
        assertTrue(CodeFacts.resourcePaths(ServiceModule.named("enrolment-service")).containsAll(List.of(
                "/api/v1/award-jobs", "/api/v1/recognitions", "/api/v1/audit", "/api/v1/ops/outbox",
                "/api/v1/webhooks/lms/{tenant}/{platform: canvas|moodle|openedx}")),
                "literals, constants of the same module and of service-support");
        assertTrue(CodeFacts.resourcePaths(ServiceModule.named("wallet-service")).contains(
                "/api/v1/public/portfolios/"));
        assertTrue(CodeFacts.resourcePaths(ServiceModule.named("issuance-service")).containsAll(List.of(
                "/.well-known/openid-credential-issuer", "/.well-known/oauth-authorization-server",
                "/interactions/{exchangeId}", "/exchanges/{exchangeId}")), "the paths wallet apps call, outside /api/");
        assertTrue(CodeFacts.resourcePaths(ServiceModule.named("wallet-service")).containsAll(List.of(
                "/presentation-interactions/{id}", "/presentation-exchanges/{id}")));
        assertTrue(CodeFacts.resourcePaths(ServiceModule.named("assessment-service")).stream()
                .noneMatch(path -> path.startsWith("/users")), "a REST client's paths are another server's");
    }

    @Test
    void aWalletAppPathNoIngressRoutesIsFound() {
        Manifests none = new Manifests("no ingress", List.of());
        List<String> problems = IngressRoutes.problems(none, List.of(ServiceModule.named("issuance-service")));
        assertTrue(problems.containsAll(List.of(
                "issuance-service: /.well-known/openid-credential-issuer is routed by no Ingress path to"
                        + " issuance-service",
                "issuance-service: /interactions/{exchangeId} is routed by no Ingress path to issuance-service")),
                problems.toString());
    }

    @Test
    void aResourceNoIngressRoutesIsFound() {
        Manifests none = new Manifests("no ingress", List.of());
        List<String> problems = IngressRoutes.problems(none, List.of(ServiceModule.named("issuance-service")));
        assertTrue(problems.contains("issuance-service: /api/v1/releases is routed by no Ingress path to"
                + " issuance-service"), problems.toString());
        assertTrue(problems.contains("issuance-service: its audit trail (/api/v1/audit) is not routed from"
                + " /api/v1/audit/issuance with the rewrite to /api/v1/audit"), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("/api/v1/ops/")), "operations stay unrouted");
    }

    @Test
    void aPrefixCoversWholePathElementsOnly() {
        assertTrue(IngressRoutes.covers("/api/v1/wallet", "/api/v1/wallet/shares"));
        assertTrue(IngressRoutes.covers("/api/v1/wallet", "/api/v1/wallet"));
        assertEquals(false, IngressRoutes.covers("/api/v1/wallet", "/api/v1/walletx"));
        assertEquals("/api/v1/webhooks/lms", IngressRoutes.literalPrefix("/api/v1/webhooks/lms/{tenant}"));
    }
}
