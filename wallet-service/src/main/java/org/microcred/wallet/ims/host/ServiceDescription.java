package org.microcred.wallet.ims.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.microcred.wallet.ims.ImsApi;

/**
 * The Service Description Document of one institution's Open Badges 3.0 or CLR 2.0 API: an OpenAPI 3.0 document
 * (1EdTech's {@code ServiceDescriptionDocument}) naming the service, its terms and privacy policy, its image, the
 * server URL, the operations, and the {@code OAuth2ACG} security scheme with the registration, authorization, token
 * and refresh URLs and the scopes. The data model puts {@code x-imssf-image} and {@code x-imssf-privacyPolicyUrl}
 * in {@code info} (the specification's example shows the privacy policy in the scheme); we follow the data model.
 */
public final class ServiceDescription {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What differs between the two APIs. */
    public enum Api {
        OB(ImsApi.OB, "Open Badges 3.0", "3.0", "OpenBadgeCredentials", Map.of(
                ImsApi.OB_CREDENTIAL_READONLY, "Permission to read the earner's Open Badges credentials",
                ImsApi.OB_CREDENTIAL_UPSERT, "Permission to add Open Badges credentials to the earner's wallet",
                ImsApi.OB_PROFILE_READONLY, "Permission to read the earner's profile",
                ImsApi.OB_PROFILE_UPDATE, "Permission to change the earner's profile")),
        CLR(ImsApi.CLR, "Comprehensive Learner Record 2.0", "2.0", "ClrCredentials", Map.of(
                ImsApi.CLR_CREDENTIAL_READONLY, "Permission to read the earner's CLR credentials",
                ImsApi.CLR_CREDENTIAL_UPSERT, "Permission to add CLR credentials to the earner's wallet",
                ImsApi.CLR_PROFILE_READONLY, "Permission to read the earner's profile",
                ImsApi.CLR_PROFILE_UPDATE, "Permission to change the earner's profile"));

        final String path;
        final String standard;
        final String version;
        final String credentialsTag;
        final Map<String, String> scopes;

        Api(String path, String standard, String version, String credentialsTag, Map<String, String> scopes) {
            this.path = path;
            this.standard = standard;
            this.version = version;
            this.credentialsTag = credentialsTag;
            this.scopes = scopes;
        }

        /** By its path under a tenant's base URL: {@code ob/v3p0} or {@code clr/v2p0}. */
        public static Api at(String path) {
            return ("/ims/" + path).equals(OB.path) ? OB : CLR;
        }

        /** The scope whose name ends in the suffix ({@code credential.readonly}...). */
        public String scope(String suffix) {
            return scopes.keySet().stream().filter(s -> s.endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    /** The institution's entries, already resolved from its settings and the defaults. */
    public record Service(String title, String termsOfServiceUrl, String privacyPolicyUrl, String imageUrl) {
    }

    private ServiceDescription() {
    }

    /**
     * @param baseUrl             the tenant's base URL ({@code .../ims-api/<tenant>})
     * @param authorizationServer the realm URL ({@code .../realms/microcred})
     */
    public static ObjectNode of(Api api, Service service, String baseUrl, String authorizationServer) {
        ObjectNode document = JSON.createObjectNode();
        document.put("openapi", "3.0.1");
        ObjectNode info = document.putObject("info");
        info.put("title", service.title());
        info.put("description", "The " + api.standard + " API of this wallet: an earner's credentials and profile,"
                + " read and written by the platforms the earner connects");
        info.put("termsOfService", service.termsOfServiceUrl());
        info.put("version", api.version);
        info.put("x-imssf-image", service.imageUrl());
        info.put("x-imssf-privacyPolicyUrl", service.privacyPolicyUrl());
        document.putArray("servers").addObject().put("url", baseUrl + api.path);
        ArrayNode tags = document.putArray("tags");
        tags.addObject().put("name", api.credentialsTag);
        tags.addObject().put("name", "Discovery");
        ObjectNode paths = document.putObject("paths");
        ObjectNode credentials = paths.putObject("/credentials");
        operation(credentials, "get", api.credentialsTag, "getCredentials", api.scope("credential.readonly"));
        operation(credentials, "post", api.credentialsTag, "upsertCredential", api.scope("credential.upsert"));
        ObjectNode profile = paths.putObject("/profile");
        operation(profile, "get", api.credentialsTag, "getProfile", api.scope("profile.readonly"));
        operation(profile, "put", api.credentialsTag, "putProfile", api.scope("profile.update"));
        operation(paths.putObject("/discovery"), "get", "Discovery", "getServiceDescription", null);
        ObjectNode scheme = document.putObject("components").putObject("securitySchemes").putObject("OAuth2ACG");
        scheme.put("type", "oauth2");
        scheme.put("description", "OAuth 2.0 Authorization Code Grant authorization");
        scheme.put("x-imssf-name", service.title());
        scheme.put("x-imssf-registrationUrl", baseUrl + ImsApi.REGISTER);
        ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode");
        flow.put("authorizationUrl", authorizationServer + "/protocol/openid-connect/auth");
        flow.put("tokenUrl", authorizationServer + "/protocol/openid-connect/token");
        flow.put("refreshUrl", authorizationServer + "/protocol/openid-connect/token");
        ObjectNode scopes = flow.putObject("scopes");
        api.scopes.keySet().stream().sorted().forEach(scope -> scopes.put(scope, api.scopes.get(scope)));
        return document;
    }

    private static void operation(ObjectNode path, String method, String tag, String operationId, String scope) {
        ObjectNode operation = path.putObject(method);
        operation.putArray("tags").add(tag);
        operation.put("operationId", operationId);
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("200").put("description", "Success");
        responses.putObject("default").put("description", "An Imsx_StatusInfo saying why the request was refused");
        if (scope != null) {
            operation.putArray("security").addObject().putArray("OAuth2ACG").add(scope);
        }
    }

    /** The scopes of an API, for the docs and tests. */
    public static List<String> scopesOf(Api api) {
        return api.scopes.keySet().stream().sorted().toList();
    }
}
