package org.microcred.credentials.contexts;

/**
 * The CLR 2.0 JSON-LD context, which every {@code ClrCredential} names and which this project may not ship: it is not
 * among the contexts the project was given ({@code src/main/resources/contexts/SOURCES.md}). A deployment supplies it
 * as a file ({@link BundledContexts#SUPPLIED_DIR_VARIABLE}); without it transcripts can be neither signed nor verified
 * here, and the tests that need it are skipped, saying so.
 */
public final class ClrContext {

    /** The context URL 1EdTech's CLR 2.0 schema requires in second place. */
    public static final String URL = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";

    /** What is missing and how to supply it, for refusals and for the line a skipped test prints. */
    public static final String MISSING = "the CLR 2.0 JSON-LD context (" + URL + ") is not bundled and no copy was"
            + " supplied in the directory " + BundledContexts.SUPPLIED_DIR_VARIABLE + " names (see the credentials"
            + " library's contexts/SOURCES.md)";

    private ClrContext() {
    }

    /** Whether this process can sign or verify a CLR 2.0 transcript. */
    public static boolean available() {
        return BundledContexts.loader().knows(URL);
    }
}
