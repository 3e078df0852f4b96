package org.microcred.issuance;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.microcred.support.persistence.ClaimedIdentityRecord;

/**
 * A stand-in earner id that a learner claimed in the wallet: from then on it is that earner, and a credential issued
 * to the stand-in is recorded under {@link #earnerId}.
 */
@Entity
@Table(name = "claimed_identity")
@IdClass(ClaimedIdentityRecord.Key.class)
public class ClaimedIdentity extends ClaimedIdentityRecord {
}
