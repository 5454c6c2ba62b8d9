package org.agreementtracker.meeting;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.meeting.ActionDropped;
import org.agreementtracker.api.meeting.ActionProgressReported;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.meeting.AgendaItem;
import org.agreementtracker.api.meeting.AgendaSet;
import org.agreementtracker.api.meeting.DecisionRecorded;
import org.agreementtracker.api.meeting.MeetingHeld;
import org.agreementtracker.api.meeting.MeetingPlanned;
import org.agreementtracker.api.meeting.MeetingRecorded;
import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.Values;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps two collections from the meetings' events.
 * <ul>
 * <li>{@value #COLLECTION}, one document per meeting: {@code {_id: meetingId, version, status, heldOn, title,
 * attendees, recordedAt, recordedBy: {user, role} | null, agenda: [item] | null, decisions: [{_id, text,
 * agreementIds, actionIds, classification}]}}; a planned meeting's {@code heldOn} is the day it is planned for and its
 * attendees who is invited, until it is held.</li>
 * <li>{@value #ACTIONS}, one document per action item: {@code {_id: actionId, version, meetingId, decisionId,
 * decidedOn, title, owner, ownerSide, dueOn, status, dropReason, agreementIds, classification, reports: [...]}};
 * its version is its meeting's, whose events it takes in.</li>
 * </ul>
 */
@ProcessingGroup(MeetingsProjection.PROCESSING_GROUP)
public class MeetingsProjection {

    public static final String PROCESSING_GROUP = "meetings";
    public static final String COLLECTION = "meetings";
    public static final String ACTIONS = "meeting_actions";

    static final String HELD_ON = "heldOn";
    static final String ATTENDEES = "attendees";
    static final String RECORDED_AT = "recordedAt";
    static final String RECORDED_BY = "recordedBy";
    static final String AGENDA = "agenda";
    static final String DECISIONS = "decisions";
    static final String TEXT = "text";
    static final String AGREEMENT_IDS = "agreementIds";
    static final String ACTION_IDS = "actionIds";
    static final String CLASSIFICATION = "classification";
    static final String MEETING_ID = "meetingId";
    static final String DECISION_ID = "decisionId";
    static final String DECIDED_ON = "decidedOn";
    static final String OWNER_SIDE = "ownerSide";
    static final String DROP_REASON = "dropReason";
    static final String REPORTS = "reports";

    private final VersionedDocuments meetings;
    private final VersionedDocuments actions;

    public MeetingsProjection(MongoDatabase database) {
        this.meetings = new VersionedDocuments(database.getCollection(COLLECTION));
        this.actions = new VersionedDocuments(database.getCollection(ACTIONS));
        actions.collection().createIndex(Indexes.ascending(Fields.OWNER));
    }

    @EventHandler
    public void on(MeetingRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        meetings.apply(event.meetingId(), sequence, current -> meeting(MeetingStatus.HELD, event.heldOn().toString(),
                                                                        event.title(), event.attendees(), recordedAt,
                                                                        metaData));
    }

    @EventHandler
    public void on(MeetingPlanned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        meetings.apply(event.meetingId(), sequence, current -> meeting(MeetingStatus.PLANNED,
                                                                        event.plannedOn().toString(), event.title(),
                                                                        event.invited(), recordedAt, metaData));
    }

    @EventHandler
    public void on(MeetingHeld event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        meetings.apply(event.meetingId(), sequence, current -> current == null ? null : current
                .append(Fields.STATUS, Values.name(MeetingStatus.HELD))
                .append(HELD_ON, Values.date(event.heldOn()))
                .append(ATTENDEES, event.attendees())
                .append(RECORDED_AT, Values.instant(recordedAt))
                .append(RECORDED_BY, recorder(metaData)));
    }

    @EventHandler
    public void on(AgendaSet event, @SequenceNumber long sequence) {
        meetings.apply(event.meetingId(), sequence, current -> current == null ? null : current
                .append(AGENDA, event.items().stream().map(MeetingsProjection::agendaItem).toList()));
    }

