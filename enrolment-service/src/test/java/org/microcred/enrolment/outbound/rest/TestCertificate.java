package org.microcred.enrolment.outbound.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate made for the tests with the JDK's keytool (EC P-256, the name as CN and DNS
 * subjectAltName): its key and certificate in a PKCS#12 file for a receiver, the certificate alone in a PEM file for
 * {@code microcred.outbound.trust-certificates}.
 */
record TestCertificate(Path keyStore, Path pem) {

    static final String PASSWORD = "test-only-password";

    /** Makes {@code <name>.p12} and {@code <name>.crt} in {@code dir}, unless there already. */
    static synchronized TestCertificate of(Path dir, String name) {
        TestCertificate made = new TestCertificate(dir.resolve(name + ".p12"), dir.resolve(name + ".crt"));
        if (Files.exists(made.pem())) {
            return made;
        }
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(made.keyStore());
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(List.of(keytool, "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + name, "-ext", "SAN=dns:" + name, "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", made.keyStore().toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
            Path pem = dir.resolve(name + ".crt.tmp");
            run(List.of(keytool, "-exportcert", "-rfc", "-alias", "receiver", "-keystore", made.keyStore().toString(),
                    "-storepass", PASSWORD, "-file", pem.toString()));
            // The PEM last: once it exists, the pair is complete.
            Files.move(pem, made.pem());
            return made;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(process.getInputStream()
                        .readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
