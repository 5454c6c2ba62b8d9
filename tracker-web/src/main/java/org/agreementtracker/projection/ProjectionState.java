package org.agreementtracker.projection;

/**
 * One projection as {@code GET /admin/projections} shows it.
 *
 * @param name            its processing group, the name to rebuild it by
 * @param status          RUNNING, REPLAYING (being rebuilt), ERROR (stuck on an event its handler fails on, retrying)
 *                        or STOPPED
 * @param position        every event up to this position has been handled
 * @param headPosition    the position of the log's last event
 * @param replaying       whether it is being rebuilt from the start of the log
 * @param progressPercent how far it is from the start of the log to the head, 0 to 100
 * @param rebuildable     whether {@code POST /admin/projections/{name}/rebuild} may rebuild it (never the audit
 *                        chain)
 */
public record ProjectionState(String name,
                              Status status,
                              long position,
                              long headPosition,
                              boolean replaying,
                              int progressPercent,
                              boolean rebuildable) {

    public enum Status { RUNNING, REPLAYING, ERROR, STOPPED }

    static int progress(long position, long head) {
        return head <= 0 ? 100 : (int) Math.min(100, Math.max(0, position) * 100 / head);
    }
}
