package org.microcred.credentials.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.microcred.credentials.contexts.ActiveContexts;
import org.microcred.credentials.contexts.BundledContexts;
import org.microcred.credentials.dataintegrity.Canonicalizer;

/**
 * The {@code Ed25519Signature2020} suite context, which the Learner Credential Wallet's DID authentication names and
 * which may not be committed here: tests read it from the npm package {@code ed25519-signature-2020-context}
 * installed in {@code interop/node_modules} (production reads it from a directory {@code MICROCRED_JSONLD_CONTEXTS_DIR}
 * names, see {@code contexts/SOURCES.md}), and are skipped, saying so, without it. Shared through the test-jar.
 */
public final class Ed25519Signature2020Context {

    public static final String URL = "https://w3id.org/security/suites/ed25519-2020/v1";
    /** Where {@code npm install} in {@code interop/} puts it, from any module directory of the repository. */
    public static final Path PACKAGE_FILE = Path.of("..", "interop", "node_modules", "ed25519-signature-2020-context",
            "contexts", "ed25519-signature-2020-v1.jsonld");
    public static final String MISSING = "Skipped: the Ed25519Signature2020 context (" + URL + ") was not found at "
            + PACKAGE_FILE.toAbsolutePath().normalize() + "; run npm install in interop/ to check the Learner"
            + " Credential Wallet's DID authentication";

    private static final String FILE = "ed25519-signature-2020-v1.jsonld";

    private Ed25519Signature2020Context() {
    }

    public static boolean available() {
        return Files.isRegularFile(PACKAGE_FILE);
    }

    /** Skips the calling test, printing {@link #MISSING}, when the package is not installed. */
    public static void assumeAvailable() {
        if (!available()) {
            System.out.println(MISSING);
        }
        Assumptions.assumeTrue(available(), MISSING);
    }

    /**
     * Makes {@code directory} a supplied-contexts directory holding the suite context (an {@code index.json} naming
     * it), exactly the form an operator supplies: for a service started by a test, add it to
     * {@code MICROCRED_JSONLD_CONTEXTS_DIR}. Requires {@link #available()}.
     */
    public static Path suppliedDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.copy(PACKAGE_FILE, directory.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(directory.resolve("index.json"), "{\"" + URL + "\": \"" + FILE + "\"}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    /**
     * A canonicalizer that knows the bundled contexts and, when the package is installed, the suite context (read
     * from {@code directory}, made by {@link #suppliedDirectory}); without it, the bundled contexts only.
     */
    public static Canonicalizer canonicalizer(Path directory) {
        if (!available()) {
            return new Canonicalizer();
        }
        BundledContexts contexts = BundledContexts.withSupplied(List.of(suppliedDirectory(directory)));
        return new Canonicalizer(new ActiveContexts(contexts));
    }
}
