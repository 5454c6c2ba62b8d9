package org.agreementtracker.api.meeting;

/**
 * One item of a meeting's agenda: what it is about (an agreement, a milestone of it, an action item) and why it is on
 * the agenda, in words.
 */
public record AgendaItem(AgendaItemKind kind,
                         String agreementId,
                         String milestoneId,
                         String actionId,
                         String title,
                         String reason) {
}
