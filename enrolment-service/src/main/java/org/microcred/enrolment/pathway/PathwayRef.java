package org.microcred.enrolment.pathway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One micro-credential or pathway a pathway version's rule names: an index of the rule trees. */
@Entity
@Table(name = "pathway_ref")
@IdClass(PathwayRef.Key.class)
public class PathwayRef {

    public static final String ACHIEVEMENT = "achievement";
    public static final String PATHWAY = "pathway";

    @Id
    @Column(name = "pathway_id")
    public UUID pathwayId;

    @Id
    @Column(name = "pathway_version")
    public int pathwayVersion;

    @Id
    public String kind;

    @Id
    @Column(name = "ref_id")
    public UUID refId;

    public static PathwayRef of(Pathway pathway, String kind, UUID refId) {
        PathwayRef ref = new PathwayRef();
        ref.pathwayId = pathway.id;
        ref.pathwayVersion = pathway.version;
        ref.kind = kind;
        ref.refId = refId;
        return ref;
    }

    public static class Key implements Serializable {
        public UUID pathwayId;
        public int pathwayVersion;
        public String kind;
        public UUID refId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && pathwayVersion == k.pathwayVersion && Objects.equals(pathwayId, k.pathwayId)
                    && Objects.equals(kind, k.kind) && Objects.equals(refId, k.refId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pathwayId, pathwayVersion, kind, refId);
        }
    }
}
