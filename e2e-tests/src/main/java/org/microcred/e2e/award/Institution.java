package org.microcred.e2e.award;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.award.AwardPublisher.Published;

/** One institution of the benchmark: the micro-credential it published, an assessor, and the earners it awards. */
record Institution(UUID achievementId, int achievementVersion, BenchEarner assessor, List<BenchEarner> earners) {

    /** Publishes a micro-credential as the institution's issuer-admin ({@code people}: admin, assessor, earners). */
    static Institution publish(JourneyClient client, String[] people, String name) {
        String id = client.publishAchievement(people[0], name);
        int version = client.http().get(client.endpoints().enrolment() + "/api/v1/achievements/" + id,
                client.token(people[0])).expect(200).json().path("version").asInt();
        List<BenchEarner> earners = new ArrayList<>();
        for (int i = 2; i < people.length; i++) {
            earners.add(BenchEarner.fromToken(people[i], client.token(people[i])));
        }
        return new Institution(UUID.fromString(id), version, BenchEarner.fromToken(people[1], client.token(people[1])),
                List.copyOf(earners));
    }

    /** The {@code n}th award of this institution, to its earners in turn. */
    Published award(AwardPublisher publisher, int n) {
        return publisher.publish(earners.get(n % earners.size()), assessor, achievementId, achievementVersion);
    }
}
