package org.microcred.issuance.exchange;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.microcred.credentials.contexts.BundledContexts;
import org.microcred.credentials.testing.Ed25519Signature2020Context;

/**
 * Supplies the {@code Ed25519Signature2020} suite context, which may not be committed, to the service under test:
 * the credentials test-jar's {@link Ed25519Signature2020Context} makes a contexts directory of it (from
 * {@code interop/node_modules}), added here to the directories the service reads ({@code microcred.jsonld.contexts-dir},
 * which wins over {@code MICROCRED_JSONLD_CONTEXTS_DIR}, so that variable's directories are kept in front), exactly
 * as an operator supplies it. Without the npm package nothing is supplied and the tests that need it are skipped
 * ({@link Ed25519Signature2020Context#assumeAvailable()}).
 */
public class Ed25519Signature2020ContextResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (!Ed25519Signature2020Context.available()) {
            System.out.println(Ed25519Signature2020Context.MISSING);
            return Map.of();
        }
        String directory;
        try {
            directory = Ed25519Signature2020Context.suppliedDirectory(
                    Files.createTempDirectory("ed25519-2020-context")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String given = System.getProperty(BundledContexts.SUPPLIED_DIR_PROPERTY,
                System.getenv(BundledContexts.SUPPLIED_DIR_VARIABLE));
        System.setProperty(BundledContexts.SUPPLIED_DIR_PROPERTY,
                given == null || given.isBlank() ? directory : given + File.pathSeparator + directory);
        return Map.of();
    }

    @Override
    public void stop() {
        // The directory stays for the JVM's life: the service's shared loader read it once.
    }
}
