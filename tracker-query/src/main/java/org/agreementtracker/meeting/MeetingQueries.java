package org.agreementtracker.meeting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.AgendaItem;
import org.agreementtracker.api.meeting.AgendaItemKind;
import org.agreementtracker.api.meeting.DecisionView;
import org.agreementtracker.api.meeting.FindAction;
import org.agreementtracker.api.meeting.FindMeeting;
import org.agreementtracker.api.meeting.ListActions;
import org.agreementtracker.api.meeting.ListMeetings;
import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.Values;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.agreementtracker.meeting.MeetingsProjection.*;

/**
 * Answers {@link ListMeetings} (the latest held first), {@link FindMeeting}, {@link ListActions} (due date first) and
 * {@link FindAction} from the collections of {@link MeetingsProjection}. A decision, and each action item it gave, is
 * withheld from a reader who may not read it: its own classification (its agreements' when it was recorded) or any
 * of its agreements as classified now.
 */
public class MeetingQueries {

    private final MongoCollection<Document> meetings;
    private final MongoCollection<Document> actions;
    private final Redaction redaction;
    private final Clock clock;

    public MeetingQueries(MongoDatabase database, Redaction redaction, Clock clock) {
        this.meetings = database.getCollection(COLLECTION);
        this.actions = database.getCollection(ACTIONS);
        this.redaction = redaction;
        this.clock = clock;
    }

    @QueryHandler
    public List<MeetingView> list(ListMeetings query, MetaData metaData) {
        Clearance reader = redaction.readerOf(metaData);
        List<MeetingView> all = new ArrayList<>();
        for (Document meeting : meetings.find()) {
            all.add(view(meeting, reader));
        }
        all.sort(Comparator.comparing(MeetingView::heldOn).thenComparing(MeetingView::recordedAt).reversed());
        return all;
    }

    @QueryHandler
    public MeetingView find(FindMeeting query, MetaData metaData) {
        Document meeting = meetings.find(Filters.eq("_id", query.meetingId())).first();
        return meeting == null ? null : view(meeting, redaction.readerOf(metaData));
    }

    /** A meeting as the tracker itself reads it, nothing withheld: for the answers built on its dates. */
    MeetingView meeting(String meetingId) {
        Document meeting = meetings.find(Filters.eq("_id", meetingId)).first();
        return meeting == null ? null : view(meeting, null);
    }

    /** The agenda the committee set for a meeting, in its order; {@code null} when it set none. */
    List<AgendaItem> agendaSet(String meetingId) {
        Document meeting = meetings.find(Filters.eq("_id", meetingId)).first();
        if (meeting == null || meeting.get(AGENDA) == null) {
            return null;
        }
        return Values.each(meeting, AGENDA, item -> new AgendaItem(
                Values.enumOf(AgendaItemKind.class, item.get("kind")), item.getString(Fields.AGREEMENT_ID),
                item.getString(Fields.MILESTONE_ID), item.getString("actionId"), item.getString(Fields.TITLE),
                item.getString("reason")));
    }

    @QueryHandler
    public List<ActionView> list(ListActions query, MetaData metaData) {
        Clearance reader = redaction.readerOf(metaData);
        LocalDate today = LocalDate.now(clock);
        List<Bson> filters = new ArrayList<>();
        if (query.owner() != null) {
            filters.add(Filters.eq(Fields.OWNER, query.owner()));
        }
        if (query.status() != null) {
            filters.add(Filters.eq(Fields.STATUS, Values.name(query.status())));
        }
        boolean filtered = !filters.isEmpty() || query.overdue() != null;
        List<Document> found = actions.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                                      .into(new ArrayList<>());
        Redaction.View readable = view(reader, found);
        List<ActionView> rows = new ArrayList<>();
        for (Document action : found) {
            ActionView view = action(action, today, reader, readable);
            if (view.withheld() != null && filtered) {
                continue; // a filter would tell what the reader may not read: that it matches
            }
            if (query.overdue() == null || view.withheld() != null || view.overdue() == query.overdue()) {
                rows.add(view);
            }
        }
        rows.sort(Comparator.comparing((ActionView row) -> row.dueOn() == null ? LocalDate.MAX : row.dueOn())
                            .thenComparing(ActionView::id));
        return rows;
    }

    @QueryHandler
    public ActionView find(FindAction query, MetaData metaData) {
        Document action = actions.find(Filters.eq("_id", query.actionId())).first();
        Clearance reader = redaction.readerOf(metaData);
        return action == null ? null : action(action, LocalDate.now(clock), reader, view(reader, List.of(action)));
    }

