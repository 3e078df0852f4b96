package org.microcred.wallet;

import io.quarkus.test.common.QuarkusTestResource;
import org.microcred.support.testing.containers.TestServers;

/**
 * Opts every @QuarkusTest of wallet-service into the servers of MICROCRED_TEST_SERVERS (a resource declared on any
 * class of the tests applies to all of them): bin/infra's by default, Testcontainers' with {@code containers}.
 */
@QuarkusTestResource(TestServers.class)
public final class WalletTestServers {

    private WalletTestServers() {
    }
}
