package org.microcred.issuance.oid4vci;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code redirect_uri} of a wallet we redirect to. Wallets have no registration here, so the URI is checked by
 * its form: {@code https}, a private-use scheme of a native app, or {@code http} on the loopback interface (RFC 8252
 * §7); never a fragment, never a scheme a browser would run or read locally. Anything else is refused with an error
 * answered to the browser, not redirected.
 */
final class RedirectUris {

    static final int MAX_LENGTH = 2048;
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("http", "javascript", "data", "file", "vbscript",
            "blob", "about", "ftp", "ws", "wss", "filesystem", "view-source");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "localhost");

    private RedirectUris() {
    }

    static boolean isAcceptable(String redirectUri) {
        if (redirectUri == null || redirectUri.isEmpty() || redirectUri.length() > MAX_LENGTH) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getRawFragment() != null || uri.getScheme() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return uri.getHost() != null && uri.getRawUserInfo() == null;
        }
        if (scheme.equals("http")) {
            return uri.getHost() != null && uri.getRawUserInfo() == null
                    && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        }
        return !FORBIDDEN_SCHEMES.contains(scheme);
    }

    /** The redirect URI with these query parameters appended (values already URL-encoded). */
    static String with(String redirectUri, String query) {
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + query;
    }
}