    /**
     * The moment whose board a meeting saw: when it was recorded, the committee knowing what the tracker knew then;
     * but no later than the end of the day it was held on (UTC), for a meeting recorded days afterwards knew nothing
     * recorded after it.
     */
    public static Instant seenAt(LocalDate heldOn, Instant recordedAt) {
        Instant endOfDay = heldOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        return recordedAt.isBefore(endOfDay) ? recordedAt : endOfDay;
    }

    /**
     * What {@code reader} may read of the agreements the documents' {@code agreementIds} name, looked up once for
     * them all; {@code null} for the tracker itself, which reads everything.
     */
    private Redaction.View view(Clearance reader, List<Document> documents) {
        if (reader == null) {
            return null;
        }
        Set<String> agreementIds = new HashSet<>();
        documents.forEach(document -> agreementIds.addAll(Values.strings(document, AGREEMENT_IDS)));
        return redaction.view(reader, agreementIds);
    }

    /** Why {@code reader} may not read what is classified so and concerns these agreements; {@code null}: they may. */
    private Withheld withheld(Clearance reader, Redaction.View view, Object classification,
                              List<String> agreementIds) {
        if (reader == null) {
            return null;
        }
        Classification own = Values.classification(classification);
        if (own != null && !redaction.allows(reader, own)) {
            return Withheld.beyond(own);
        }
        for (String agreementId : agreementIds) {
            Withheld withheld = view.withheldAgreement(agreementId);
            if (withheld != null) {
                return withheld;
            }
        }
        return null;
    }

    /** Evidence items keep their place; of one the reader may not read, only its classification is told. */
    private List<Evidence> readable(List<Evidence> evidence, Clearance reader) {
        return evidence.stream()
                       .map(item -> reader == null || item.classification() == null
                               || redaction.allows(reader, item.classification()) ? item
                               : new Evidence(null, null, null, null, item.classification()))
                       .toList();
    }

    private MeetingView view(Document meeting, Clearance reader) {
        LocalDate heldOn = Values.date(meeting.get(HELD_ON));
        Instant recordedAt = Values.instant(meeting.get(RECORDED_AT));
        MeetingStatus status = meeting.containsKey(Fields.STATUS)
                ? Values.enumOf(MeetingStatus.class, meeting.get(Fields.STATUS)) : MeetingStatus.HELD;
        Document by = meeting.get(RECORDED_BY, Document.class);
        Redaction.View decisions = view(reader, Values.documents(meeting, DECISIONS));
        return new MeetingView(meeting.getString("_id"), status, heldOn, meeting.getString(Fields.TITLE),
                               Values.strings(meeting, ATTENDEES), recordedAt,
                               by == null ? null : new Actor(by.getString("user"),
                                                             Values.enumOf(Role.class, by.get("role")), null, null),
                               status == MeetingStatus.HELD ? seenAt(heldOn, recordedAt) : null,
                               Values.each(meeting, DECISIONS, decision -> decision(decision, reader, decisions)));
    }

    private DecisionView decision(Document decision, Clearance reader, Redaction.View view) {
        List<String> agreementIds = Values.strings(decision, AGREEMENT_IDS);
        Withheld withheld = withheld(reader, view, decision.get(CLASSIFICATION), agreementIds);
        String id = decision.getString("_id");
        return withheld != null ? DecisionView.withheld(id, withheld)
                : new DecisionView(id, decision.getString(TEXT), agreementIds, Values.strings(decision, ACTION_IDS),
                                   null);
    }

    private ActionView action(Document action, LocalDate today, Clearance reader, Redaction.View view) {
        String id = action.getString("_id");
        List<String> agreementIds = Values.strings(action, AGREEMENT_IDS);
        Withheld withheld = withheld(reader, view, action.get(CLASSIFICATION), agreementIds);
        if (withheld != null) {
            return ActionView.withheld(id, withheld);
        }
        ActionStatus status = Values.enumOf(ActionStatus.class, action.get(Fields.STATUS));
        LocalDate dueOn = Values.date(action.get(Fields.DUE_ON));
        return new ActionView(id, action.getString(MEETING_ID), action.getString(DECISION_ID),
                              Values.date(action.get(DECIDED_ON)), action.getString(Fields.TITLE),
                              action.getString(Fields.OWNER), action.getString(OWNER_SIDE), dueOn, status,
                              action.getString(DROP_REASON), status == ActionStatus.OPEN && dueOn.isBefore(today),
                              agreementIds,
                              Values.each(action, REPORTS, report -> new ActionView.Report(
                                      report.getString("reportId"), report.getString("body"),
                                      Values.date(report.get("occurredOn")),
                                      Values.enumOf(ActionReportStatus.class, report.get(Fields.STATUS)),
                                      report.getString("note"), readable(Values.evidence(report, "evidence"), reader),
                                      Values.instant(report.get(RECORDED_AT)))),
                              null);
    }
}
