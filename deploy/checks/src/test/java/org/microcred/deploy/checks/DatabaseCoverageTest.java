package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service database is a CloudNativePG Database with a managed owner role, which the service logs in as. */
class DatabaseCoverageTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyServiceDatabaseHasItsDatabaseAndOwner(String overlay) {
        assertEquals(List.of(), DatabaseCoverage.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void aMissingDatabaseAnUnmanagedOwnerAndAWrongConnectionAreFound() {
        List<ServiceModule> services = List.of(ServiceModule.named("issuance-service"),
                ServiceModule.named("submission-service"), ServiceModule.named("wallet-service"));
        assertEquals(List.of(
                "issuance-service: database issuance: the service connects to"
                        + " postgresql://microcred-db-ro:5432/issuance, not microcred-db-rw (the Cluster's read-write"
                        + " service)",
                "issuance-service: database issuance: the service's database password comes from Secret shared-db,"
                        + " the role issuance's password from Secret microcred-db-issuance",
                "submission-service: database submission: its owner submission is not a login role managed by"
                        + " Cluster/microcred-db",
                "wallet-service: database wallet has no CloudNativePG Database (spec.name wallet)"),
                DatabaseCoverage.problems(Manifests.fixture("consistency/databases.yaml"), services));
    }
}
