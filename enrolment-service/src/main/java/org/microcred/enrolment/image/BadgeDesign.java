package org.microcred.enrolment.image;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The generated badge's layout, shared by its SVG and its PNG so both show the same thing: a 512 px disc in the
 * institution's background colour, a ring in its accent colour, and the name in its foreground colour, wrapped
 * at word boundaries into at most {@value #MAX_LINES} lines of {@value #LINE_CHARS} characters; a longer name is
 * cut with an ellipsis, a longer word broken.
 */
record BadgeDesign(List<String> lines, String background, String foreground, String accent) {

    static final int SIZE = 512;
    static final int MAX_LINES = 4;
    static final int LINE_CHARS = 16;
    private static final Pattern HEX_COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    static BadgeDesign of(String name, String background, String foreground, String accent) {
        return new BadgeDesign(wrap(name == null ? "" : name.strip()), colour(background, "#1f3a5f"),
                colour(foreground, "#ffffff"), colour(accent, "#f2b705"));
    }

    /** Colours from configuration go into markup: anything but #rrggbb falls back rather than being written out. */
    private static String colour(String value, String fallback) {
        return value != null && HEX_COLOUR.matcher(value).matches() ? value : fallback;
    }

    int fontSize() {
        return lines.size() <= 2 ? 44 : lines.size() == 3 ? 40 : 34;
    }

    /** The baseline of each line, the block centred on the disc. */
    int baseline(int line) {
        int step = fontSize() + 10;
        int top = SIZE / 2 - (lines.size() * step) / 2 + fontSize() - 6;
        return top + line * step;
    }

    static List<String> wrap(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("\\s+")) {
            while (word.length() > LINE_CHARS) {
                flush(lines, line);
                lines.add(word.substring(0, LINE_CHARS - 1) + "-");
                word = word.substring(LINE_CHARS - 1);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                flush(lines, line);
            }
            if (!word.isEmpty()) {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        flush(lines, line);
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = kept.get(MAX_LINES - 1);
            String cut = last.length() >= LINE_CHARS ? last.substring(0, LINE_CHARS - 1) : last;
            kept.set(MAX_LINES - 1, cut + "\u2026");
            return List.copyOf(kept);
        }
        return List.copyOf(lines);
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
        }
    }
}
