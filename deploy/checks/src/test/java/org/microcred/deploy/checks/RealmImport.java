package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KeycloakRealmImport imports deploy/keycloak/microcred-realm.json as it is (the manifests generate it from that
 * file), into a Keycloak of the overlay, and that realm is what the services expect and safe for production: every
 * role the code checks, every client a service logs in as, the audience the services require, the realm the services'
 * OIDC URL names; no users but service accounts, no password-grant client, brute-force protection on; every
 * placeholder of the realm filled from a Secret, the same one the service reading that variable uses. The one value the
 * overlay writes into the realm, the public host in the redirect URI of issuance's OpenID4VCI sign-in client, must be
 * the host of the public Ingress (where the callback is served).
 */
final class RealmImport {

    static final String REALM_FILE = "deploy/keycloak/microcred-realm.json";
    private static final Pattern OIDC_CLIENT_ID = Pattern.compile("quarkus\\.oidc-client(\\.[^.]+)?\\.client-id");
    /**
     * An environment placeholder the operator fills ({@code ${MICROCRED_ASSESSMENT_SERVICE_SECRET}}); lower-case ones
     * ({@code ${username}} in the user profile) are Keycloak's own message keys, left alone.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    /** The client whose redirect URI components/institution sets to PUBLIC_HOST. */
    static final String PUBLIC_HOST_CLIENT = "issuance-oid4vci";
    /** Where the OpenID4VCI sign-in comes back: issuance's callbacks, one per tenant, on the public host. */
    static final String CALLBACK_PATHS = "/api/v1/issuers/*";

    private RealmImport() {
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<KubeObject> imports = manifests.ofKind("KeycloakRealmImport");
        if (imports.size() != 1) {
            return List.of(manifests + " has " + imports.size() + " KeycloakRealmImports, expected one");
        }
        KubeObject realmImport = imports.get(0);
        Map<String, Object> realm = realmImport.map("spec", "realm");
        List<String> problems = new ArrayList<>();
        Object file = K8sYaml.load(CodeFacts.read(RepoRoot.resolve(REALM_FILE)));
        if (!Objects.equals(withoutPublicHost(file), withoutPublicHost(realm))) {
            problems.add(realmImport.id() + ": spec.realm differs from " + REALM_FILE
                    + " (regenerate it with deploy/k8s/tools)");
        }
        String keycloak = realmImport.string("spec", "keycloakCRName");
        if (keycloak == null || manifests.named("Keycloak", keycloak) == null) {
            problems.add(realmImport.id() + ": keycloakCRName " + keycloak + " is not a Keycloak of " + manifests);
        }
        problems.addAll(contentProblems(realm, services, manifests));
        problems.addAll(publicHostProblems(realm, manifests));
        problems.addAll(placeholderProblems(realmImport, realm, services, manifests));
        return problems.stream().map(p -> p.startsWith(realmImport.id()) ? p : realmImport.id() + ": " + p).toList();
    }

    private static List<String> contentProblems(Map<String, Object> realm, List<ServiceModule> services,
            Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Set<String> roles = new TreeSet<>();
        KubeObject.asList(KubeObject.at(realm, "roles", "realm")).forEach(r -> roles.add(
                String.valueOf(KubeObject.asMap(r).get("name"))));
        for (String role : CodeFacts.rolesUsed()) {
            if (!roles.contains(role)) {
                problems.add("realm role " + role + " (used by the code) is missing");
            }
        }
        List<Map<String, Object>> clients = KubeObject.asList(realm.get("clients")).stream().map(KubeObject::asMap)
                .toList();
        for (Map<String, Object> client : clients) {
            if (Boolean.TRUE.equals(client.get("directAccessGrantsEnabled"))) {
                problems.add("client " + client.get("clientId") + " allows the password grant"
                        + " (directAccessGrantsEnabled)");
            }
            Object secret = client.get("secret");
            if (secret != null && !PLACEHOLDER.matcher(secret.toString()).matches()) {
                problems.add("client " + client.get("clientId") + " has a literal secret: it must be a placeholder"
                        + " filled from a Secret");
            }
        }
        for (Object u : KubeObject.asList(realm.get("users"))) {
            Map<String, Object> user = KubeObject.asMap(u);
            if (user.get("serviceAccountClientId") == null) {
                problems.add("user " + user.get("username") + " is not a service account: no demo users in production");
            }
        }
        if (!Boolean.TRUE.equals(realm.get("bruteForceProtected"))) {
            problems.add("brute-force protection is off (bruteForceProtected)");
        }
        for (ServiceModule service : services) {
            service.properties().forEach((key, value) -> {
                if (OIDC_CLIENT_ID.matcher(key).matches() && clients.stream().noneMatch(c -> value.equals(
                        c.get("clientId")) && !Boolean.FALSE.equals(c.get("enabled"))
                        && Boolean.TRUE.equals(c.get("serviceAccountsEnabled"))
                        && !Boolean.TRUE.equals(c.get("publicClient")))) {
                    problems.add("no enabled confidential client " + value + " with a service account ("
                            + service.name() + " logs in as it: " + key + ")");
                }
            });
            for (KubeObject deployment : ServiceDeployments.of(manifests, service.name())) {
                var config = service.config(ServiceDeployments.environment(manifests, deployment, service.name()));
                String audience = config.property("quarkus.oidc.token.audience").orElse(null);
                if (audience != null && clients.stream().noneMatch(c -> grantsAudience(c, audience))) {
                    problems.add("no client puts the audience " + audience + " into its tokens (" + service.name()
                            + " accepts only those: quarkus.oidc.token.audience)");
                }
                String issuer = config.property("quarkus.oidc.auth-server-url").orElse("");
                if (!issuer.endsWith("/realms/" + realm.get("realm"))) {
                    problems.add(service.name() + " takes its tokens from " + issuer + ", not from realm "
                            + realm.get("realm"));
                }
            }
        }
        return problems;
    }

