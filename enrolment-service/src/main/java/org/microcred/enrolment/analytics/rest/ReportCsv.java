package org.microcred.enrolment.analytics.rest;

import java.util.ArrayList;
import java.util.List;
import org.microcred.enrolment.analytics.AchievementReport;
import org.microcred.enrolment.analytics.SurveyResults;
import org.microcred.support.rest.CsvCell;

/**
 * A report as CSV (RFC 4180, CRLF, a header row): one line per figure, {@code section,item,measure,value}, so every
 * figure of the JSON is one cell a spreadsheet can pivot on. Cells through service-support's {@link CsvCell}.
 */
final class ReportCsv {

    static final String HEADER = "section,item,measure,value";

    private final List<String> lines = new ArrayList<>();

    private ReportCsv() {
        lines.add(HEADER);
    }

    static String of(AchievementReport r) {
        ReportCsv csv = new ReportCsv();
        csv.add("report", "achievementId", "value", r.achievementId());
        csv.add("report", "version", "value", r.version());
        csv.add("report", "from", "value", r.from());
        csv.add("report", "to", "value", r.to());
        csv.add("report", "cohort", "value", r.cohort());
        csv.add("report", "feedbackTargetDays", "value", r.feedbackTargetDays());
        for (AchievementReport.FunnelStage s : r.funnel()) {
            csv.add("funnel", s.stage(), "count", s.count());
            csv.add("funnel", s.stage(), "from", s.from());
            csv.add("funnel", s.stage(), "conversion", s.conversion());
            csv.add("funnel", s.stage(), "dropOff", s.dropOff());
        }
        csv.timing("timeToFirstFeedback", r.timeToFirstFeedback());
        csv.timing("timeToDecision", r.timeToDecision());
        AchievementReport.Decisions d = r.decisions();
        csv.add("decisions", "all", "count", d.count());
        csv.add("decisions", "award", "count", d.award());
        csv.add("decisions", "revise", "count", d.revise());
        csv.add("decisions", "deny", "count", d.deny());
        csv.add("decisions", "award", "rate", d.passRate());
        csv.add("decisions", "revise", "rate", d.reviseRate());
        csv.add("decisions", "deny", "rate", d.denyRate());
        csv.add("attemptsPerAward", "awards", "count", r.attemptsPerAward().awards());
        csv.add("attemptsPerAward", "attempts", "mean", r.attemptsPerAward().mean());
        for (AchievementReport.CriterionStruggle c : r.criteriaBelowRequired()) {
            csv.add("criteriaBelowRequired", c.criterionId(), "name", c.name());
            csv.add("criteriaBelowRequired", c.criterionId(), "judged", c.judged());
            csv.add("criteriaBelowRequired", c.criterionId(), "belowRequired", c.belowRequired());
            csv.add("criteriaBelowRequired", c.criterionId(), "share", c.share());
        }
        AchievementReport.SecondMarking m = r.secondMarking();
        csv.add("secondMarking", "decisions", "count", m.decisions());
        csv.add("secondMarking", "agreed", "count", m.agreed());
        csv.add("secondMarking", "disagreed", "count", m.disagreed());
        csv.add("secondMarking", "agreed", "rate", m.agreementRate());
        csv.add("credentialUse", "shares", "count", r.credentialUse().shares());
        csv.add("credentialUse", "sharedCredentials", "count", r.credentialUse().sharedCredentials());
        csv.add("credentialUse", "shareViews", "count", r.credentialUse().shareViews());
        csv.add("survey", "responses", "count", r.survey().responses());
        for (SurveyResults.QuestionResult q : r.survey().questions()) {
            csv.add("survey", q.id(), "text", q.text());
            csv.add("survey", q.id(), "answers", q.answers());
            csv.add("survey", q.id(), "mean", q.mean());
            q.distribution().forEach((value, n) -> csv.add("survey", q.id(), "answer:" + value, n));
        }
        return csv.text();
    }

    private void timing(String section, AchievementReport.Timing t) {
        add(section, "all", "count", t.count());
        add(section, "p50", "hours", t.p50Hours());
        add(section, "p90", "hours", t.p90Hours());
        if (t.overTarget() != null) {
            add(section, "overTarget", "count", t.overTarget());
            add(section, "overTarget", "share", t.overTargetShare());
        }
    }

    void add(String section, String item, String measure, Object value) {
        lines.add(CsvCell.of(section) + "," + CsvCell.of(item) + "," + CsvCell.of(measure) + ","
                + CsvCell.of(value instanceof java.math.BigDecimal b ? b.toPlainString() : value));
    }

    String text() {
        return String.join("\r\n", lines) + "\r\n";
    }
}
