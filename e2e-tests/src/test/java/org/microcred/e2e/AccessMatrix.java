package org.microcred.e2e;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A table of endpoints by callers, each cell the statuses expected, run against the real services;
 * prints the whole table and answers every cell that did not match. Unless a row says otherwise, an
 * anonymous caller gets 401 and a caller without an allowed role 403.
 */
final class AccessMatrix {

    /** The callers of every row: Northbridge's users by role, nobody, and a user of Southport. */
    enum Caller {
        ANONYMOUS("anonymous", null),
        EARNER("earner", "nb-earner"),
        ASSESSOR("assessor", "nb-assessor"),
        ISSUER_ADMIN("issuer-admin", "nb-admin"),
        RELEASE_MANAGER("release-mgr", "nb-release"),
        OTHER_TENANT("other tenant", null);

        final String label;
        final String user;

        Caller(String label, String user) {
            this.label = label;
            this.user = user;
        }
    }

    /** The request of a row, made as the user (null: without a token). */
    interface Call {
        Http.Reply as(String user);
    }

    static final class Row {
        final String service;
        final String endpoint;
        final Call call;
        final Map<Caller, Set<Integer>> expected = new EnumMap<>(Caller.class);
        final Map<Caller, Runnable> before = new EnumMap<>(Caller.class);
        final Map<Caller, Consumer<Http.Reply>> after = new EnumMap<>(Caller.class);
        final Map<Caller, Http.Reply> replies = new EnumMap<>(Caller.class);
        String otherTenantUser;
        boolean otherTenantMayListNothing;

        private Row(String service, String endpoint, Call call) {
            this.service = service;
            this.endpoint = endpoint;
            this.call = call;
        }

        /** These callers are allowed and get {@code status}. */
        Row allow(int status, Caller... callers) {
            Arrays.stream(callers).forEach(c -> expected.put(c, Set.of(status)));
            return this;
        }

        /** Open to anyone, with or without a token, of any tenant. */
        Row open(String otherTenant, Integer... statuses) {
            otherTenantUser = otherTenant;
            Arrays.stream(Caller.values()).forEach(c -> expected.put(c, Set.of(statuses)));
            return this;
        }

        /** The other tenant's caller (a user with an allowed role) and what they get. */
        Row otherTenant(String user, Integer... statuses) {
            otherTenantUser = user;
            expected.put(Caller.OTHER_TENANT, Set.of(statuses));
            return this;
        }

        /** For a list filtered by another tenant's id: 404, or 200 with nothing in it. */
        Row otherTenantListsNothing(String user) {
            otherTenantMayListNothing = true;
            return otherTenant(user, 404, 200);
        }

        Row expect(Caller caller, Integer... statuses) {
            expected.put(caller, new LinkedHashSet<>(List.of(statuses)));
            return this;
        }

        Row before(Caller caller, Runnable step) {
            before.put(caller, step);
            return this;
        }

        /** Runs after the caller's request when it succeeded (to keep an id the next rows need). */
        Row then(Caller caller, Consumer<Http.Reply> step) {
            after.put(caller, step);
            return this;
        }

        Set<Integer> expectedOf(Caller caller) {
            return expected.getOrDefault(caller, Set.of(caller == Caller.ANONYMOUS ? 401 : 403));
        }

        private boolean refused(Caller caller) {
            return expectedOf(caller).stream().allMatch(status -> status >= 400);
        }

        /** The refused callers first, so that they meet the state the row was built for. */
        void run() {
            List<Caller> order = Arrays.stream(Caller.values())
                    .sorted(Comparator.comparing((Caller c) -> !refused(c)).thenComparing(Enum::ordinal))
                    .toList();
            for (Caller caller : order) {
                String user = caller == Caller.OTHER_TENANT ? otherTenantUser : caller.user;
                if (caller == Caller.OTHER_TENANT && user == null) {
                    throw new IllegalStateException(endpoint + ": no other-tenant caller given");
                }
                Http.Reply reply;
                try {
                    // A preparing step that fails shows in the cell it prepared.
                    before.getOrDefault(caller, () -> { }).run();
                    reply = call.as(user);
                } catch (RuntimeException e) {
                    replies.put(caller, new Http.Reply(-1, e.toString(), MissingNode.getInstance()));
                    continue;
                }
                replies.put(caller, reply);
                if (reply.status() >= 200 && reply.status() < 300) {
                    after.getOrDefault(caller, r -> { }).accept(reply);
                }
            }
        }

        int status(Caller caller) {
            Http.Reply reply = replies.get(caller);
            return reply == null ? -1 : reply.status();
        }

        String answer(Caller caller) {
            Http.Reply reply = replies.get(caller);
            String text = reply == null || reply.text() == null ? "" : reply.text();
            return text.substring(0, Math.min(300, text.length()));
        }

        boolean matches(Caller caller) {
            int status = status(caller);
            if (!expectedOf(caller).contains(status)) {
                return false;
            }
            // A list filtered by another tenant's id may answer, but must show nothing of it.
            return !(caller == Caller.OTHER_TENANT && otherTenantMayListNothing && status == 200)
                    || LearningClient.items(replies.get(caller).json()).isEmpty();
        }
    }

    private final List<Row> rows = new ArrayList<>();

    Row row(String service, String endpoint, Call call) {
        Row row = new Row(service, endpoint, call);
        rows.add(row);
        return row;
    }

    /** Runs every row in order; prints the matrix; answers the mismatching cells. */
    List<String> run() {
        rows.forEach(Row::run);
        StringBuilder table = new StringBuilder(String.format("%n%-11s %-66s", "service", "endpoint"));
        Arrays.stream(Caller.values()).forEach(c -> table.append(String.format(" %-13s", c.label)));
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            table.append(String.format("%n%-11s %-66s", row.service, row.endpoint));
            for (Caller caller : Caller.values()) {
                int status = row.status(caller);
                String expected = row.expectedOf(caller).stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining("|"));
                boolean ok = row.matches(caller);
                table.append(String.format(" %-13s", ok ? status : status + "≠" + expected));
                if (!ok) {
                    mismatches.add(row.service + " " + row.endpoint + " as " + caller.label + " ("
                            + (caller == Caller.OTHER_TENANT ? row.otherTenantUser : caller.user) + "): expected "
                            + expected + ", got " + status + ": " + row.answer(caller));
                }
            }
        }
        System.out.println(table);
        return mismatches;
    }
}
