package org.microcred.wallet.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.microcred.wallet.config.PublicBaseUrlConfig;

/** Where recognizers reach this service: the share pages' absolute URLs (canonical, OpenGraph, LinkedIn). */
@ApplicationScoped
public class PageUrls {

    public static final String SHARES = "/api/v1/public/shares/";

    private final PublicBaseUrlConfig config;
    private final int port;

    public PageUrls(PublicBaseUrlConfig config, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.config = config;
        this.port = port;
    }

    /** The base URL without a trailing slash, as share links are made ({@code WalletResource}). */
    public String base() {
        return config.base(port);
    }

    /** The page (and JSON) of a share token. */
    public String share(String token) {
        return base() + SHARES + token;
    }
}
