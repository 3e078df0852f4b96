package org.microcred.support.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the test helpers read the servers' addresses and secrets: a system property of the name, else the
 * environment variable. bin/infra's servers come through the environment ({@code eval "$(bin/infra env)"}); the
 * containers of {@code MICROCRED_TEST_SERVERS=containers} start inside the test JVM, after its environment was
 * fixed, so {@link org.microcred.support.testing.containers.TestServers} hands them over as system properties.
 */
public final class TestServerSettings {

    private TestServerSettings() {
    }

    /** The setting, or null where neither a system property nor an environment variable names it. */
    public static String get(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }

    public static String get(String name, String fallback) {
        String value = get(name);
        return value != null ? value : fallback;
    }

    /**
     * The environment with the system properties named like environment variables (upper case, digits, '_') laid
     * over it: for helpers that take their settings as a map.
     */
    public static Map<String, String> environment() {
        Map<String, String> settings = new HashMap<>(System.getenv());
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.matches("[A-Z][A-Z0-9_]*"))
                .forEach(name -> settings.put(name, System.getProperty(name)));
        return settings;
    }
}
