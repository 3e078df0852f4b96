package org.microcred.deploy.checks;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The broken (and the few sound) manifests under src/test/resources/fixtures that prove each check can fail. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/fixtures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("No fixture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
