package org.microcred.enrolment.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionedDefinition;
import org.microcred.enrolment.pathway.repository.PathwayRuleColumn;

/**
 * One version of a pathway: micro-credentials (and other pathways) that together earn a larger,
 * stacked credential. Like a micro-credential, a published version never changes ({@link VersionLifecycle}).
 */
@Entity
@Table(name = "pathway")
@IdClass(Pathway.Key.class)
public class Pathway extends VersionedDefinition {

    @Id
    public UUID id;

    @Id
    public int version;

    public String name;

    public String description;

    @Column(name = "criteria_narrative")
    public String criteriaNarrative;

    /** The Open Badges achievementType of the stacked credential, for example Certificate. */
    @Column(name = "achievement_type")
    public String achievementType;

    @Column(name = "image_url")
    public String imageUrl;

    @Convert(converter = PathwayRuleColumn.class)
    public PathwayRule rule;

    @Override
    public int versionNumber() {
        return version;
    }

    @Override
    public UUID definitionId() {
        return id;
    }

    @Override
    public String definitionName() {
        return name;
    }

    /** The identity of one version. */
    public static class Key implements Serializable {
        public UUID id;
        public int version;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && version == k.version && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, version);
        }
    }
}
