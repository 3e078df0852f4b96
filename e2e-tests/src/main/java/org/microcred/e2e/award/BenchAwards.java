package org.microcred.e2e.award;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.e2e.JourneyClient;

/**
 * Awards for the realm's earners, made the award benchmark's way (AWARD decisions published to
 * {@code assessment.events.v1} as assessment-service's relay would, {@link AwardPublisher}) and waited for in the
 * wallet, for benchmarks that start from awarded credentials: the delivery benchmark sends them to wallet apps.
 */
public final class BenchAwards {

    /** Per institution: its issuer-admin, an assessor, and its earners (those the load driver uses). */
    private static final String[][] TENANTS = {
        {"nb-admin", "nb-assessor", "nb-earner", "nb-earner2"},
        {"sp-admin", "sp-assessor", "sp-earner", "sp-earner2"}};
    /** The wallet's page size limit: the awards are read back in one page per earner. */
    public static final int MAX_PER_EARNER = 200;

    /** One award in an earner's wallet: whose it is, the institution, and the credential's id. */
    public record EarnerAward(String username, String tenant, String credentialId) {
    }

    private BenchAwards() {
    }

    /**
     * Publishes a micro-credential per institution and {@code perEarner} awards of it to each earner, waits until the
     * wallet holds them all (giving up when none arrives for {@code stall}), and answers them, the earners in turn.
     */
    public static List<EarnerAward> make(JourneyClient client, int perEarner, String name, Duration stall)
            throws SQLException, InterruptedException {
        if (perEarner < 1 || perEarner > MAX_PER_EARNER) {
            throw new IllegalArgumentException("awards per earner: 1 to " + MAX_PER_EARNER);
        }
        List<Institution> institutions = new ArrayList<>();
        for (String[] people : TENANTS) {
            institutions.add(Institution.publish(client, people, name));
        }
        List<UUID> achievementIds = institutions.stream().map(Institution::achievementId).toList();
        int expected = 0;
        try (AwardPublisher publisher = new AwardPublisher(); WalletProbe wallet = new WalletProbe(System.getenv())) {
            for (Institution institution : institutions) {
                int awards = perEarner * institution.earners().size();
                for (int n = 0; n < awards; n++) {
                    institution.award(publisher, n);
                }
                expected += awards;
            }
            publisher.flush();
            if (!WalletWait.until(wallet, achievementIds, expected, stall)) {
                throw new IllegalStateException("The awards did not all reach the wallet: are issuance-service and"
                        + " wallet-service running (bin/services status)?");
            }
        }
        return inTurn(client, institutions, Set.copyOf(achievementIds.stream().map(UUID::toString).toList()));
    }

    /** Each earner's awards of the benchmark's micro-credentials, read from their wallet, interleaved by earner. */
    private static List<EarnerAward> inTurn(JourneyClient client, List<Institution> institutions,
            Set<String> achievementIds) {
        List<List<EarnerAward>> byEarner = new ArrayList<>();
        for (Institution institution : institutions) {
            for (BenchEarner earner : institution.earners()) {
                JsonNode page = client.http().get(client.endpoints().wallet() + "/api/v1/wallet/credentials?limit="
                        + MAX_PER_EARNER, client.token(earner.username())).expect(200).json();
                byEarner.add(JourneyClient.items(page)
                        .filter(entry -> achievementIds.contains(entry.path("achievementId").asText()))
                        .map(entry -> new EarnerAward(earner.username(), earner.tenantId(), entry.path("id").asText()))
                        .toList());
            }
        }
        List<EarnerAward> awards = new ArrayList<>();
        int most = byEarner.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < most; i++) {
            for (List<EarnerAward> earners : byEarner) {
                if (i < earners.size()) {
                    awards.add(earners.get(i));
                }
            }
        }
        return awards;
    }

    /** How many of the awards each earner holds, as a report states them. */
    public static Map<String, Long> countByEarner(List<EarnerAward> awards) {
        return awards.stream().collect(Collectors.groupingBy(EarnerAward::username, TreeMap::new,
                Collectors.counting()));
    }
}
