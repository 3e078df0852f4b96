package org.microcred.deploy.checks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A cheap PromQL reader, for want of a real PromQL parser on Maven Central: it tokenizes an expression and checks
 * what a typo breaks (brackets, function names, label matchers, range durations), and names the metrics it selects.
 * It does not type-check (a range vector where an instant vector is due passes); {@code promtool check rules} does.
 * Grafana's variables ({@code $namespace}, {@code $__rate_interval}) are accepted in strings and ranges.
 */
final class PromQl {

    static final Set<String> FUNCTIONS = Set.of("abs", "absent", "absent_over_time", "acos", "acosh", "asin",
            "asinh", "atan", "atanh", "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "cos",
            "cosh", "count_over_time", "day_of_month", "day_of_week", "day_of_year", "days_in_month", "deg", "delta",
            "deriv", "double_exponential_smoothing", "exp", "floor", "histogram_avg", "histogram_count",
            "histogram_fraction", "histogram_quantile", "histogram_stddev", "histogram_stdvar", "histogram_sum",
            "holt_winters", "hour", "idelta", "increase", "irate", "label_join", "label_replace",
            "last_over_time", "ln", "log10", "log2", "mad_over_time", "max_over_time", "min_over_time", "minute",
            "month", "pi", "predict_linear", "present_over_time", "quantile_over_time", "rad", "rate", "resets",
            "round", "scalar", "sgn", "sin", "sinh", "sort", "sort_by_label", "sort_by_label_desc", "sort_desc",
            "sqrt", "stddev_over_time", "stdvar_over_time", "sum_over_time", "tan", "tanh", "time", "timestamp",
            "vector", "year");
    static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar", "count",
            "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    /** Keywords followed by a parenthesised list of label names. */
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");
    private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2",
            "inf", "nan");
    private static final Set<String> MATCH_OPERATORS = Set.of("=", "!=", "=~", "!~");
    private static final Pattern DURATION = Pattern.compile("(\\d+(ms|s|m|h|d|w|y))+");

    private enum Kind { IDENT, NUMBER, DURATION, STRING, VARIABLE, PUNCT }

    private record Token(Kind kind, String text) {
    }

    /** What was read: the metric names selected, and what is wrong (empty when it reads). */
    record Reading(Set<String> metrics, List<String> problems) {
    }

    private PromQl() {
    }

    static Reading read(String expression) {
        List<String> problems = new ArrayList<>();
        List<Token> tokens = tokens(expression == null ? "" : expression, problems);
        Set<String> metrics = new TreeSet<>();
        if (tokens.isEmpty()) {
            problems.add("empty expression");
        }
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String inside = open.isEmpty() ? "" : open.peek();
            switch (token.kind) {
                case PUNCT -> i = punctuation(tokens, i, open, problems);
                case IDENT -> {
                    if (inside.equals("{")) {
                        i = matcher(tokens, i, problems);
                    } else if (inside.equals("labels")) {
                        // a label name of by (...), on (...)
                    } else if (LABEL_LISTS.contains(token.text)) {
                        boolean listOptional = token.text.startsWith("group_");
                        if (listOptional && (next == null || !next.text.equals("("))) {
                            continue;
                        }
                        if (next == null || !next.text.equals("(")) {
                            problems.add(token.text + " without its ( label list )");
                        } else {
                            open.push("labels");
                            i++;
                        }
                    } else if (AGGREGATIONS.contains(token.text) && next != null
                            && (next.text.equals("by") || next.text.equals("without"))) {
                        // sum by (job) (...): the aggregation's parenthesis follows its label list
                    } else if (OPERATOR_WORDS.contains(token.text.toLowerCase())) {
                        // and, or, unless, offset...: an operator, not a metric
                    } else if (next != null && next.text.equals("(")) {
                        if (!FUNCTIONS.contains(token.text) && !AGGREGATIONS.contains(token.text)
                                ) {
                            problems.add("unknown function " + token.text);
                        }
                    } else {
                        metrics.add(token.text);
                    }
                }
                case VARIABLE -> problems.add("variable " + token.text + " outside a string or a range");
                default -> {
                    // numbers and strings stand where an operand may
                }
            }
        }
        for (String unclosed : open) {
            problems.add("unclosed " + (unclosed.equals("labels") ? "(" : unclosed));
        }
        return new Reading(metrics, problems);
    }

    /** Brackets and ranges; returns the index of the last token consumed. */
    private static int punctuation(List<Token> tokens, int i, Deque<String> open, List<String> problems) {
        String text = tokens.get(i).text;
        switch (text) {
            case "(", "{" -> open.push(text);
            case "[" -> {
                return range(tokens, i, problems);
            }
            case ")", "}", "]" -> {
                String expected = text.equals(")") ? "(" : text.equals("}") ? "{" : "[";
                String top = open.isEmpty() ? null : open.pop();
                if (top == null || !(top.equals(expected) || (top.equals("labels") && text.equals(")")))) {
                    problems.add("unbalanced " + text);
                    if (top != null) {
                        open.push(top);
                    }
                }
            }
            default -> {
                // an operator
            }
        }
        return i;
    }

    /** {@code [5m]}, {@code [$__rate_interval]}, {@code [1h:5m]}: returns the index of the closing bracket. */
    private static int range(List<Token> tokens, int i, List<String> problems) {
        int j = i + 1;
        boolean durationSeen = false;
        boolean wrong = false;
        while (j < tokens.size() && !tokens.get(j).text.equals("]")) {
            Token t = tokens.get(j);
            boolean ok = t.kind == Kind.DURATION || t.kind == Kind.VARIABLE || t.text.equals(":");
            if (!ok && !wrong) {
                problems.add("range [" + t.text + "...]: a duration expected");
                wrong = true;
            }
            durationSeen |= t.kind != Kind.PUNCT;
            j++;
        }
        if (j == tokens.size()) {
            problems.add("unclosed [");
        } else if (!durationSeen && !wrong) {
            problems.add("empty range []");
        }
        return j;
    }

    /** {@code label op "value"} inside braces: returns the index of the value. */
    private static int matcher(List<Token> tokens, int i, List<String> problems) {
        String label = tokens.get(i).text;
        Token op = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        Token value = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        if (op == null || !MATCH_OPERATORS.contains(op.text)) {
            problems.add("label matcher " + label + " without =, !=, =~ or !~");
            return i;
        }
        if (value == null || value.kind != Kind.STRING) {
            problems.add("label matcher " + label + op.text + " without a quoted value");
            return i + 1;
        }
        return i + 2;
    }

    private static List<Token> tokens(String s, List<String> problems) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                i++;
                while (i < s.length() && s.charAt(i) != c) {
                    i += s.charAt(i) == '\\' && c != '`' ? 2 : 1;
                }
                if (i >= s.length()) {
                    problems.add("unterminated string " + s.substring(start));
                }
                i++;
                tokens.add(new Token(Kind.STRING, s.substring(start, Math.min(i, s.length()))));
            } else if (c == '$') {
                i++;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_{}".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Kind.VARIABLE, s.substring(start, i)));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                String text = s.substring(start, i);
                boolean duration = DURATION.matcher(text).matches();
                if (!duration && !text.matches("\\d*\\.?\\d+([eE][+-]?\\d+)?|0x[0-9a-fA-F]+")) {
                    problems.add("neither a number nor a duration: " + text);
                }
                tokens.add(new Token(duration ? Kind.DURATION : Kind.NUMBER, text));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_:".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENT, s.substring(start, i)));
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                String op = Set.of("==", "!=", "=~", "!~", ">=", "<=").contains(two) ? two : String.valueOf(c);
                if ("(){}[],:=<>+-*/%^@!".indexOf(c) < 0) {
                    problems.add("unexpected character " + c);
                }
                i += op.length();
                tokens.add(new Token(Kind.PUNCT, op));
            }
        }
        return tokens;
    }
}
