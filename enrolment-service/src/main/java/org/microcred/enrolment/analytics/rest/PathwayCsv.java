package org.microcred.enrolment.analytics.rest;

import java.util.ArrayList;
import java.util.List;
import org.microcred.enrolment.analytics.PathwayReport;
import org.microcred.support.rest.CsvCell;

/** A pathway report as CSV: {@code section,item,measure,value}, as {@link ReportCsv}. */
final class PathwayCsv {

    private PathwayCsv() {
    }

    static String of(PathwayReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(ReportCsv.HEADER);
        line(lines, "report", "pathwayId", "value", r.pathwayId());
        line(lines, "report", "version", "value", r.version());
        line(lines, "report", "from", "value", r.from());
        line(lines, "report", "to", "value", r.to());
        line(lines, "earners", "enrolled", "count", r.earnersEnrolled());
        line(lines, "earners", "started", "count", r.earnersStarted());
        line(lines, "earners", "completed", "count", r.earnersCompleted());
        line(lines, "earners", "completed", "rate", r.completionRate() == null ? null : r.completionRate().toPlainString());
        for (PathwayReport.Component c : r.components()) {
            String id = c.achievementId().toString();
            line(lines, "component", id, "name", c.name());
            line(lines, "component", id, "enrolled", c.enrolled());
            line(lines, "component", id, "started", c.started());
            line(lines, "component", id, "awarded", c.awarded());
            line(lines, "component", id, "issued", c.issued());
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static void line(List<String> lines, String section, String item, String measure, Object value) {
        lines.add(CsvCell.of(section) + "," + CsvCell.of(item) + "," + CsvCell.of(measure) + "," + CsvCell.of(value));
    }
}
