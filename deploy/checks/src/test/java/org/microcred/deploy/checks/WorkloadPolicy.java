package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every pod template must say (issue 10: probes, resources, a locked-down security context, pinned images) and
 * what no manifest may hold (secret values), the rules of ../shared/k8s/validate.mjs --policy and a little more:
 * startup probes, dropped capabilities, seccomp, Jobs and CronJobs, secret-looking values.
 */
final class WorkloadPolicy {

    /** Names of settings whose values are secrets: they must come from a Secret (secretKeyRef), never a literal. */
    static final Pattern SECRET_NAME = Pattern.compile(
            ".*(PASSWORD|PASSWD|SECRET|TOKEN|MASTER_KEY|PRIVATE_KEY|API_KEY|CREDENTIAL|JAAS).*",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> WORKLOADS = List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

    private WorkloadPolicy() {
    }

    /** Every violation in these objects, each prefixed by the object it is in. */
    static List<String> violations(List<KubeObject> objects) {
        List<String> violations = new ArrayList<>();
        for (KubeObject object : objects) {
            List<String> found = new ArrayList<>();
            if (WORKLOADS.contains(object.kind())) {
                found.addAll(podViolations(podSpec(object)));
            } else if (object.is("Secret")) {
                if (!object.map("data").isEmpty() || !object.map("stringData").isEmpty()) {
                    found.add("a Secret with data in the manifests: secrets are created by the institution,"
                            + " not in git");
                }
            } else if (object.is("ConfigMap")) {
                for (String key : object.map("data").keySet()) {
                    if (SECRET_NAME.matcher(key).matches()) {
                        found.add("ConfigMap key " + key + " looks secret: put it in a Secret and use secretKeyRef");
                    }
                }
            }
            found.forEach(v -> violations.add(object.id() + ": " + v));
        }
        return violations;
    }

    /** The pod spec of a workload's template (a CronJob's is one level deeper). */
    static Map<String, Object> podSpec(KubeObject workload) {
        if (workload.is("CronJob")) {
            return workload.map("spec", "jobTemplate", "spec", "template", "spec");
        }
        return workload.map("spec", "template", "spec");
    }

    private static List<String> podViolations(Map<String, Object> pod) {
        List<String> found = new ArrayList<>();
        Map<String, Object> podSecurity = KubeObject.asMap(pod.get("securityContext"));
        List<Object> containers = KubeObject.asList(pod.get("containers"));
        if (containers.isEmpty()) {
            found.add("no containers");
        }
        for (Object c : containers) {
            found.addAll(containerViolations(KubeObject.asMap(c), podSecurity, false));
        }
        for (Object c : KubeObject.asList(pod.get("initContainers"))) {
            found.addAll(containerViolations(KubeObject.asMap(c), podSecurity, true));
        }
        return found;
    }

    private static List<String> containerViolations(Map<String, Object> c, Map<String, Object> podSecurity,
            boolean init) {
        List<String> found = new ArrayList<>();
        String who = (init ? "init container " : "container ") + c.get("name") + ": ";
        if (!init) {
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                if (!(c.get(probe) instanceof Map<?, ?>)) {
                    found.add(who + probe + " is not set");
                }
            }
        }
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                Object value = KubeObject.at(c, "resources", kind, resource);
                if (value == null || value.toString().isBlank()) {
                    found.add(who + "resources." + kind + "." + resource + " is not set");
                }
            }
        }
        found.addAll(securityViolations(who, KubeObject.asMap(c.get("securityContext")), podSecurity));
        found.addAll(imageViolations(who, c.get("image")));
        for (Object e : KubeObject.asList(c.get("env"))) {
            Map<String, Object> env = KubeObject.asMap(e);
            String name = String.valueOf(env.get("name"));
            if (env.containsKey("value") && SECRET_NAME.matcher(name).matches()) {
                found.add(who + "env " + name + " is a literal value: a secret must come from a secretKeyRef");
            }
        }
        return found;
    }

    private static List<String> securityViolations(String who, Map<String, Object> sc, Map<String, Object> pod) {
        List<String> found = new ArrayList<>();
        if (!Boolean.TRUE.equals(sc.getOrDefault("runAsNonRoot", pod.get("runAsNonRoot")))) {
            found.add(who + "securityContext.runAsNonRoot must be true (container or pod level)");
        }
        if (!Boolean.FALSE.equals(sc.get("allowPrivilegeEscalation"))) {
            found.add(who + "securityContext.allowPrivilegeEscalation must be false");
        }
        if (Boolean.TRUE.equals(sc.get("privileged"))) {
            found.add(who + "securityContext.privileged must not be true");
        }
        if (!Boolean.TRUE.equals(sc.get("readOnlyRootFilesystem"))) {
            found.add(who + "securityContext.readOnlyRootFilesystem must be true");
        }
        List<Object> dropped = KubeObject.asList(KubeObject.at(sc, "capabilities", "drop"));
        if (!dropped.contains("ALL")) {
            found.add(who + "securityContext.capabilities.drop must contain ALL");
        }
        if (!KubeObject.asList(KubeObject.at(sc, "capabilities", "add")).isEmpty()) {
            found.add(who + "securityContext.capabilities.add must be empty");
        }
        Object seccomp = sc.containsKey("seccompProfile") ? KubeObject.at(sc, "seccompProfile", "type")
                : KubeObject.at(pod, "seccompProfile", "type");
        if (!"RuntimeDefault".equals(seccomp)) {
            found.add(who + "seccompProfile.type must be RuntimeDefault (container or pod level), is " + seccomp);
        }
        return found;
    }

    static List<String> imageViolations(String who, Object image) {
        if (!(image instanceof String reference) || reference.isBlank()) {
            return List.of(who + "image is not set");
        }
        if (reference.contains("@sha256:")) {
            return List.of(); // pinned by digest
        }
        String last = reference.substring(reference.lastIndexOf('/') + 1);
        int colon = last.lastIndexOf(':');
        if (colon < 0) {
            return List.of(who + "image " + reference + " has no tag (implicitly :latest)");
        }
        if (last.substring(colon + 1).equals("latest")) {
            return List.of(who + "image " + reference + " uses the :latest tag");
        }
        return List.of();
    }
}
