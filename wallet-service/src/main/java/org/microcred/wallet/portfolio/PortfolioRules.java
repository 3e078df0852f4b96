package org.microcred.wallet.portfolio;

import java.util.List;
import java.util.UUID;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.CredentialChoice;

/**
 * The limits of portfolios, checked before anything is written. A portfolio holds 1 to {@link #MAX_CREDENTIALS}
 * distinct credentials of its earner's wallet (so of the caller's institution: the wallet is scoped by tenant), a
 * failure answered 422 naming the credentials concerned; an earner has at most {@link #MAX_PORTFOLIOS} portfolios and
 * a portfolio at most {@link #MAX_OPEN_SHARES} open links (409). The title and description's lengths are the request's
 * bean validation (400 {@code validation}), as the columns' checks are the database's.
 */
public final class PortfolioRules {

    public static final int MAX_CREDENTIALS = 50;
    public static final int MAX_PORTFOLIOS = 100;
    public static final int MAX_OPEN_SHARES = 20;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;

    private static final CredentialChoice CHOICE = new CredentialChoice("portfolio", MAX_CREDENTIALS);

    private PortfolioRules() {
    }

    static void checkShape(List<UUID> ids) {
        CHOICE.checkShape(ids);
    }

    /** Another earner's credential, another institution's, a removed one or none at all: the same answer, naming it. */
    static void checkPresent(List<UUID> requested, List<UUID> present) {
        CHOICE.checkInWallet(requested, present);
    }

    static void checkRoomForPortfolio(long portfolios) {
        if (portfolios >= MAX_PORTFOLIOS) {
            throw ProblemException.conflict("too-many-portfolios", "You already have " + portfolios
                    + " portfolios, the most an earner may have; delete one before creating another");
        }
    }

    static void checkRoomForShare(long openShares) {
        if (openShares >= MAX_OPEN_SHARES) {
            throw ProblemException.conflict("too-many-shares", "This portfolio already has " + openShares
                    + " open share links; revoke one before creating another");
        }
    }
}
