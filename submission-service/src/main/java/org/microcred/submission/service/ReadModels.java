package org.microcred.submission.service;

import org.jboss.logging.Logger;

/** What the read-model projectors share. */
final class ReadModels {

    private static final Logger LOG = Logger.getLogger(ReadModels.class);

    private ReadModels() {
    }

    /** An id kept for one tenant arriving for another is never merged: it is logged and ignored. */
    static boolean warnIfOtherTenant(String kept, String arriving, String what, Object id) {
        if (!kept.equals(arriving)) {
            LOG.warnf("%s %s arrived for tenant %s but is kept for %s; ignored", what, id, arriving, kept);
            return true;
        }
        return false;
    }
}
