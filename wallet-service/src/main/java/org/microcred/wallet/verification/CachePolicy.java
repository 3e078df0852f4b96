package org.microcred.wallet.verification;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long a fetched document may be reused, from its {@code Cache-Control} header. */
final class CachePolicy {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*max-age\\s*=\\s*\"?(\\d{1,10})\"?\\s*(?:,|$)");

    private CachePolicy() {
    }

    /**
     * {@code max-age}, capped at {@code cap}; zero (do not keep) without one, or with {@code no-store}
     * or {@code no-cache}: a status list that asks not to be cached must be fetched every time, or a
     * revocation would go unseen.
     */
    static Duration ttl(String cacheControl, Duration cap) {
        if (cacheControl == null) {
            return Duration.ZERO;
        }
        String value = cacheControl.toLowerCase(Locale.ROOT);
        if (value.contains("no-store") || value.contains("no-cache")) {
            return Duration.ZERO;
        }
        Matcher matcher = MAX_AGE.matcher(value);
        if (!matcher.find()) {
            return Duration.ZERO;
        }
        Duration maxAge = Duration.ofSeconds(Long.parseLong(matcher.group(1)));
        return maxAge.compareTo(cap) > 0 ? cap : maxAge;
    }
}
