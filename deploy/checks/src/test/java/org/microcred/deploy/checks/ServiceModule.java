package org.microcred.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One service module and what its code and configuration say: its name, its production configuration (service-support's
 * microprofile-config.properties under its own application.properties, the %prod profile applied, other profiles
 * dropped), the topics it consumes, its dead-letter topics and consumer group.
 */
record ServiceModule(String name, Path dir, Map<String, String> properties) {

    static final String SHARED_DEFAULTS = "service-support/src/main/resources/META-INF/microprofile-config.properties";
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** The modules named {@code *-service} at the repository root, in name order. */
    static List<ServiceModule> all() {
        Path root = RepoRoot.path();
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.isRegularFile(d.resolve("src/main/resources/application.properties")))
                    .sorted().map(ServiceModule::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceModule named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    static ServiceModule of(Path dir) {
        Map<String, String> layered = new LinkedHashMap<>(PropertiesFile.read(RepoRoot.resolve(SHARED_DEFAULTS)));
        layered.putAll(PropertiesFile.read(dir.resolve("src/main/resources/application.properties")));
        Map<String, String> effective = new LinkedHashMap<>();
        layered.forEach((key, value) -> {
            if (!key.startsWith("%")) {
                effective.put(key, value);
            }
        });
        layered.forEach((key, value) -> {
            if (key.startsWith("%prod.")) {
                effective.put(key.substring("%prod.".length()), value);
            }
        });
        String name = effective.getOrDefault("quarkus.application.name", dir.getFileName().toString());
        // In file order, so that what the checks report comes in a stable order.
        return new ServiceModule(name, dir, Collections.unmodifiableMap(effective));
    }

    /** Its configuration as it runs with this environment (a Deployment's, or none). */
    ConfigExpressions config(Map<String, String> environment) {
        return new ConfigExpressions(properties, environment);
    }

    /** The topic of each incoming channel, without the (test-only) prefix. */
    Set<String> incomingTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String key : properties.keySet()) {
            Matcher m = INCOMING_TOPIC.matcher(key);
            if (m.matches()) {
                topics.add(topicName(properties.get(key)));
            }
        }
        return topics;
    }

    /**
     * The dead-letter topic of each incoming channel whose failure strategy is dead-letter-queue (the channel's, else
     * the connector's): the one it names, else SmallRye's default {@code dead-letter-topic-<channel>}.
     */
    Set<String> deadLetterTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String key : properties.keySet()) {
            Matcher m = INCOMING_TOPIC.matcher(key);
            if (!m.matches()) {
                continue;
            }
            String channel = "mp.messaging.incoming." + m.group(1) + ".";
            String strategy = properties.getOrDefault(channel + "failure-strategy",
                    properties.get("mp.messaging.connector.smallrye-kafka.failure-strategy"));
            if ("dead-letter-queue".equals(strategy)) {
                String named = properties.get(channel + "dead-letter-queue.topic");
                topics.add(named != null ? topicName(named) : "dead-letter-topic-" + m.group(1));
            }
        }
        return topics;
    }

    /** The consumer group of its channels: the connector's group.id ({@code ${quarkus.application.name}}). */
    Set<String> consumerGroups() {
        Set<String> groups = new LinkedHashSet<>();
        ConfigExpressions config = config(Map.of());
        for (String key : properties.keySet()) {
            Matcher m = INCOMING_TOPIC.matcher(key);
            if (m.matches()) {
                Optional<String> own = config.property("mp.messaging.incoming." + m.group(1) + ".group.id");
                groups.add(own.or(() -> config.property("mp.messaging.connector.smallrye-kafka.group.id"))
                        .orElseThrow(() -> new IllegalStateException(name + ": channel " + m.group(1)
                                + " has no group.id")));
            }
        }
        return groups;
    }

    /** The database it opens: {@code microcred.db.name}, which MICROCRED_DB_NAME in its environment overrides. */
    Optional<String> databaseName(Map<String, String> environment) {
        return config(environment).property("microcred.db.name");
    }

    /**
     * A topic as configured, without the prefix tests add: {@code ${microcred.kafka.topic-prefix:}} is empty in
     * production.
     */
    static String topicName(String configured) {
        String name = configured.replace("${microcred.kafka.topic-prefix:}", "");
        if (name.contains("${")) {
            throw new IllegalStateException("A topic name with an expression the checks do not know: " + configured);
        }
        return name;
    }

    List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(dir.resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
