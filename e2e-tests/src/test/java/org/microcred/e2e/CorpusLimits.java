package org.microcred.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The request-body limits a service is configured with, read from its own application.properties
 * (service-support's {@code microcred.http.body-limit.*}: a default, one for multipart bodies and one
 * per path prefix, the longest prefix winning), so the corpus sends bodies at and just over the limit
 * the service really has, not a copy of it.
 */
final class CorpusLimits {

    /** service-support's default when a service names none (BodyLimitConfig). */
    private static final long SUPPORT_DEFAULT = 1024 * 1024;
    private static final String PREFIX = "microcred.http.body-limit.";

    private final Properties properties = new Properties();

    CorpusLimits(Path repo, String service) {
        Path file = repo.resolve(service + "-service/src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }

    /** The limit of a request to {@code path}, a multipart one or not. */
    long bodyLimit(String path, boolean multipart) {
        String best = null;
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX + "paths.")) {
                String prefix = key.substring((PREFIX + "paths.").length()).replace("\"", "");
                if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
        }
        if (best != null) {
            return bytes(properties.getProperty(PREFIX + "paths.\"" + best + "\""));
        }
        String fallback = properties.getProperty(PREFIX + "default");
        long standard = fallback == null ? SUPPORT_DEFAULT : bytes(fallback);
        String multipartLimit = properties.getProperty(PREFIX + "multipart");
        return multipart && multipartLimit != null ? bytes(multipartLimit) : standard;
    }

    /** A service's own number (e.g. wallet's {@code microcred.verify.max-document-bytes}), or the default. */
    long number(String key, long defaultValue) {
        String value = properties.getProperty(key);
        return value == null ? defaultValue : bytes(value);
    }

    /** Quarkus's memory sizes: a number of bytes, or with K, M or G. */
    static long bytes(String size) {
        String text = size.trim().toUpperCase(Locale.ROOT);
        long unit = switch (text.charAt(text.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? text : text.substring(0, text.length() - 1)) * unit;
    }
}
