package org.agreementtracker.api.meeting;

import org.agreementtracker.api.classification.Withheld;

/**
 * One item of a meeting's agenda: what it is about (an agreement, a milestone of it, an action item) and why it is on
 * the agenda, in words.
 *
 * @param withheld {@code null} unless the reader may not read what it is about; then only its kind and ids are given,
 *                 so the agenda has as many items for every reader
 */
public record AgendaItem(AgendaItemKind kind,
                         String agreementId,
                         String milestoneId,
                         String actionId,
                         String title,
                         String reason,
                         Withheld withheld) {

    public AgendaItem(AgendaItemKind kind, String agreementId, String milestoneId, String actionId, String title,
                      String reason) {
        this(kind, agreementId, milestoneId, actionId, title, reason, null);
    }

    /** The item in place of one the reader may not read. */
    public AgendaItem withheldAs(Withheld why) {
        return new AgendaItem(kind, agreementId, milestoneId, actionId, null, null, why);
    }
}
