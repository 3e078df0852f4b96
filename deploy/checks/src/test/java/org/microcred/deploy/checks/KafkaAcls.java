package org.microcred.deploy.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The ACLs each service needs, derived from its code and configuration, against its KafkaUser (named like the
 * service, which is also its consumer group and its Kafka user name): Read on every topic it consumes and on its
 * consumer group, Write on every topic its outbox publishes and on its dead-letter topics. Describe on those is
 * allowed (Kafka implies it from Read and Write anyway); anything else is more than the service needs.
 */
final class KafkaAcls {

    /** The local broker's table (task of bin/infra): the same grants, plus Create where services make topics. */
    static final String LOCAL_TABLE = "deploy/infra/kafka/acls.txt";

    private KafkaAcls() {
    }

    static Set<KafkaGrant> required(ServiceModule service) {
        Set<KafkaGrant> grants = new TreeSet<>();
        String user = service.name();
        service.incomingTopics().forEach(t -> grants.add(KafkaGrant.literal(user, "Read", "topic", t)));
        service.consumerGroups().forEach(g -> grants.add(KafkaGrant.literal(user, "Read", "group", g)));
        CodeFacts.producedTopics(service).forEach(t -> grants.add(KafkaGrant.literal(user, "Write", "topic", t)));
        service.deadLetterTopics().forEach(t -> grants.add(KafkaGrant.literal(user, "Write", "topic", t)));
        return grants;
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        List<KafkaGrant> granted = KafkaGrant.ofKafkaUsers(manifests);
        for (ServiceModule service : services) {
            if (manifests.named("KafkaUser", service.name()) == null) {
                problems.add(service.name() + ": no KafkaUser " + service.name());
                continue;
            }
            Set<KafkaGrant> required = required(service);
            for (KafkaGrant wanted : required) {
                if (granted.stream().noneMatch(g -> g.covers(wanted))) {
                    problems.add(service.name() + ": KafkaUser lacks " + wanted);
                }
            }
            for (KafkaGrant grant : granted) {
                if (grant.user().equals(service.name()) && !justified(grant, required)) {
                    problems.add(service.name() + ": KafkaUser grants more than the service needs: " + grant);
                }
            }
        }
        return problems;
    }

    /** A grant the service needs, or Describe of a resource it needs. */
    private static boolean justified(KafkaGrant grant, Set<KafkaGrant> required) {
        return required.contains(grant) || ("Describe".equals(grant.operation()) && required.stream().anyMatch(
                r -> r.resourceType().equals(grant.resourceType()) && r.name().equals(grant.name())
                        && "literal".equals(grant.patternType())));
    }

    /**
     * The local broker's table, if there is one, grants what the KafkaUsers grant, so local tests run with
     * production's ACLs: the same lines, except Create (locally each service makes its topics; in Kubernetes the
     * Topic Operator does, and the services get no Create).
     */
    static List<String> localTableProblems(Manifests manifests, Path table) {
        Set<KafkaGrant> local = readTable(table).stream().filter(g -> !"Create".equals(g.operation()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<KafkaGrant> kubernetes = new TreeSet<>(KafkaGrant.ofKafkaUsers(manifests));
        List<String> problems = new ArrayList<>();
        local.stream().filter(g -> !kubernetes.contains(g))
                .forEach(g -> problems.add(table.getFileName() + " grants, the KafkaUsers do not: " + g));
        kubernetes.stream().filter(g -> !local.contains(g))
                .forEach(g -> problems.add("the KafkaUsers grant, " + table.getFileName() + " does not: " + g));
        return problems;
    }

    static Optional<Path> localTable() {
        Path table = RepoRoot.resolve(LOCAL_TABLE);
        return Files.isRegularFile(table) ? Optional.of(table) : Optional.empty();
    }

    /** Lines {@code user operation resource-type pattern-type name}; '#' starts a comment. */
    static List<KafkaGrant> readTable(Path table) {
        List<KafkaGrant> grants = new ArrayList<>();
        for (String line : CodeFacts.read(table).split("\n")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (content.isBlank()) {
                continue;
            }
            String[] f = content.strip().split("\\s+");
            if (f.length != 5) {
                throw new IllegalArgumentException(table + ": not 'user operation type pattern name': " + line);
            }
            grants.add(new KafkaGrant(f[0], f[1], f[2], f[3], f[4]));
        }
        return grants;
    }

    /**
     * A service's own list of the topics its outbox publishes ({@code microcred.kafka.produces}, where its
     * configuration has one) agrees with what its code builds.
     */
    static List<String> declaredProducesProblems(List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule service : services) {
            String declared = service.properties().get("microcred.kafka.produces");
            if (declared == null) {
                continue;
            }
            Set<String> listed = Arrays.stream(declared.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(ServiceModule::topicName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> built = CodeFacts.producedTopics(service);
            if (!listed.equals(built)) {
                problems.add(service.name() + ": microcred.kafka.produces=" + listed + " but its code publishes "
                        + built);
            }
        }
        return problems;
    }

    /** One topic per producing stage (Topics.java): every event topic has exactly one service publishing it. */
    static List<String> producerProblems(List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        for (String topic : CodeFacts.eventTopics()) {
            List<String> producers = services.stream().filter(s -> CodeFacts.producedTopics(s).contains(topic))
                    .map(ServiceModule::name).toList();
            if (producers.size() != 1) {
                problems.add(topic + " is published by " + producers + ", expected exactly one service");
            }
        }
        return problems;
    }
}