    @EventHandler
    public void on(DecisionRecorded event, @SequenceNumber long sequence) {
        Document meeting = meetings.find(event.meetingId());
        Object decidedOn = meeting == null ? null : meeting.get(HELD_ON);
        Document classification = Values.classification(event.classification());
        meetings.apply(event.meetingId(), sequence, current -> {
            if (current == null) {
                return null;
            }
            List<Document> decisions = Values.documents(current, DECISIONS);
            decisions.add(new Document("_id", event.decisionId())
                                  .append(TEXT, event.text())
                                  .append(AGREEMENT_IDS, event.agreementIds())
                                  .append(ACTION_IDS, event.actions().stream().map(ActionItem::actionId).toList())
                                  .append(CLASSIFICATION, classification));
            return current.append(DECISIONS, decisions);
        });
        for (ActionItem item : event.actions()) {
            actions.apply(item.actionId(), sequence, current -> new Document()
                    .append(MEETING_ID, event.meetingId())
                    .append(DECISION_ID, event.decisionId())
                    .append(DECIDED_ON, decidedOn)
                    .append(Fields.TITLE, item.title())
                    .append(Fields.OWNER, item.owner())
                    .append(OWNER_SIDE, item.ownerSide())
                    .append(Fields.DUE_ON, Values.date(item.dueOn()))
                    .append(Fields.STATUS, Values.name(ActionStatus.OPEN))
                    .append(DROP_REASON, null)
                    .append(AGREEMENT_IDS, event.agreementIds())
                    .append(CLASSIFICATION, classification)
                    .append(REPORTS, new ArrayList<Document>()));
        }
    }

    @EventHandler
    public void on(ActionProgressReported event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        actions.apply(event.actionId(), sequence, current -> {
            if (current == null) {
                return null;
            }
            List<Document> reports = Values.documents(current, REPORTS);
            reports.add(new Document("reportId", event.reportId())
                                .append("body", event.body())
                                .append("occurredOn", Values.date(event.occurredOn()))
                                .append(Fields.STATUS, Values.name(event.status()))
                                .append("note", event.note())
                                .append("evidence", Values.evidence(event.evidence()))
                                .append(RECORDED_AT, Values.instant(recordedAt)));
            if (event.status() == ActionReportStatus.DONE) {
                current.append(Fields.STATUS, Values.name(ActionStatus.DONE));
            }
            return current.append(REPORTS, reports);
        });
    }

    @EventHandler
    public void on(ActionDropped event, @SequenceNumber long sequence) {
        actions.apply(event.actionId(), sequence, current -> current == null ? null : current
                .append(Fields.STATUS, Values.name(ActionStatus.DROPPED))
                .append(DROP_REASON, event.reason()));
    }

    @ResetHandler
    public void reset() {
        meetings.clear();
        actions.clear();
    }

    private static Document meeting(MeetingStatus status, String heldOn, String title, List<String> attendees,
                                    Instant recordedAt, MetaData metaData) {
        return new Document()
                .append(Fields.STATUS, Values.name(status))
                .append(HELD_ON, heldOn)
                .append(Fields.TITLE, title)
                .append(ATTENDEES, attendees)
                .append(RECORDED_AT, Values.instant(recordedAt))
                .append(RECORDED_BY, recorder(metaData))
                .append(AGENDA, null)
                .append(DECISIONS, new ArrayList<Document>());
    }

    private static Document recorder(MetaData metaData) {
        Actor recordedBy = Actor.fromMetadata(metaData);
        return recordedBy == null ? null
                : new Document("user", recordedBy.user()).append("role", Values.name(recordedBy.role()));
    }

    static Document agendaItem(AgendaItem item) {
        return new Document("kind", Values.name(item.kind()))
                .append(Fields.AGREEMENT_ID, item.agreementId())
                .append(Fields.MILESTONE_ID, item.milestoneId())
                .append("actionId", item.actionId())
                .append(Fields.TITLE, item.title())
                .append("reason", item.reason());
    }
}
