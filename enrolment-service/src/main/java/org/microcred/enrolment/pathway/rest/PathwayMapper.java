package org.microcred.enrolment.pathway.rest;

import java.util.List;
import java.util.Objects;
import org.microcred.enrolment.governance.rest.ReviewStepView;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayRule;

/** Between the pathway API records and the entity. */
final class PathwayMapper {

    private PathwayMapper() {
    }

    static Pathway toEntity(PathwayRequest request) {
        Pathway p = new Pathway();
        p.name = request.name();
        p.description = request.description();
        p.criteriaNarrative = request.criteriaNarrative();
        p.achievementType = Objects.requireNonNullElse(request.achievementType(), "Certificate");
        p.imageUrl = request.imageUrl();
        p.rule = rule(request.rule());
        return p;
    }

    private static PathwayRule rule(PathwayRequest.Rule r) {
        if (r == null) {
            return null;
        }
        List<PathwayRule> items = r.items() == null ? null : r.items().stream().map(PathwayMapper::rule).toList();
        return new PathwayRule(r.kind(), r.min(), items, r.achievementId(), r.pathwayId());
    }

    static PathwayView toView(Pathway p) {
        return toView(p, null);
    }

    static PathwayView toView(Pathway p, List<ReviewStepView> reviews) {
        return new PathwayView(p.id, p.version, p.status.name(), p.name, p.description, p.criteriaNarrative,
                p.achievementType, p.imageUrl, p.rule, p.createdAt, p.updatedAt, p.publishedAt, p.retiredAt,
                p.state(), reviews == null ? null : p.submittedBy, reviews == null ? null : p.submittedAt, reviews);
    }
}
