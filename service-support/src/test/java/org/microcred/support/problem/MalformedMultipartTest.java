package org.microcred.support.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Corpus finding (issue 9 E): the multipart parser's failures are the client's, other failures stay the server's. */
class MalformedMultipartTest {

    @Test
    void aFailureRaisedInTheParserIsTheClients() {
        assertTrue(MalformedMultipart.isClientError(raisedBy("MultiPartParserDefinition$MultiPartUploadHandler",
                new IOException("Connection terminated reading multipart data"))));
        assertTrue(MalformedMultipart.isClientError(raisedBy("MultiPartParserDefinition",
                new StringIndexOutOfBoundsException("index 30"))));
    }

    @Test
    void aServerFailureInTheParserOrAFailureElsewhereIsNot() {
        assertFalse(MalformedMultipart.isClientError(raisedBy("MultiPartParserDefinition$MultiPartUploadHandler",
                new RuntimeException(new IOException("No space left on device")))));
        assertFalse(MalformedMultipart.isClientError(new IOException("Connection terminated reading multipart data")));
        assertFalse(MalformedMultipart.isClientError(new IllegalStateException("a bug")));
    }

    private static <T extends Throwable> T raisedBy(String parserClass, T failure) {
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(MalformedMultipart.PARSER_PACKAGE + parserClass, "parse", "Parser.java", 1),
            new StackTraceElement("io.vertx.core.impl.ContextInternal", "dispatch", "ContextInternal.java", 2)});
        return failure;
    }
}
