package org.microcred.issuance.oid4vci;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.microcred.issuance.holder.CopyFormat;

/**
 * The two credential configurations this issuer offers (OpenID4VCI 1.0 §12.2.4): the Open Badges 3.0
 * AchievementCredential ({@code OpenBadgeCredential}) as {@code ldp_vc} and as {@code jwt_vc_json}, both bound to
 * the holder. A credential identifier (returned in {@code authorization_details} when the wallet asked with them)
 * names one configuration of one award: {@code <configuration id>:<award id>}.
 */
public final class CredentialConfigurations {

    public static final String LDP_VC = "OpenBadgeCredential_ldp_vc";
    public static final String JWT_VC_JSON = "OpenBadgeCredential_jwt_vc_json";
    public static final List<String> ALL = List.of(LDP_VC, JWT_VC_JSON);
    /** The OAuth scope a wallet asks each configuration with (authorization-code flow), in the order of {@link #ALL}. */
    static final List<String> SCOPES = List.of("ob3_achievement_ldp_vc", "ob3_achievement_jwt_vc_json");

    /** The contexts and types every credential issued here states (jsonld's builders write the same). */
    static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    static final List<String> TYPES = List.of("VerifiableCredential", "OpenBadgeCredential");

    private CredentialConfigurations() {
    }

    public static boolean isKnown(String configurationId) {
        return ALL.contains(configurationId);
    }

    public static CopyFormat formatOf(String configurationId) {
        return switch (configurationId) {
            case LDP_VC -> CopyFormat.LDP_VC;
            case JWT_VC_JSON -> CopyFormat.JWT_VC_JSON;
            default -> throw new IllegalArgumentException("Unknown credential configuration " + configurationId);
        };
    }

    static String scopeOf(String configurationId) {
        return SCOPES.get(ALL.indexOf(configurationId));
    }

    /** The configuration of a scope, when it is one of {@link #SCOPES}. */
    static Optional<String> ofScope(String scope) {
        int index = SCOPES.indexOf(scope);
        return index < 0 ? Optional.empty() : Optional.of(ALL.get(index));
    }

    static String identifier(String configurationId, UUID awardId) {
        return configurationId + ":" + awardId;
    }

    /** The configuration an identifier names, when it names one of these configurations of this award. */
    static Optional<String> configurationOf(String identifier, UUID awardId, List<String> offered) {
        return offered.stream().filter(id -> identifier(id, awardId).equals(identifier)).findFirst();
    }
}
