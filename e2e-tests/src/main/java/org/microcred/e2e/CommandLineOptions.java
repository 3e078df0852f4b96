package org.microcred.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name value} pairs the command-line tools (the load driver, the award benchmark) take. */
public final class CommandLineOptions {

    private CommandLineOptions() {
    }

    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
