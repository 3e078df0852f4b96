package org.microcred.credentials.holder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.microcred.credentials.contexts.ActiveContexts;
import org.microcred.credentials.contexts.BundledContexts;
import org.microcred.credentials.dataintegrity.Canonicalizer;

/**
 * The {@code Ed25519Signature2020} suite context, which may not be committed here: the tests read it from the npm
 * package {@code ed25519-signature-2020-context} installed in {@code interop/node_modules} (as production reads it
 * from a directory {@code MICROCRED_JSONLD_CONTEXTS_DIR} names), and are skipped, saying so, without it.
 */
final class Ed25519Signature2020Context {

    static final Path PACKAGE_FILE = Path.of("..", "interop", "node_modules", "ed25519-signature-2020-context",
            "contexts", "ed25519-signature-2020-v1.jsonld");
    static final String MISSING = "Skipped: the Ed25519Signature2020 context (" + SuiteSignatures.ED25519_2020_CONTEXT
            + ") was not found at " + PACKAGE_FILE.toAbsolutePath().normalize()
            + "; run npm install in interop/ to check the Learner Credential Wallet's DID authentication";

    private Ed25519Signature2020Context() {
    }

    static boolean available() {
        return Files.isRegularFile(PACKAGE_FILE);
    }

    /**
     * A canonicalizer that knows the bundled contexts and, when the package is installed, the suite context: an
     * index.json naming it, in a directory of its own, exactly the form an operator supplies.
     */
    static Canonicalizer canonicalizer(Path directory) {
        if (!available()) {
            return new Canonicalizer();
        }
        try {
            Files.copy(PACKAGE_FILE, directory.resolve("ed25519-signature-2020-v1.jsonld"));
            Files.writeString(directory.resolve("index.json"), "{\"" + SuiteSignatures.ED25519_2020_CONTEXT
                    + "\": \"ed25519-signature-2020-v1.jsonld\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Canonicalizer(new ActiveContexts(BundledContexts.withSupplied(List.of(directory))));
    }
}
