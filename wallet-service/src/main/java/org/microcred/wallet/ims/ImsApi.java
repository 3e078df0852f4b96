package org.microcred.wallet.ims;

import java.util.List;

/**
 * Where 1EdTech's Open Badges 3.0 and CLR 2.0 REST APIs live on this wallet, and their OAuth 2.0 scopes (the realm's
 * client scopes of the same names, deploy/keycloak/microcred-realm.json). One base URL per institution:
 * {@code <public base>/ims-api/<tenant>}; the specifications put their paths under it ({@code /ims/ob/v3p0/...},
 * {@code /ims/clr/v2p0/...}). The fixed {@code /ims-api/} prefix lets an Ingress route every tenant's API by one
 * path prefix.
 */
public final class ImsApi {

    /** The prefix of every tenant's base URL. */
    public static final String PREFIX = "/ims-api";
    /** Open Badges 3.0 under a tenant's base URL. */
    public static final String OB = "/ims/ob/v3p0";
    /** CLR 2.0 under a tenant's base URL. */
    public static final String CLR = "/ims/clr/v2p0";
    /** Dynamic client registration (RFC 7591) under a tenant's base URL, for both APIs. */
    public static final String REGISTER = "/register";

    private static final String OB_SCOPE = "https://purl.imsglobal.org/spec/ob/v3p0/scope/";
    private static final String CLR_SCOPE = "https://purl.imsglobal.org/spec/clr/v2p0/scope/";

    public static final String OB_CREDENTIAL_READONLY = OB_SCOPE + "credential.readonly";
    public static final String OB_CREDENTIAL_UPSERT = OB_SCOPE + "credential.upsert";
    public static final String OB_PROFILE_READONLY = OB_SCOPE + "profile.readonly";
    public static final String OB_PROFILE_UPDATE = OB_SCOPE + "profile.update";
    public static final String CLR_CREDENTIAL_READONLY = CLR_SCOPE + "credential.readonly";
    public static final String CLR_CREDENTIAL_UPSERT = CLR_SCOPE + "credential.upsert";
    public static final String CLR_PROFILE_READONLY = CLR_SCOPE + "profile.readonly";
    public static final String CLR_PROFILE_UPDATE = CLR_SCOPE + "profile.update";

    /** Every scope a registered platform may ask for. */
    public static final List<String> SCOPES = List.of(OB_CREDENTIAL_READONLY, OB_CREDENTIAL_UPSERT,
            OB_PROFILE_READONLY, OB_PROFILE_UPDATE, CLR_CREDENTIAL_READONLY, CLR_CREDENTIAL_UPSERT,
            CLR_PROFILE_READONLY, CLR_PROFILE_UPDATE);

    /** The realm client scope every registered platform gets by default: audience microcred-api and the tenant. */
    public static final String API_CLIENT_SCOPE = "ims-api";

    private ImsApi() {
    }

    /** A tenant's base URL, e.g. https://credentials.example.edu/ims-api/northbridge. */
    public static String baseUrl(String publicBaseUrl, String tenant) {
        return publicBaseUrl + PREFIX + "/" + tenant;
    }
}
