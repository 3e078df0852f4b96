package org.microcred.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A MicroProfile Config properties file, read line by line: {@code key=value}, comments and blank lines skipped, a
 * trailing backslash continuing the line. (java.util.Properties would also split keys at ':' and unescape, which
 * the keys here, quoted paths included, do not use.)
 */
final class PropertiesFile {

    private PropertiesFile() {
    }

    static Map<String, String> read(Path file) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return properties;
        }
        try {
            StringBuilder pending = new StringBuilder();
            for (String line : Files.readAllLines(file)) {
                String stripped = line.strip();
                if (pending.isEmpty() && (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!"))) {
                    continue;
                }
                if (stripped.endsWith("\\")) {
                    pending.append(stripped, 0, stripped.length() - 1);
                    continue;
                }
                pending.append(stripped);
                String entry = pending.toString();
                pending.setLength(0);
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    properties.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
