package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each service's Kafka security settings match the listener of the port it connects to and its KafkaUser: SASL_SSL
 * needs a TLS listener, SASL_PLAINTEXT a plain one, both SCRAM authentication on the listener and on the user
 * (SCRAM-SHA-512 is Strimzi's scram-sha-512); the Kafka has simple authorization (else the ACLs mean nothing); and a
 * TLS connection trusts the cluster's CA from a file the pod has mounted.
 */
final class KafkaListeners {

    private KafkaListeners() {
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        for (KubeObject kafka : manifests.ofKind("Kafka")) {
            if (!"simple".equals(kafka.string("spec", "kafka", "authorization", "type"))) {
                problems.add(kafka.id() + ": authorization is " + kafka.string("spec", "kafka", "authorization",
                        "type") + ", not simple: the KafkaUsers' ACLs would not be enforced");
            }
        }
        for (ServiceModule service : services) {
            for (KubeObject deployment : ServiceDeployments.of(manifests, service.name())) {
                ConfigExpressions config = service.config(ServiceDeployments.environment(manifests, deployment,
                        service.name()));
                String protocol = config.property("microcred.kafka.security.protocol").orElse("PLAINTEXT");
                String mechanism = config.property("microcred.kafka.security.sasl-mechanism").orElse("");
                for (String address : config.property("kafka.bootstrap.servers").orElse("").split(",")) {
                    if (!address.isBlank()) {
                        problems.addAll(listenerProblems(manifests, service, deployment, address.strip(), protocol,
                                mechanism, config));
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> listenerProblems(Manifests manifests, ServiceModule service, KubeObject deployment,
            String address, String protocol, String mechanism, ConfigExpressions config) {
        List<String> problems = new ArrayList<>();
        String who = service.name() + " (" + protocol + " to " + address + ")";
        String cluster = address.substring(0, address.lastIndexOf(':')).replaceFirst("-kafka-bootstrap(\\..*)?$", "");
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        KubeObject kafka = manifests.named("Kafka", cluster);
        if (kafka == null) {
            return List.of(who + ": no Kafka " + cluster + " in " + manifests);
        }
        Map<String, Object> listener = kafka.list("spec", "kafka", "listeners").stream().map(KubeObject::asMap)
                .filter(l -> String.valueOf(l.get("port")).equals(String.valueOf(port))).findFirst().orElse(null);
        if (listener == null) {
            return List.of(who + ": " + kafka.id() + " has no listener on port " + port);
        }
        boolean tls = Boolean.TRUE.equals(listener.get("tls"));
        if (protocol.endsWith("SSL") != tls) {
            problems.add(who + ": the listener on port " + port + " has tls: " + tls);
        }
        if (protocol.startsWith("SASL")) {
            String wanted = mechanism.toLowerCase();
            if (!wanted.equals(KubeObject.at(listener, "authentication", "type"))) {
                problems.add(who + ": the listener on port " + port + " authenticates with "
                        + KubeObject.at(listener, "authentication", "type") + ", the service with " + mechanism);
            }
            KubeObject user = manifests.named("KafkaUser", config.property("microcred.kafka.security.user")
                    .orElse(service.name()));
            if (user != null && !wanted.equals(user.string("spec", "authentication", "type"))) {
                problems.add(who + ": " + user.id() + " authenticates with " + user.string("spec", "authentication",
                        "type") + ", the service with " + mechanism);
            }
        } else {
            problems.add(who + ": the service does not authenticate to Kafka (" + protocol + ")");
        }
        if (protocol.endsWith("SSL")) {
            String truststore = config.property("microcred.kafka.security.truststore-location").orElse(null);
            List<String> mounts = KubeObject.asList(ServiceDeployments.container(deployment, service.name())
                    .get("volumeMounts")).stream().map(m -> String.valueOf(KubeObject.asMap(m).get("mountPath")))
                    .toList();
            if (truststore == null || mounts.stream().noneMatch(m -> truststore.startsWith(m + "/"))) {
                problems.add(who + ": its truststore " + truststore + " (the cluster CA) is not in a mounted volume");
            }
        }
        return problems;
    }
}
