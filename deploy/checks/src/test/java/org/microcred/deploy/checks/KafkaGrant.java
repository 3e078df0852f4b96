package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Kafka ACL grant (allow): a user may do an operation on a resource (literal name or name prefix). */
record KafkaGrant(String user, String operation, String resourceType, String patternType, String name)
        implements Comparable<KafkaGrant> {

    static KafkaGrant literal(String user, String operation, String resourceType, String name) {
        return new KafkaGrant(user, operation, resourceType, "literal", name);
    }

    /** The allow rules of every KafkaUser (Strimzi v1: one rule, several operations). */
    static List<KafkaGrant> ofKafkaUsers(Manifests manifests) {
        List<KafkaGrant> grants = new ArrayList<>();
        for (KubeObject user : manifests.ofKind("KafkaUser")) {
            for (Object a : user.list("spec", "authorization", "acls")) {
                Map<String, Object> acl = KubeObject.asMap(a);
                if ("deny".equals(acl.get("type"))) {
                    continue;
                }
                Map<String, Object> resource = KubeObject.asMap(acl.get("resource"));
                List<Object> operations = new ArrayList<>(KubeObject.asList(acl.get("operations")));
                if (acl.get("operation") != null) {
                    operations.add(acl.get("operation")); // the older, single-operation form
                }
                for (Object operation : operations) {
                    grants.add(new KafkaGrant(user.name(), operation.toString(), String.valueOf(resource.get("type")),
                            String.valueOf(resource.getOrDefault("patternType", "literal")),
                            String.valueOf(resource.getOrDefault("name", "*"))));
                }
            }
        }
        return grants;
    }

    /** Whether this grant allows that literal one (the same, or a prefix rule or wildcard that covers it). */
    boolean covers(KafkaGrant wanted) {
        if (!user.equals(wanted.user) || !resourceType.equals(wanted.resourceType)
                || !(operation.equals(wanted.operation) || operation.equals("All"))) {
            return false;
        }
        return "*".equals(name) || ("prefix".equals(patternType) ? wanted.name.startsWith(name)
                : name.equals(wanted.name));
    }

    @Override
    public int compareTo(KafkaGrant other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return user + " " + operation + " " + resourceType + " " + patternType + " " + name;
    }
}
