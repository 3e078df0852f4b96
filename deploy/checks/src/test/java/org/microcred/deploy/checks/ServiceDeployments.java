package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Deployment of each service in a built overlay, found by its image ({@code <registry>/microcred/<service>:<tag>}:
 * an institution may change registry and tag, not the image's name), and the environment it gives the service.
 */
final class ServiceDeployments {

    private ServiceDeployments() {
    }

    /** The image's name without registry, path, tag or digest: {@code enrolment-service}. */
    static String imageName(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String last = withoutDigest.substring(withoutDigest.lastIndexOf('/') + 1);
        return last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
    }

    /** The Deployments with a container running that service's image. */
    static List<KubeObject> of(Manifests manifests, String service) {
        return manifests.ofKind("Deployment").stream().filter(d -> container(d, service) != null).toList();
    }

    /** The container of a Deployment that runs the service's image, or null. */
    static Map<String, Object> container(KubeObject deployment, String service) {
        for (Object c : deployment.list("spec", "template", "spec", "containers")) {
            Object image = KubeObject.asMap(c).get("image");
            if (image instanceof String reference && imageName(reference).equals(service)) {
                return KubeObject.asMap(c);
            }
        }
        return null;
    }

    /**
     * The environment variables the service's container gets, by name: a literal value or a ConfigMap's value as
     * written, a Secret's as {@link ConfigExpressions#FROM_SECRET}, a pod field's as a marker. A Secret's keys cannot
     * be seen offline, so only an explicit {@code secretKeyRef} (which names its key) counts; {@code envFrom} of a
     * Secret sets nothing this check can rely on. A ConfigMap must be in the overlay for its keys to count.
     */
    static Map<String, String> environment(Manifests manifests, KubeObject deployment, String service) {
        Map<String, Object> container = container(deployment, service);
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object f : KubeObject.asList(container.get("envFrom"))) {
            Map<String, Object> from = KubeObject.asMap(f);
            Object configMap = KubeObject.at(from, "configMapRef", "name");
            if (configMap != null) {
                String prefix = from.get("prefix") == null ? "" : from.get("prefix").toString();
                KubeObject object = manifests.named("ConfigMap", configMap.toString());
                if (object != null) {
                    object.map("data").forEach((k, v) -> environment.put(prefix + k, String.valueOf(v)));
                }
            }
        }
        for (Object e : KubeObject.asList(container.get("env"))) {
            Map<String, Object> env = KubeObject.asMap(e);
            String name = String.valueOf(env.get("name"));
            String value = valueOf(manifests, env);
            if (value != null) {
                environment.put(name, value);
            } else {
                environment.remove(name);
            }
        }
        return environment;
    }

    private static String valueOf(Manifests manifests, Map<String, Object> env) {
        if (env.get("value") != null) {
            return env.get("value").toString();
        }
        Map<String, Object> from = KubeObject.asMap(env.get("valueFrom"));
        if (from.get("secretKeyRef") != null) {
            return ConfigExpressions.FROM_SECRET;
        }
        if (from.get("fieldRef") != null || from.get("resourceFieldRef") != null) {
            return "<from the pod>";
        }
        Object configMap = KubeObject.at(from, "configMapKeyRef", "name");
        if (configMap != null) {
            KubeObject object = manifests.named("ConfigMap", configMap.toString());
            Object key = KubeObject.at(from, "configMapKeyRef", "key");
            Object value = object == null ? null : object.map("data").get(String.valueOf(key));
            return value == null ? null : value.toString();
        }
        return null;
    }

    /** The Secret an env variable of the service's container is taken from (secretKeyRef), or null. */
    static Object secretOf(KubeObject deployment, String service, String variable) {
        for (Object e : KubeObject.asList(container(deployment, service).get("env"))) {
            if (variable.equals(KubeObject.asMap(e).get("name"))) {
                return KubeObject.at(e, "valueFrom", "secretKeyRef", "name");
            }
        }
        return null;
    }

    /** References to ConfigMaps that are not in the overlay (and not marked optional): the pod would not start. */
    static List<String> missingConfigMaps(Manifests manifests, KubeObject deployment) {
        List<String> missing = new ArrayList<>();
        for (Object c : deployment.list("spec", "template", "spec", "containers")) {
            Map<String, Object> container = KubeObject.asMap(c);
            List<Map<String, Object>> refs = new ArrayList<>();
            KubeObject.asList(container.get("envFrom")).forEach(f -> refs.add(
                    KubeObject.asMap(KubeObject.asMap(f).get("configMapRef"))));
            KubeObject.asList(container.get("env")).forEach(e -> refs.add(
                    KubeObject.asMap(KubeObject.at(e, "valueFrom", "configMapKeyRef"))));
            for (Map<String, Object> ref : refs) {
                Object name = ref.get("name");
                if (name != null && !Boolean.TRUE.equals(ref.get("optional"))
                        && manifests.named("ConfigMap", name.toString()) == null) {
                    missing.add(deployment.id() + ": ConfigMap " + name + " is not in " + manifests);
                }
            }
        }
        return missing;
    }
}
