import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The local broker's users and ACLs, from the table deploy/infra/kafka/acls.txt. A single-file program (java runs the
 * source; kafka-clients on the class path) so that bin/infra and the end-to-end harness (RunningSystem) apply the same
 * table with the same code, as the broker's super user (a client .properties file):
 *
 * <pre>
 * java -cp KAFKA_CLIENTS KafkaAccess.java users  admin.properties acls.txt          SCRAM-SHA-512 users of the table,
 *                                                                                   passwords from MICROCRED_SERVICE_KAFKA_PASSWORD
 * java -cp KAFKA_CLIENTS KafkaAccess.java grant  admin.properties acls.txt PREFIX.. the table's grants, topics and groups with each prefix
 *                                                                                   ("" for the real names)
 * java -cp KAFKA_CLIENTS KafkaAccess.java revoke admin.properties acls.txt          every ACL of the table's users
 * java -cp KAFKA_CLIENTS KafkaAccess.java forget admin.properties PREFIX            every ACL on topics and groups named PREFIX...
 * </pre>
 */
public class KafkaAccess {

    /** One line of the table. */
    record Grant(String user, AclOperation operation, ResourceType type, PatternType pattern, String name) {

        static Grant parse(String line) {
            String[] f = line.trim().split("\\s+");
            if (f.length != 5) {
                throw new IllegalArgumentException("expected 5 fields (user operation resource-type pattern-type name): " + line);
            }
            Grant grant = new Grant(f[0], AclOperation.fromString(f[1]), ResourceType.fromString(f[2]),
                    PatternType.fromString(f[3].toUpperCase(Locale.ROOT)), f[4]);
            if (grant.operation() == AclOperation.UNKNOWN || grant.type() == ResourceType.UNKNOWN
                    || grant.pattern() == PatternType.UNKNOWN) {
                throw new IllegalArgumentException("unknown operation, resource type or pattern type: " + line);
            }
            return grant;
        }

        /** Topics and consumer groups take the run's prefix (group.id = prefix + the application's name). */
        AclBinding binding(String prefix) {
            String resource = type == ResourceType.TOPIC || type == ResourceType.GROUP ? prefix + name : name;
            return new AclBinding(new ResourcePattern(type, resource, pattern),
                    new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: users|grant|revoke|forget CLIENT_PROPERTIES ...");
        }
        try (Admin admin = Admin.create(clientProperties(Path.of(args[1])))) {
            switch (args[0]) {
                case "users" -> users(admin, table(Path.of(args[2])));
                case "grant" -> grant(admin, table(Path.of(args[2])), List.of(args).subList(3, args.length));
                case "revoke" -> revoke(admin, table(Path.of(args[2])));
                case "forget" -> forget(admin, args[2]);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    static List<Grant> table(Path file) throws IOException {
        List<Grant> grants = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.trim().startsWith("#")) {
                grants.add(Grant.parse(line));
            }
        }
        return grants;
    }

    static Properties clientProperties(Path file) throws IOException {
        Properties props = new Properties();
        try (InputStream in = new FileInputStream(file.toFile())) {
            props.load(in);
        }
        return props;
    }

    /** Creates or updates each user's SCRAM-SHA-512 credential: users named enrolment-service read MICROCRED_ENROLMENT_KAFKA_PASSWORD. */
    static void users(Admin admin, List<Grant> table) throws Exception {
        Set<String> users = new LinkedHashSet<>();
        table.forEach(g -> users.add(g.user()));
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        for (String user : users) {
            String variable = "MICROCRED_" + user.replace("-service", "").toUpperCase(Locale.ROOT) + "_KAFKA_PASSWORD";
            String password = System.getenv(variable);
            if (password == null || password.isEmpty()) {
                throw new IllegalStateException(variable + " is not set");
            }
            upserts.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
        }
        admin.alterUserScramCredentials(upserts).all().get(60, TimeUnit.SECONDS);
        System.err.println("[kafka-access] SCRAM-SHA-512 users: " + String.join(", ", users));
    }

    /** Creating a binding that exists changes nothing, so granting twice is harmless. */
    static void grant(Admin admin, List<Grant> table, List<String> prefixes) throws Exception {
        List<AclBinding> bindings = new ArrayList<>();
        for (String prefix : prefixes) {
            table.forEach(g -> bindings.add(g.binding(prefix)));
        }
        admin.createAcls(bindings).all().get(60, TimeUnit.SECONDS);
        System.err.println("[kafka-access] " + bindings.size() + " ACLs for topic prefixes " + prefixes);
    }

    /** Before the table is granted again after it changed, so a line removed from it grants nothing any more. */
    static void revoke(Admin admin, List<Grant> table) throws Exception {
        Set<String> users = new LinkedHashSet<>();
        table.forEach(g -> users.add(g.user()));
        List<AclBindingFilter> filters = new ArrayList<>();
        for (String user : users) {
            filters.add(new AclBindingFilter(ResourcePatternFilter.ANY,
                    new AccessControlEntryFilter("User:" + user, null, AclOperation.ANY, AclPermissionType.ANY)));
        }
        admin.deleteAcls(filters).all().get(60, TimeUnit.SECONDS);
    }

    /** The ACLs of finished test runs (their topics and groups), whose topics reset-test-topics deletes. */
    static void forget(Admin admin, String prefix) throws Exception {
        List<AclBindingFilter> filters = new ArrayList<>();
        for (AclBinding binding : admin.describeAcls(AclBindingFilter.ANY).values().get(60, TimeUnit.SECONDS)) {
            ResourceType type = binding.pattern().resourceType();
            if ((type == ResourceType.TOPIC || type == ResourceType.GROUP) && binding.pattern().name().startsWith(prefix)) {
                filters.add(binding.toFilter());
            }
        }
        if (!filters.isEmpty()) {
            admin.deleteAcls(filters).all().get(60, TimeUnit.SECONDS);
        }
    }
}