    /** The realm as a copy, the redirect URIs of {@link #PUBLIC_HOST_CLIENT} left out: the overlay sets them. */
    private static Object withoutPublicHost(Object realm) {
        Map<String, Object> copy = new LinkedHashMap<>(KubeObject.asMap(realm));
        List<Object> clients = new ArrayList<>();
        for (Object client : KubeObject.asList(copy.get("clients"))) {
            Map<String, Object> c = new LinkedHashMap<>(KubeObject.asMap(client));
            if (PUBLIC_HOST_CLIENT.equals(c.get("clientId"))) {
                c.remove("redirectUris");
            }
            clients.add(c);
        }
        copy.put("clients", clients);
        return copy;
    }

    /** Keycloak sends the signed-in earner back to issuance's callback, which only the public Ingress serves. */
    private static List<String> publicHostProblems(Map<String, Object> realm, Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Object client : KubeObject.asList(realm.get("clients"))) {
            Map<String, Object> c = KubeObject.asMap(client);
            if (!PUBLIC_HOST_CLIENT.equals(c.get("clientId"))) {
                continue;
            }
            KubeObject ingress = manifests.named("Ingress", "microcred-public");
            Object host = ingress == null ? null
                    : KubeObject.asMap(ingress.list("spec", "rules").stream().findFirst().orElse(null)).get("host");
            List<Object> expected = List.of("https://" + host + CALLBACK_PATHS);
            if (host == null || !expected.equals(c.get("redirectUris"))) {
                problems.add("client " + PUBLIC_HOST_CLIENT + " redirects to " + c.get("redirectUris") + ", not to "
                        + (host == null ? "the public Ingress microcred-public (there is none)" : expected));
            }
        }
        return problems;
    }

    /** A client whose tokens carry that audience: the client itself, or one with an audience mapper naming it. */
    private static boolean grantsAudience(Map<String, Object> client, String audience) {
        if (Boolean.FALSE.equals(client.get("enabled"))) {
            return false;
        }
        if (audience.equals(client.get("clientId"))) {
            return true;
        }
        return KubeObject.asList(client.get("protocolMappers")).stream().map(KubeObject::asMap)
                .filter(m -> "oidc-audience-mapper".equals(m.get("protocolMapper")))
                .map(m -> KubeObject.asMap(m.get("config")))
                .anyMatch(c -> audience.equals(c.get("included.custom.audience"))
                        || audience.equals(c.get("included.client.audience")));
    }

    private static List<String> placeholderProblems(KubeObject realmImport, Map<String, Object> realm,
            List<ServiceModule> services, Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(realm.toString());
        while (m.find()) {
            names.add(m.group(1));
        }
        for (String name : names) {
            Map<String, Object> secret = realmImport.map("spec", "placeholders", name, "secret");
            if (secret.get("name") == null || secret.get("key") == null) {
                problems.add("placeholder " + name + " of the realm has no Secret (spec.placeholders." + name
                        + ".secret)");
                continue;
            }
            for (ServiceModule service : services) {
                for (KubeObject deployment : ServiceDeployments.of(manifests, service.name())) {
                    if (service.properties().values().stream().anyMatch(v -> v.contains("${" + name + "}"))) {
                        Map<String, Object> ref = secretKeyRef(deployment, service.name(), name);
                        if (!secret.get("name").equals(ref.get("name")) || !secret.get("key").equals(ref.get("key"))) {
                            problems.add("placeholder " + name + " comes from Secret " + secret.get("name") + " key "
                                    + secret.get("key") + ", but " + service.name() + " reads it from " + ref);
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static Map<String, Object> secretKeyRef(KubeObject deployment, String service, String variable) {
        for (Object e : KubeObject.asList(ServiceDeployments.container(deployment, service).get("env"))) {
            if (variable.equals(KubeObject.asMap(e).get("name"))) {
                return KubeObject.asMap(KubeObject.at(e, "valueFrom", "secretKeyRef"));
            }
        }
        return Map.of();
    }
}
