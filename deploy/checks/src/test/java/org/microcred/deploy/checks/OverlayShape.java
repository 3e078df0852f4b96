package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What issue 10 asks of the overlays. Every overlay: each service runs under its own ServiceAccount (no API token
 * mounted), behind a Service that selects its pods, configured from a ConfigMap, scraped by a ServiceMonitor that
 * selects that Service and names one of its ports. production: at least two replicas of every service, a
 * HorizontalPodAutoscaler and a PodDisruptionBudget each, spread across nodes and zones; three Kafka brokers and
 * three controllers, three PostgreSQL instances, two Keycloak instances. dev: one replica of everything, no
 * autoscaling.
 */
final class OverlayShape {

    private OverlayShape() {
    }

    static List<String> problems(String overlay, Manifests manifests, List<String> services) {
        List<String> problems = new ArrayList<>();
        for (String service : services) {
            for (KubeObject deployment : ServiceDeployments.of(manifests, service)) {
                problems.addAll(everyOverlay(manifests, service, deployment));
                if (overlay.equals("production")) {
                    problems.addAll(production(manifests, service, deployment));
                } else if (overlay.equals("dev") && intAt(deployment, 1, "spec", "replicas") != 1) {
                    problems.add(service + ": dev runs " + deployment.at("spec", "replicas") + " replicas, not one");
                }
            }
        }
        if (overlay.equals("production")) {
            problems.addAll(atLeast(nodes(manifests, "broker"), 3, "Kafka brokers"));
            problems.addAll(atLeast(nodes(manifests, "controller"), 3, "Kafka controllers"));
            manifests.ofKind("Cluster").forEach(c -> problems.addAll(atLeast(intAt(c, 1, "spec", "instances"), 3,
                    c.id() + " PostgreSQL instances")));
            manifests.ofKind("Keycloak").forEach(k -> problems.addAll(atLeast(intAt(k, 1, "spec", "instances"), 2,
                    k.id() + " instances")));
        } else if (overlay.equals("dev")) {
            manifests.ofKind("HorizontalPodAutoscaler").forEach(h -> problems.add(h.id() + ": dev does not autoscale"));
            for (String kind : List.of("KafkaNodePool", "Cluster", "Keycloak")) {
                for (KubeObject o : manifests.ofKind(kind)) {
                    int count = intAt(o, 1, "spec", kind.equals("KafkaNodePool") ? "replicas" : "instances");
                    if (count != 1) {
                        problems.add(o.id() + ": dev runs " + count + ", not one");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> everyOverlay(Manifests manifests, String service, KubeObject deployment) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> pod = deployment.map("spec", "template", "spec");
        Map<String, Object> podLabels = deployment.map("spec", "template", "metadata", "labels");
        Object account = pod.get("serviceAccountName");
        if (account == null || manifests.named("ServiceAccount", account.toString()) == null) {
            problems.add(service + ": its ServiceAccount " + account + " is not in " + manifests);
        }
        if (!Boolean.FALSE.equals(pod.get("automountServiceAccountToken"))) {
            problems.add(service + ": automountServiceAccountToken must be false (it never calls the API server)");
        }
        if (KubeObject.asList(ServiceDeployments.container(deployment, service).get("envFrom")).stream()
                .noneMatch(f -> KubeObject.at(f, "configMapRef", "name") != null)) {
            problems.add(service + ": its configuration does not come from a ConfigMap (envFrom)");
        }
        List<KubeObject> servicesOfPods = manifests.ofKind("Service").stream()
                .filter(s -> !s.map("spec", "selector").isEmpty() && selects(s.map("spec", "selector"), podLabels))
                .toList();
        if (servicesOfPods.isEmpty()) {
            problems.add(service + ": no Service selects its pods");
        }
        boolean scraped = manifests.ofKind("ServiceMonitor").stream().anyMatch(m -> servicesOfPods.stream().anyMatch(
                s -> selects(m.map("spec", "selector", "matchLabels"), s.map("metadata", "labels"))
                        && m.list("spec", "endpoints").stream().allMatch(e -> s.list("spec", "ports").stream()
                                .anyMatch(p -> KubeObject.asMap(p).get("name") != null
                                        && KubeObject.asMap(p).get("name").equals(KubeObject.asMap(e).get("port"))))));
        if (!scraped) {
            problems.add(service + ": no ServiceMonitor selects its Service and names one of its ports");
        }
        return problems;
    }

    private static List<String> production(Manifests manifests, String service, KubeObject deployment) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> podLabels = deployment.map("spec", "template", "metadata", "labels");
        KubeObject hpa = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> deployment.name().equals(h.string("spec", "scaleTargetRef", "name"))).findFirst()
                .orElse(null);
        if (hpa == null || !"autoscaling/v2".equals(hpa.apiVersion())) {
            problems.add(service + ": no autoscaling/v2 HorizontalPodAutoscaler scales it");
        } else {
            problems.addAll(atLeast(intAt(hpa, 1, "spec", "minReplicas"), 2, service + " minimum replicas"));
        }
        problems.addAll(atLeast(intAt(deployment, 1, "spec", "replicas"), 2, service + " replicas"));
        if (manifests.ofKind("PodDisruptionBudget").stream()
                .noneMatch(p -> selects(p.map("spec", "selector", "matchLabels"), podLabels))) {
            problems.add(service + ": no PodDisruptionBudget selects its pods");
        }
        List<Object> keys = deployment.list("spec", "template", "spec", "topologySpreadConstraints").stream()
                .map(c -> KubeObject.asMap(c).get("topologyKey")).toList();
        for (String key : List.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")) {
            if (!keys.contains(key)) {
                problems.add(service + ": its pods are not spread across " + key);
            }
        }
        return problems;
    }

    private static boolean selects(Map<String, Object> matchLabels, Map<String, Object> labels) {
        return !matchLabels.isEmpty() && matchLabels.entrySet().stream()
                .allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(labels.get(e.getKey()))));
    }

    private static int nodes(Manifests manifests, String role) {
        return manifests.ofKind("KafkaNodePool").stream().filter(p -> p.list("spec", "roles").contains(role))
                .mapToInt(p -> intAt(p, 0, "spec", "replicas")).sum();
    }

    private static int intAt(KubeObject object, int absent, String... path) {
        Object value = object.at(path);
        return value instanceof Number n ? n.intValue() : absent;
    }

    private static List<String> atLeast(int count, int minimum, String what) {
        return count >= minimum ? List.of() : List.of("production: " + what + " " + count + ", at least " + minimum);
    }
}
