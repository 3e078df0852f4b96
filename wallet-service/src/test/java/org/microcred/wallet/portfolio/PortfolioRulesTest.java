package org.microcred.wallet.portfolio;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.microcred.support.problem.ProblemException;

/** The portfolio limits as plain rules: each bad shape its status and slug, naming what is wrong. */
class PortfolioRulesTest {

    private static ProblemException refused(Executable rule, int status, String slug) {
        ProblemException e = assertThrows(ProblemException.class, rule);
        assertEquals(status, e.status());
        assertTrue(e.toProblem("/").type().endsWith("/" + slug), e.toProblem("/").type());
        return e;
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> ids.add(UUID.randomUUID()));
        return ids;
    }

    @Test
    void oneToFiftyDistinctCredentialsPass() {
        assertDoesNotThrow(() -> PortfolioRules.checkShape(ids(1)));
        assertDoesNotThrow(() -> PortfolioRules.checkShape(ids(50)));
    }

    @Test
    void eachBadShapeHasItsSlug() {
        refused(() -> PortfolioRules.checkShape(null), 422, "no-credentials");
        refused(() -> PortfolioRules.checkShape(List.of()), 422, "no-credentials");
        refused(() -> PortfolioRules.checkShape(Arrays.asList(UUID.randomUUID(), null)), 422, "no-credentials");
        refused(() -> PortfolioRules.checkShape(ids(51)), 422, "too-many-credentials");
        UUID twice = UUID.randomUUID();
        ProblemException duplicate = refused(() -> PortfolioRules.checkShape(List.of(twice, UUID.randomUUID(), twice)),
                422, "duplicate-credentials");
        assertTrue(duplicate.getMessage().contains(twice.toString()), duplicate.getMessage());
    }

    @Test
    void credentialsNotPresentAreNamed() {
        UUID own = UUID.randomUUID();
        UUID absent = UUID.randomUUID();
        ProblemException unknown = refused(() -> PortfolioRules.checkPresent(List.of(own, absent), List.of(own)), 422,
                "unknown-credentials");
        assertTrue(unknown.getMessage().contains(absent.toString()) && !unknown.getMessage().contains(own.toString()));
        assertDoesNotThrow(() -> PortfolioRules.checkPresent(List.of(own), List.of(own)));
    }

    @Test
    void portfoliosAndOpenLinksAreCounted() {
        assertDoesNotThrow(() -> PortfolioRules.checkRoomForPortfolio(99));
        refused(() -> PortfolioRules.checkRoomForPortfolio(100), 409, "too-many-portfolios");
        assertDoesNotThrow(() -> PortfolioRules.checkRoomForShare(19));
        refused(() -> PortfolioRules.checkRoomForShare(20), 409, "too-many-shares");
    }
}
