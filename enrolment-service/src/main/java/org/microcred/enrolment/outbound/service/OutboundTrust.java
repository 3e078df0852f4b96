package org.microcred.enrolment.outbound.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The trust of the outbound HTTP client when {@code microcred.outbound.trust-certificates} names PEM files: the JDK's
 * default trusted certificates plus every certificate in those files (an institution's private CA, or its endpoint's
 * own certificate). Only which certificates are anchors changes: the chain and the host name are still verified.
 */
final class OutboundTrust {

    private OutboundTrust() {
    }

    /** A trust manager over the JDK's defaults and the certificates of {@code pemFiles}; fails on an unreadable file. */
    static TrustManager withDefaults(List<String> pemFiles) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate anchor : defaults().getAcceptedIssuers()) {
                store.setCertificateEntry("jdk-" + n++, anchor);
            }
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (String file : pemFiles) {
                Collection<? extends Certificate> certificates;
                try (InputStream in = Files.newInputStream(Path.of(file.trim()))) {
                    certificates = factory.generateCertificates(in);
                }
                if (certificates.isEmpty()) {
                    throw new IllegalStateException("microcred.outbound.trust-certificates: no certificate in " + file);
                }
                for (Certificate certificate : certificates) {
                    store.setCertificateEntry("trusted-" + n++, certificate);
                }
            }
            TrustManagerFactory factoryOfManagers = TrustManagerFactory.getInstance(
                    TrustManagerFactory.getDefaultAlgorithm());
            factoryOfManagers.init(store);
            return x509(factoryOfManagers.getTrustManagers());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("microcred.outbound.trust-certificates: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager defaults() throws GeneralSecurityException {
        TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        jdk.init((KeyStore) null);
        return x509(jdk.getTrustManagers());
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager manager : managers) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("no X.509 trust manager");
    }
}
