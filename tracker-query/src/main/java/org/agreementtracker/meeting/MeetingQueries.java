package org.agreementtracker.meeting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.meeting.DecisionView;
import org.agreementtracker.api.meeting.FindMeeting;
import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.api.meeting.ListMeetings;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.Values;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Answers {@link ListMeetings} (the latest held first) and {@link FindMeeting} from {@value MeetingsProjection#COLLECTION}. */
public class MeetingQueries {

    private final MongoCollection<Document> meetings;

    public MeetingQueries(MongoDatabase database) {
        this.meetings = database.getCollection(MeetingsProjection.COLLECTION);
    }

    @QueryHandler
    public List<MeetingView> list(ListMeetings query) {
        List<MeetingView> all = new ArrayList<>();
        for (Document meeting : meetings.find()) {
            all.add(view(meeting));
        }
        all.sort(Comparator.comparing(MeetingView::heldOn).thenComparing(MeetingView::recordedAt).reversed());
        return all;
    }

    @QueryHandler
    public MeetingView find(FindMeeting query) {
        Document meeting = meetings.find(Filters.eq("_id", query.meetingId())).first();
        return meeting == null ? null : view(meeting);
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

    private static MeetingView view(Document meeting) {
        LocalDate heldOn = Values.date(meeting.get("heldOn"));
        Instant recordedAt = Values.instant(meeting.get("recordedAt"));
        MeetingStatus status = meeting.containsKey(Fields.STATUS)
                ? Values.enumOf(MeetingStatus.class, meeting.get(Fields.STATUS)) : MeetingStatus.HELD;
        Document by = meeting.get("recordedBy", Document.class);
        return new MeetingView(meeting.getString("_id"), status, heldOn, meeting.getString(Fields.TITLE),
                               Values.strings(meeting, "attendees"), recordedAt,
                               by == null ? null : new Actor(by.getString("user"),
                                                             Values.enumOf(Role.class, by.get("role")), null, null),
                               status == MeetingStatus.HELD ? seenAt(heldOn, recordedAt) : null,
                               Values.each(meeting, "decisions", decision -> new DecisionView(
                                       decision.getString("_id"), decision.getString("text"),
                                       Values.strings(decision, "agreementIds"),
                                       Values.strings(decision, "actionIds"), null)));
    }
}
