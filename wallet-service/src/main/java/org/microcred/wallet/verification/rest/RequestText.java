package org.microcred.wallet.verification.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;

/**
 * A request body as text: within its size limit, and strict UTF-8 (anything else is not JSON or a JWS). A body
 * that declares its length is held to the limit before it is read ({@link BodySizeLimit}); this catches one that
 * did not declare it.
 */
public final class RequestText {

    private RequestText() {
    }

    public static String utf8(byte[] body, long maxBytes, String what) {
        if (body == null || body.length == 0) {
            throw new ProblemException(400, "malformed-json", "Malformed credential", "The body is empty: send the "
                    + what);
        }
        if (body.length > maxBytes) {
            throw BodySizeLimit.tooLarge(maxBytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "malformed-json", "Malformed credential", "The body is not UTF-8 text");
        }
    }
}
