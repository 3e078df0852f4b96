package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.testing.Tokens;

/**
 * Who an earner is: the email Keycloak verified, copied into the enrolment (and from there into the credential); and
 * only tokens issued for the services (audience {@code microcred-api}) count. Needs the demo realm of bin/infra.
 */
@Tag("servers")
@QuarkusTest
class EarnerIdentityTest {

    @Test
    void anEarnerWhoseEmailIsNotVerifiedCannotEnrol() {
        UUID achievement = EnrolmentFixture.published("Unverified email " + UUID.randomUUID());
        EnrolmentFixture.enrol("nb-unverified", achievement)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/email-not-verified"));
        given().auth().oauth2(Tokens.user("nb-unverified")).get("/api/v1/enrolments")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theEnrolmentHoldsTheVerifiedEmailOfTheToken() {
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner2",
                EnrolmentFixture.published("Verified email " + UUID.randomUUID()));
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/enrolments/" + enrolment)
                .then().statusCode(200)
                .body("earnerEmail", equalTo(Tokens.claim("nb-earner2", "email")));
    }

    @Test
    void aTokenOfTheRealmThatIsNotForTheServicesIsRefused() {
        // assessment-service's own client: a valid signature from the same realm, but no microcred-api audience.
        given().auth().oauth2(Tokens.assessmentServiceClient()).get("/api/v1/enrolments")
                .then().statusCode(401);
    }
}
