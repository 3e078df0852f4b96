package org.microcred.deploy.checks;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Under the overlay's NetworkPolicies (a default deny of ingress and egress, then each service's own), every
 * service may still open the connections its configuration makes: to DNS, to the Kafka brokers of its bootstrap
 * address, to the primary of its database's Cluster, and to every URL it calls (Keycloak for tokens and the admin API,
 * the issuers it verifies), on the right port. The pods the operators create are recognised by the labels those
 * operators document: Strimzi's broker pods (strimzi.io/cluster, strimzi.io/broker-role), CloudNativePG's primary
 * (cnpg.io/cluster, cnpg.io/instanceRole), the Keycloak operator's pods (app: keycloak, app.kubernetes.io/instance),
 * and cluster DNS (k8s-app: kube-dns in kube-system). Selectors are evaluated by their matchLabels.
 */
final class Reachability {

    private static final Pattern URL = Pattern.compile("https?://[^\\s,]+");

    /** Pods (or an address outside the cluster: labels null) reached on a port. */
    record Target(String what, String namespace, Map<String, Object> labels, int port, String protocol) {
    }

    private Reachability() {
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        if (manifests.ofKind("NetworkPolicy").stream().noneMatch(Reachability::isDefaultDeny)) {
            problems.add(manifests + " has no default-deny NetworkPolicy (podSelector {}, Ingress and Egress)");
        }
        for (ServiceModule service : services) {
            for (KubeObject deployment : ServiceDeployments.of(manifests, service.name())) {
                String namespace = namespaceOf(deployment);
                Map<String, Object> labels = deployment.map("spec", "template", "metadata", "labels");
                List<KubeObject> egress = manifests.ofKind("NetworkPolicy").stream()
                        .filter(p -> namespace.equals(namespaceOf(p)) && selects(p.map("spec", "podSelector"), labels))
                        .filter(p -> p.list("spec", "policyTypes").contains("Egress")).toList();
                for (Target target : targets(manifests, service, deployment)) {
                    if (egress.stream().noneMatch(p -> allows(p, target))) {
                        problems.add(service.name() + ": no NetworkPolicy lets it reach " + target.what() + " on port "
                                + target.port() + "/" + target.protocol());
                    }
                }
            }
        }
        return problems;
    }

    private static boolean isDefaultDeny(KubeObject policy) {
        return policy.map("spec", "podSelector").isEmpty()
                && policy.list("spec", "policyTypes").containsAll(List.of("Ingress", "Egress"))
                && policy.list("spec", "ingress").isEmpty() && policy.list("spec", "egress").isEmpty();
    }

