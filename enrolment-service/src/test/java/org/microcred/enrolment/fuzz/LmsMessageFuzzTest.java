package org.microcred.enrolment.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.Corpus;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;
import org.microcred.enrolment.webhook.LmsMessage;
import org.microcred.enrolment.webhook.LmsMessageParser;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.ControlCharacterModule;

/**
 * LMS webhook bodies into their typed messages ({@link LmsMessageParser}, after the signature check of
 * {@code POST /api/v1/webhooks/lms/{tenant}}), with an object mapper set up as Quarkus sets up the service's (modules
 * found on the class path, unknown properties ignored, control characters refused) and Hibernate Validator. Every body
 * answers a message or a 400 / 422 problem, within {@link Bounded#LIMIT}.
 */
class LmsMessageFuzzTest {

    static final String TARGET = "lms-message";
    private static final Corpus CORPUS = Corpus.of("/org/microcred/enrolment/fuzz/" + TARGET);
    private static final Set<Integer> REFUSALS = Set.of(400, 422);
    private static final List<String> JSON = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "true", "false",
            "\"\"", "\"type\":", "\"data\":", "\"enrolment.requested\"", "\"activity.completed\"", "\"achievementId\":",
            "\"learner\":", "\"id\":", "\"email\":", "\"name\":", "\"activityId\":", "\"completed\":", "\"score\":",
            "\"occurredAt\":", "\"not-a-uuid\"", "\"a@b\"", "100.001", "-0.01", "1e2", "\"2999-01-01T00:00:00Z\"",
            "\"+1000000000-12-31T23:59:59.999999999Z\"", "1767268800", "-9223372036854775809", "\"@class\":");
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private final LmsMessageParser parser = new LmsMessageParser(quarkusLikeMapper(), VALIDATION.getValidator());

    @AfterAll
    static void closeValidation() {
        VALIDATION.close();
    }

    @Test
    void anyBodyIsReadOrRefusedWithAProblem() {
        Mutator mutator = Mutator.ofText(CORPUS.seedTexts(), JSON);
        FuzzRun.check(TARGET, random -> mutator.text(random).getBytes(StandardCharsets.UTF_8), this::parse);
    }

    @Test
    void seedsAndRegressionInputsAreReadOrRefused() {
        for (Path input : CORPUS.replays()) {
            parse(Corpus.read(input));
        }
    }

    @Test
    void theValidSeedsAreRead() {
        assertNotNull(parser.parse(Corpus.read(CORPUS.seedFiles().get(0))).data());
        assertNotNull(parser.parse(Corpus.read(CORPUS.seedFiles().get(1))).data());
    }

    private void parse(byte[] body) {
        Bounded.run(TARGET, body, this::documented, () -> {
            LmsMessage message = parser.parse(body);
            assertNotNull(message.data(), "a message that is read has its data");
            return message;
        });
    }

    private boolean documented(Throwable thrown) {
        return thrown instanceof ProblemException problem && REFUSALS.contains(problem.status());
    }

    private static ObjectMapper quarkusLikeMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        new ControlCharacterModule().customize(mapper);
        return mapper;
    }
}
