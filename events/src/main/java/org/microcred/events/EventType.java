package org.microcred.events;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.VersionApproved;
import org.microcred.events.catalogue.VersionRejected;
import org.microcred.events.catalogue.VersionRetired;
import org.microcred.events.catalogue.VersionSubmitted;
import org.microcred.events.catalogue.VersionWithdrawn;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.AwardJobFinished;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.RecognitionDecided;
import org.microcred.events.issuance.AwardAwaitingRelease;
import org.microcred.events.issuance.AwardHeld;
import org.microcred.events.issuance.AwardReleased;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialResigned;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.events.issuance.TranscriptIssued;
import org.microcred.events.issuance.TranscriptRefused;
import org.microcred.events.submission.DraftStarted;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.events.wallet.CredentialStored;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.events.wallet.ExternalCredentialStatusChanged;
import org.microcred.events.wallet.ExternalCredentialSubmitted;
import org.microcred.events.wallet.ShareOpened;
import org.microcred.events.wallet.TranscriptRequested;

/** The catalogue of events: each payload record, its type name, its topic and its schema version. */
public enum EventType {
    ACHIEVEMENT_PUBLISHED("catalogue.achievement.published", Topics.CATALOGUE, AchievementPublished.class),
    VERSION_SUBMITTED("catalogue.version.submitted", Topics.ENROLMENT, VersionSubmitted.class),
    VERSION_WITHDRAWN("catalogue.version.withdrawn", Topics.ENROLMENT, VersionWithdrawn.class),
    VERSION_APPROVED("catalogue.version.approved", Topics.ENROLMENT, VersionApproved.class),
    VERSION_REJECTED("catalogue.version.rejected", Topics.ENROLMENT, VersionRejected.class),
    VERSION_RETIRED("catalogue.version.retired", Topics.ENROLMENT, VersionRetired.class),
    ENROLMENT_CREATED("enrolment.created", Topics.ENROLMENT, EnrolmentCreated.class),
    ENROLMENT_STATUS_CHANGED("enrolment.status.changed", Topics.ENROLMENT, EnrolmentStatusChanged.class),
    ACTIVITY_REPORTED("enrolment.activity.reported", Topics.ENROLMENT, ActivityReported.class),
    PATHWAY_COMPLETED("enrolment.pathway.completed", Topics.ENROLMENT, PathwayCompleted.class),
    CLAIM_OFFERED("enrolment.claim.offered", Topics.ENROLMENT, ClaimOffered.class),
    AWARD_JOB_FINISHED("enrolment.award-job.finished", Topics.ENROLMENT, AwardJobFinished.class),
    RECOGNITION_DECIDED("enrolment.recognition.decided", Topics.ENROLMENT, RecognitionDecided.class),
    SUBMISSION_SUBMITTED("submission.submitted", Topics.SUBMISSION, SubmissionSubmitted.class),
    DRAFT_STARTED("submission.draft.started", Topics.SUBMISSION, DraftStarted.class),
    ASSESSMENT_ASSIGNED("assessment.assigned", Topics.ASSESSMENT, AssessmentAssigned.class),
    ASSESSMENT_DECIDED("assessment.decided", Topics.ASSESSMENT, AssessmentDecided.class),
    CREDENTIAL_ISSUED("credential.issued", Topics.ISSUANCE, CredentialIssued.class),
    CREDENTIAL_STATUS_CHANGED("credential.status.changed", Topics.ISSUANCE, CredentialStatusChanged.class),
    CREDENTIAL_RESIGNED("credential.resigned", Topics.ISSUANCE, CredentialResigned.class),
    CREDENTIAL_STORED("wallet.credential.stored", Topics.WALLET, CredentialStored.class),
    CREDENTIAL_SHARED("wallet.credential.shared", Topics.WALLET, CredentialShared.class),
    SHARE_OPENED("wallet.share.opened", Topics.WALLET, ShareOpened.class),
    TRANSCRIPT_REQUESTED("wallet.transcript.requested", Topics.WALLET, TranscriptRequested.class),
    CREDENTIALS_CLAIMED("wallet.credentials.claimed", Topics.WALLET, CredentialsClaimed.class),
    EXTERNAL_CREDENTIAL_SUBMITTED("wallet.external-credential.submitted", Topics.WALLET,
            ExternalCredentialSubmitted.class),
    EXTERNAL_CREDENTIAL_STATUS_CHANGED("wallet.external-credential.status-changed", Topics.WALLET,
            ExternalCredentialStatusChanged.class),
    TRANSCRIPT_ISSUED("issuance.transcript.issued", Topics.ISSUANCE, TranscriptIssued.class),
    TRANSCRIPT_REFUSED("issuance.transcript.refused", Topics.ISSUANCE, TranscriptRefused.class),
    AWARD_AWAITING_RELEASE("issuance.award.awaiting-release", Topics.ISSUANCE, AwardAwaitingRelease.class),
    AWARD_HELD("issuance.award.held", Topics.ISSUANCE, AwardHeld.class),
    AWARD_RELEASED("issuance.award.released", Topics.ISSUANCE, AwardReleased.class);

    private static final Map<String, EventType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::typeName, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::payloadClass, Function.identity()));

    private final String typeName;
    private final String topic;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String typeName, String topic, Class<? extends EventPayload> payloadClass) {
        this.typeName = typeName;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    public String typeName() {
        return typeName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** All payloads are at schema version 1; bump per type when a field is added. */
    public int schemaVersion() {
        return 1;
    }

    public static EventType of(EventPayload payload) {
        EventType type = BY_CLASS.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Not a registered event payload: " + payload.getClass().getName());
        }
        return type;
    }

    /** The type of that name, or null when this version of the code does not know it. */
    public static EventType byName(String typeName) {
        return BY_NAME.get(typeName);
    }
}
