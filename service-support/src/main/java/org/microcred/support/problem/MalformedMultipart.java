package org.microcred.support.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Tells a failure of the REST layer's multipart parser caused by the body it was given from one of the server. The
 * parser reports a client's malformed body in several shapes, none of them a client-error type: a body that never
 * reaches its closing boundary (a wrong or empty boundary, a truncated body, LF-only line ends) is an
 * {@code IOException} "Connection terminated reading multipart data", broken part framing a
 * {@code MultipartParser.MalformedMessageException}, an empty {@code boundary=} at the end of the Content-Type a
 * {@code StringIndexOutOfBoundsException} from the header parser. All of them pass through its package.
 */
final class MalformedMultipart {

    /** The package of RESTEasy Reactive's multipart parser: MultiPartParserDefinition, MultipartParser. */
    static final String PARSER_PACKAGE = "org.jboss.resteasy.reactive.server.core.multipart.";

    private MalformedMultipart() {
    }

    /**
     * Whether {@code failure} is the parser refusing a request body. A failure of the server's own (the temporary
     * file for an upload cannot be written: an {@code IOException} wrapped by the parser) is not.
     */
    static boolean isClientError(Throwable failure) {
        boolean fromParser = failure.getClass().getName().startsWith(PARSER_PACKAGE) || Arrays.stream(
                failure.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(PARSER_PACKAGE));
        boolean serverIo = failure instanceof UncheckedIOException || failure.getCause() instanceof IOException;
        return fromParser && !serverIo;
    }
}