    /** Where the service connects, read from its configuration as its Deployment sets it. */
    static List<Target> targets(Manifests manifests, ServiceModule service, KubeObject deployment) {
        ConfigExpressions config = service.config(ServiceDeployments.environment(manifests, deployment,
                service.name()));
        String namespace = namespaceOf(deployment);
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("cluster DNS", "kube-system", Map.of("k8s-app", "kube-dns"), 53, "UDP"));
        for (String address : config.property("kafka.bootstrap.servers").orElse("").split(",")) {
            if (address.isBlank()) {
                continue;
            }
            String host = address.strip().substring(0, address.strip().lastIndexOf(':'));
            int port = Integer.parseInt(address.strip().substring(address.strip().lastIndexOf(':') + 1));
            String cluster = host.replaceFirst("-kafka-bootstrap(\\..*)?$", "");
            targets.add(new Target("the brokers of Kafka " + cluster + " (" + host + ")", namespace,
                    Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka", "strimzi.io/broker-role",
                            "true", "strimzi.io/name", cluster + "-kafka"), port, "TCP"));
        }
        config.property("quarkus.datasource.reactive.url").map(url -> URI.create(url.replaceFirst("^[a-z]+:", "x:")))
                .ifPresent(db -> {
                    String cluster = db.getHost().replaceFirst("-(rw|ro|r)$", "");
                    targets.add(new Target("the primary of PostgreSQL cluster " + cluster + " (" + db.getHost() + ")",
                            namespace, Map.of("cnpg.io/cluster", cluster, "cnpg.io/instanceRole", "primary",
                                    "role", "primary"), db.getPort() < 0 ? 5432 : db.getPort(), "TCP"));
                });
        for (String key : service.properties().keySet()) {
            if (!(key.matches("quarkus\\.rest-client\\..+\\.url") || key.endsWith("auth-server-url")
                    || key.equals("microcred.verify.trusted-issuers"))) {
                continue;
            }
            String value = config.property(key).orElse("");
            var urls = URL.matcher(value);
            while (urls.find()) {
                urlTarget(manifests, URI.create(urls.group()), namespace, key).ifPresent(targets::add);
            }
        }
        return targets;
    }

    private static Optional<Target> urlTarget(Manifests manifests, URI url, String namespace, String key) {
        String host = url.getHost();
        int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        String what = url.getScheme() + "://" + host + (url.getPort() > 0 ? ":" + url.getPort() : "")
                + " (" + key + ")";
        if (host.contains(".") && !host.endsWith(".svc") && !host.contains(".svc.")) {
            return Optional.of(new Target(what, null, null, port, "TCP")); // outside the cluster
        }
        String name = host.split("\\.")[0];
        KubeObject service = manifests.named("Service", name);
        if (service != null) {
            // A NetworkPolicy sees the pod's port, after the Service has translated its own port to targetPort.
            return Optional.of(new Target(what, namespace, service.map("spec", "selector"),
                    podPort(manifests, service, port), "TCP"));
        }
        for (KubeObject keycloak : manifests.ofKind("Keycloak")) {
            if (name.equals(keycloak.name() + "-service")) {
                Object httpPort = keycloak.at("spec", "http", "httpPort");
                return Optional.of(new Target(what, namespace, Map.of("app", "keycloak",
                        "app.kubernetes.io/instance", keycloak.name()),
                        httpPort instanceof Number n ? n.intValue() : port, "TCP"));
            }
        }
        return Optional.of(new Target(what + ", a host the overlay does not define", namespace,
                Map.of("unknown-host", host), port, "TCP"));
    }

    /** The container port a Service's port leads to (a named targetPort looked up in the pods it selects). */
    private static int podPort(Manifests manifests, KubeObject service, int port) {
        for (Object p : service.list("spec", "ports")) {
            Map<String, Object> entry = KubeObject.asMap(p);
            if (!String.valueOf(entry.get("port")).equals(String.valueOf(port))) {
                continue;
            }
            Object target = entry.getOrDefault("targetPort", port);
            if (target instanceof Number n) {
                return n.intValue();
            }
            for (KubeObject deployment : manifests.ofKind("Deployment")) {
                if (!selects(Map.of("matchLabels", service.map("spec", "selector")),
                        deployment.map("spec", "template", "metadata", "labels"))) {
                    continue;
                }
                for (Object c : deployment.list("spec", "template", "spec", "containers")) {
                    for (Object cp : KubeObject.asList(KubeObject.asMap(c).get("ports"))) {
                        if (target.equals(KubeObject.asMap(cp).get("name"))) {
                            return ((Number) KubeObject.asMap(cp).get("containerPort")).intValue();
                        }
                    }
                }
            }
        }
        return -1; // the Service has no such port: nothing allows it
    }

    private static boolean allows(KubeObject policy, Target target) {
        for (Object r : policy.list("spec", "egress")) {
            Map<String, Object> rule = KubeObject.asMap(r);
            List<Object> ports = KubeObject.asList(rule.get("ports"));
            boolean portAllowed = ports.isEmpty() || ports.stream().map(KubeObject::asMap).anyMatch(
                    p -> String.valueOf(p.getOrDefault("protocol", "TCP")).equals(target.protocol())
                            && (p.get("port") == null || String.valueOf(p.get("port")).equals(
                                    String.valueOf(target.port()))));
            List<Object> peers = KubeObject.asList(rule.get("to"));
            boolean peerAllowed = peers.isEmpty() || peers.stream().map(KubeObject::asMap)
                    .anyMatch(peer -> peerMatches(peer, target, namespaceOf(policy)));
            if (portAllowed && peerAllowed) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(Map<String, Object> peer, Target target, String policyNamespace) {
        if (peer.containsKey("ipBlock")) {
            return target.labels() == null; // pod addresses are not modelled: an ipBlock is for outside
        }
        if (target.labels() == null) {
            return false;
        }
        Map<String, Object> namespaceSelector = KubeObject.asMap(peer.get("namespaceSelector"));
        boolean namespaceMatches = peer.containsKey("namespaceSelector")
                ? namespaceSelector.isEmpty() || selects(namespaceSelector,
                        Map.of("kubernetes.io/metadata.name", target.namespace()))
                : target.namespace().equals(policyNamespace);
        return namespaceMatches && (!peer.containsKey("podSelector")
                || selects(KubeObject.asMap(peer.get("podSelector")), target.labels()));
    }

    /** A label selector (matchLabels only; an empty one selects everything). */
    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = new LinkedHashMap<>(KubeObject.asMap(selector.get("matchLabels")));
        return matchLabels.entrySet().stream()
                .allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(labels.get(e.getKey()))));
    }

    private static String namespaceOf(KubeObject object) {
        String namespace = object.string("metadata", "namespace");
        return namespace == null ? "default" : namespace;
    }
}
