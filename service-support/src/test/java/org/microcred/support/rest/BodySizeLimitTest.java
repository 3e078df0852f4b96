package org.microcred.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

class BodySizeLimitTest {

    private static MemorySize bytes(long n) {
        return new MemorySize(BigInteger.valueOf(n));
    }

    private static BodySizeLimit limits(Optional<MemorySize> multipart, Map<String, MemorySize> paths) {
        return new BodySizeLimit(new BodyLimitConfig() {
            @Override
            public MemorySize defaultLimit() {
                return bytes(1000);
            }

            @Override
            public Optional<MemorySize> multipart() {
                return multipart;
            }

            @Override
            public Map<String, MemorySize> paths() {
                return paths;
            }
        });
    }

    @Test
    void theLongestMatchingPathPrefixWinsThenMultipartThenTheDefault() {
        BodySizeLimit limit = limits(Optional.of(bytes(5000)),
                Map.of("/api/v1/verify", bytes(2000), "/api/v1/verify/baked", bytes(9000)));
        assertEquals(9000, limit.limitOf("/api/v1/verify/baked", "multipart/form-data; boundary=x"));
        assertEquals(2000, limit.limitOf("/api/v1/verify", "application/json"));
        assertEquals(5000, limit.limitOf("/api/v1/submissions/1/files", "Multipart/Form-Data; boundary=x"));
        assertEquals(1000, limit.limitOf("/api/v1/submissions", "application/json"));
        assertEquals(1000, limit.limitOf("/api/v1/submissions", null));
    }

    @Test
    void withoutAMultipartLimitUploadsGetTheDefault() {
        assertEquals(1000, limits(Optional.empty(), Map.of()).limitOf("/upload", "multipart/form-data"));
    }

    @Test
    void aMissingLengthIsNotJudgedAndAnUnreadableOneIsTooLarge() {
        assertEquals(-1, BodySizeLimit.declaredLength(null));
        assertEquals(42, BodySizeLimit.declaredLength(" 42 "));
        assertEquals(Long.MAX_VALUE, BodySizeLimit.declaredLength("lots"));
    }

    @Test
    void aResourceThatFindsTheBodyTooLongAnswersTheSameProblem() {
        ProblemException problem = BodySizeLimit.tooLarge(65536);
        assertEquals(413, problem.status());
        assertEquals("https://microcred.org/problems/body-too-large", problem.toProblem("/x").type());
    }
}
