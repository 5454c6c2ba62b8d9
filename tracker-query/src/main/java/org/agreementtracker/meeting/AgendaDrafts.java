package org.agreementtracker.meeting;

import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.Agenda;
import org.agreementtracker.api.meeting.AgendaItem;
import org.agreementtracker.api.meeting.AgendaItemKind;
import org.agreementtracker.api.meeting.FindAgenda;
import org.agreementtracker.api.meeting.ListActions;
import org.agreementtracker.api.meeting.ListMeetings;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.asof.BoardSources;
import org.agreementtracker.classification.Redaction;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers {@link FindAgenda}: the agenda the committee set for a meeting, or else the one the tracker drafts from the
 * board as of the meeting's moment (now while it is planned, its {@code seenAt} once held), against the board the
 * last held meeting before it saw:
 * <ol>
 * <li>milestones due by the meeting's day and not achieved ({@link AgendaItemKind#OVERDUE_MILESTONE});</li>
 * <li>milestones whose sides' accounts disagree ({@link AgendaItemKind#DISPUTED_MILESTONE});</li>
 * <li>action items of earlier meetings still open, by owner ({@link AgendaItemKind#OPEN_ACTION});</li>
 * <li>agreements whose confidence fell ({@link AgendaItemKind#CONFIDENCE_FELL});</li>
 * <li>agreements whose status, progress, confidence or reports changed
 * ({@link AgendaItemKind#CHANGED_SINCE_LAST_MEETING}).</li>
 * </ol>
 * The draft is worked out on the whole board and then cut to the reader: an item about what they may not read keeps
 * its place, withheld, so every reader's agenda has the same items.
 */
public class AgendaDrafts {

    private final MeetingQueries meetings;
    private final BoardSources boards;
    private final Redaction redaction;
    private final Clock clock;

    public AgendaDrafts(MeetingQueries meetings, BoardSources boards, Redaction redaction, Clock clock) {
        this.meetings = meetings;
        this.boards = boards;
        this.redaction = redaction;
        this.clock = clock;
    }

    @QueryHandler
    public Agenda find(FindAgenda query, MetaData metaData) {
        MeetingView meeting = meetings.meeting(query.meetingId());
        if (meeting == null) {
            return null;
        }
        Instant asOf = meeting.held() ? meeting.seenAt() : clock.instant();
        MeetingView since = previous(meeting, asOf);
        List<AgendaItem> set = meetings.agendaSet(meeting.id());
        List<AgendaItem> items = set != null ? set : draft(meeting, since, meeting.held() ? asOf : null);
        return new Agenda(meeting.id(), asOf, since, set != null, cut(items, redaction.readerOf(metaData)));
    }

    /** The last meeting held before this one's moment: the one whose board "changed since" compares with. */
    private MeetingView previous(MeetingView meeting, Instant asOf) {
        return meetings.list(new ListMeetings(), everything()).stream()
                       .filter(other -> other.held() && !other.id().equals(meeting.id())
                                        && other.seenAt().isBefore(asOf))
                       .max(Comparator.comparing(MeetingView::seenAt))
                       .orElse(null);
    }

    private MetaData everything() {
        return MetaData.from(redaction.everything().toMetadata());
    }

    /** {@code asOf} {@code null}: the live board. */
    private List<AgendaItem> draft(MeetingView meeting, MeetingView since, Instant asOf) {
        LocalDate today = asOf == null ? LocalDate.now(clock) : LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        LocalDate dueBy = meeting.heldOn().isAfter(today) ? meeting.heldOn() : today;
        List<AgendaItem> items = new ArrayList<>();
        List<MilestoneRow> milestones = boards.milestoneRows(new ListMilestones(null, null, null, null, asOf),
                                                             everything());
        for (MilestoneRow row : milestones) {
            if (row.status().open() && row.dueOn() != null && !row.dueOn().isAfter(dueBy)) {
                items.add(new AgendaItem(AgendaItemKind.OVERDUE_MILESTONE, row.agreementId(), row.milestoneId(),
                                         null, milestoneTitle(row), due(row, today)));
            }
        }
        for (MilestoneRow row : milestones) {
            if (row.status() == MilestoneStatus.DISPUTED) {
                items.add(new AgendaItem(AgendaItemKind.DISPUTED_MILESTONE, row.agreementId(), row.milestoneId(),
                                         null, milestoneTitle(row), "The sides' accounts disagree; owner "
                                                 + row.owner() + ", due " + row.dueOn()));
            }
        }
        meetings.list(new ListActions(null, ActionStatus.OPEN, null), everything()).stream()
                .filter(action -> !action.meetingId().equals(meeting.id()))
                .sorted(Comparator.comparing(ActionView::owner).thenComparing(ActionView::dueOn))
                .forEach(action -> items.add(new AgendaItem(AgendaItemKind.OPEN_ACTION, first(action.agreementIds()),
                                                            null, action.id(), action.title(), open(action, today))));
        if (since != null) {
            items.addAll(changes(since, asOf));
        }
        return items;
    }

    /** What changed on the board between the last meeting's moment and {@code asOf}, agreement by agreement. */
    private List<AgendaItem> changes(MeetingView since, Instant asOf) {
        Map<String, AgreementRow> then = boards.agreementRows(new ListAgreements(null, null, null, null, null,
                                                                                 since.seenAt()), everything())
                                               .stream()
                                               .collect(Collectors.toMap(AgreementRow::id, Function.identity()));
        List<AgendaItem> fell = new ArrayList<>();
        List<AgendaItem> changed = new ArrayList<>();
        for (AgreementRow now : boards.agreementRows(new ListAgreements(null, null, null, null, null, asOf),
                                                     everything())) {
            AgreementRow before = then.get(now.id());
            String title = now.ref() + " " + now.title();
            if (before == null) {
                changed.add(new AgendaItem(AgendaItemKind.CHANGED_SINCE_LAST_MEETING, now.id(), null, null, title,
                                           "Registered since the meeting of " + since.heldOn()));
                continue;
            }
            Confidence confidenceThen = confidence(before);
            Confidence confidenceNow = confidence(now);
            if (confidenceThen != null && confidenceNow != null && confidenceNow.compareTo(confidenceThen) > 0) {
                fell.add(new AgendaItem(AgendaItemKind.CONFIDENCE_FELL, now.id(), null, null, title,
                                        "Confidence " + Summaries.words(confidenceThen) + " at the meeting of "
                                                + since.heldOn() + ", " + Summaries.words(confidenceNow) + " now"));
            }
            List<String> differences = new ArrayList<>();
            if (before.status() != now.status()) {
                differences.add("status " + Summaries.words(before.status()) + " → "
                                        + Summaries.words(now.status()));
            }
            if (!sameNumber(before.progressPercent(), now.progressPercent())) {
                differences.add("progress " + percent(before.progressPercent()) + " → "
                                        + percent(now.progressPercent()));
            }
            if (confidenceThen != confidenceNow) {
                differences.add("confidence " + Summaries.words(confidenceThen) + " → "
                                        + Summaries.words(confidenceNow));
            }
            if (now.lastActivityAt() != null && now.lastActivityAt().isAfter(since.seenAt())) {
                differences.add("new reports or steps, the latest recorded "
                                        + LocalDate.ofInstant(now.lastActivityAt(), ZoneOffset.UTC));
            }
            if (!differences.isEmpty()) {
                String reason = String.join("; ", differences);
                changed.add(new AgendaItem(AgendaItemKind.CHANGED_SINCE_LAST_MEETING, now.id(), null, null, title,
                                           Character.toUpperCase(reason.charAt(0)) + reason.substring(1)));
            }
        }
        List<AgendaItem> items = new ArrayList<>(fell);
        items.addAll(changed);
        return items;
    }

    /** Each item as {@code reader} may read it: one about what they may not read keeps its kind and ids only. */
    private List<AgendaItem> cut(List<AgendaItem> items, Clearance reader) {
        if (redaction.readsEverything(reader)) {
            return items;
        }
        Redaction.View view = redaction.view(reader, items.stream().map(AgendaItem::agreementId)
                                                          .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, Withheld> withheldActions = meetings.list(ListActions.all(), MetaData.from(reader.toMetadata()))
                                                        .stream().filter(action -> action.withheld() != null)
                                                        .collect(Collectors.toMap(ActionView::id,
                                                                                  ActionView::withheld));
        return items.stream().map(item -> {
            Withheld why = item.milestoneId() != null ? view.withheldMilestone(item.agreementId(), item.milestoneId())
                    : item.agreementId() != null ? view.withheldAgreement(item.agreementId()) : null;
            if (why == null && item.actionId() != null) {
                why = withheldActions.get(item.actionId());
            }
            return why == null ? item : item.withheldAs(why);
        }).toList();
    }

    private static String milestoneTitle(MilestoneRow row) {
        return row.title() + " (" + row.agreementRef() + ")";
    }

    private static String due(MilestoneRow row, LocalDate today) {
        String when = row.dueOn().isBefore(today) ? "Overdue since " + row.dueOn() : "Due on " + row.dueOn();
        return when + "; " + Summaries.words(row.status()) + (row.progressPercent() == null ? ""
                : ", " + percent(row.progressPercent())) + "; owner " + row.owner();
    }

    private static String open(ActionView action, LocalDate today) {
        String when = action.dueOn().isBefore(today) ? "overdue since " + action.dueOn() : "due " + action.dueOn();
        ActionView.Report last = action.lastReport();
        return "Owner " + action.owner() + ", " + when + "; decided on " + action.decidedOn()
                + (last == null ? "; no report yet"
                : "; last report " + Summaries.words(last.status()) + " on " + last.occurredOn());
    }

    private static Confidence confidence(AgreementRow row) {
        return row.latestReview() == null ? null : row.latestReview().confidence();
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String percent(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString() + "%";
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? null : ids.get(0);
    }
}
