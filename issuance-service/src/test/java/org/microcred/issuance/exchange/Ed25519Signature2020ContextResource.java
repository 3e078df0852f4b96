package org.microcred.issuance.exchange;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.microcred.credentials.contexts.ActiveContexts;
import org.microcred.credentials.contexts.BundledContexts;
import org.microcred.credentials.dataintegrity.Canonicalizer;

/**
 * Supplies the {@code Ed25519Signature2020} suite context, which may not be committed, to the service under test and
 * to the test wallet: read from the npm package {@code ed25519-signature-2020-context} in {@code interop/node_modules}
 * (as the credentials module's tests read it), written as a contexts directory ({@code index.json} and the file) and
 * added to the directories the service reads ({@code microcred.jsonld.contexts-dir}), exactly as an operator supplies
 * it with {@code MICROCRED_JSONLD_CONTEXTS_DIR}. Without the package nothing is supplied, and the tests that need it
 * are skipped with {@link #MISSING}.
 */
public class Ed25519Signature2020ContextResource implements QuarkusTestResourceLifecycleManager {

    static final String CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";
    static final Path PACKAGE_FILE = Path.of("..", "interop", "node_modules", "ed25519-signature-2020-context",
            "contexts", "ed25519-signature-2020-v1.jsonld");
    static final String MISSING = "Skipped: the Ed25519Signature2020 context (" + CONTEXT + ") was not found at "
            + PACKAGE_FILE.toAbsolutePath().normalize() + "; run npm install in interop/ to check the Learner"
            + " Credential Wallet's DID authentication";

    private static Path directory;

    static boolean available() {
        return Files.isRegularFile(PACKAGE_FILE);
    }

    @Override
    public Map<String, String> start() {
        if (!available()) {
            System.out.println(MISSING);
            return Map.of();
        }
        try {
            directory = Files.createTempDirectory("ed25519-2020-context");
            Files.copy(PACKAGE_FILE, directory.resolve("ed25519-signature-2020-v1.jsonld"));
            Files.writeString(directory.resolve("index.json"), "{\"" + CONTEXT
                    + "\": \"ed25519-signature-2020-v1.jsonld\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String given = System.getProperty(BundledContexts.SUPPLIED_DIR_PROPERTY,
                System.getenv(BundledContexts.SUPPLIED_DIR_VARIABLE));
        System.setProperty(BundledContexts.SUPPLIED_DIR_PROPERTY, (given == null || given.isBlank() ? ""
                : given + File.pathSeparator) + directory);
        return Map.of();
    }

    @Override
    public void stop() {
        // The directory stays for the JVM's life: the service's shared loader read it once.
    }

    /** The test wallet's canonicalizer: the bundled contexts and the supplied suite context. */
    static Canonicalizer canonicalizer() {
        return directory == null ? new Canonicalizer()
                : new Canonicalizer(new ActiveContexts(BundledContexts.withSupplied(List.of(directory))));
    }
}
