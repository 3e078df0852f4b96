package org.microcred.wallet.verification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The allow-list of URL prefixes. A prefix is compared by its parts, not as text: the scheme, host
 * and port must be equal and the path must continue the prefix's at a segment boundary, so
 * {@code https://issuer.example} does not admit {@code https://issuer.example.evil.test/} and
 * {@code /issuers} does not admit {@code /issuers-evil}. Dot segments are resolved first.
 */
public final class TrustedIssuers {

    private final List<URI> prefixes;

    public TrustedIssuers(List<String> prefixes) {
        this.prefixes = prefixes.stream().map(String::trim).filter(p -> !p.isEmpty())
                .map(TrustedIssuers::parse).toList();
    }

    /** The URL, normalised, when it may be fetched; null when it may not (or is not an http(s) URL). */
    public URI admit(String url) {
        URI candidate;
        try {
            candidate = parse(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (candidate.getRawUserInfo() != null || candidate.getHost() == null) {
            return null;
        }
        return prefixes.stream().anyMatch(prefix -> covers(prefix, candidate)) ? candidate : null;
    }

    private static boolean covers(URI prefix, URI url) {
        if (!prefix.getScheme().equalsIgnoreCase(url.getScheme())
                || !prefix.getHost().equalsIgnoreCase(url.getHost())
                || port(prefix) != port(url)) {
            return false;
        }
        String base = prefix.getRawPath() == null ? "" : prefix.getRawPath();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (base.isEmpty() || base.equals("/")) {
            return true;
        }
        if (base.endsWith("/")) {
            return path.startsWith(base);
        }
        return path.equals(base) || path.startsWith(base + "/");
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }

    private static URI parse(String text) {
        try {
            URI uri = new URI(text).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("not an http(s) URL: " + text);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
            // A leading ".." survives normalisation, and an escaped dot or slash may be decoded by the
            // server into one: either could climb out of a prefix.
            if (uri.getHost() == null || path.contains("/../") || path.endsWith("/..")
                    || path.contains("%2e") || path.contains("%2f") || path.contains("%5c")) {
                throw new IllegalArgumentException("not a usable URL: " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + text, e);
        }
    }
}
