package org.agreementtracker.api.meeting;

/**
 * Where a meeting's action item stands: OPEN until its owner reports it DONE, or the committee drops it with a reason
 * (DROPPED: "not pursued", kept with its reason, never deleted).
 */
public enum ActionStatus {
    OPEN, DONE, DROPPED;

    public boolean closed() {
        return this != OPEN;
    }
}
