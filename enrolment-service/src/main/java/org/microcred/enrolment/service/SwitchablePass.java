package org.microcred.enrolment.service;

import java.time.Duration;
import org.jboss.logging.Logger;
import org.microcred.support.background.RepeatingPass;

/**
 * The lifecycle of a {@link RepeatingPass} that a setting can turn off in one instance and that committed work wakes:
 * the notification sender's and the LMS inbox processor's. On, the passes start with the application (the first at
 * once, for what waited while it was down) and stop with it. Off, nothing runs and a wake does nothing: the rows wait
 * for an instance where it is on, and the start says so in the log.
 */
public final class SwitchablePass {

    private static final Logger LOG = Logger.getLogger(SwitchablePass.class);

    private final RepeatingPass passes;
    private final boolean enabled;
    private final String whenOff;

    /** @param whenOff the warning logged at the start when off, naming the setting that turned it off */
    public SwitchablePass(RepeatingPass passes, boolean enabled, String whenOff) {
        this.passes = passes;
        this.enabled = enabled;
        this.whenOff = whenOff;
    }

    /** From the owner's {@code StartupEvent} observer. */
    public void start() {
        if (enabled) {
            passes.start(Duration.ZERO);
        } else {
            LOG.warn(whenOff);
        }
    }

    /** From the owner's {@code ShutdownEvent} observer. */
    public void stop() {
        passes.stop();
    }

    /** Work was committed: a pass now rather than at the next poll, if on. */
    public void wake() {
        if (enabled) {
            passes.wake();
        }
    }
}
