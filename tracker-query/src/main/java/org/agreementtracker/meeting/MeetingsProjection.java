package org.agreementtracker.meeting;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.meeting.MeetingRecorded;
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

/**
 * Keeps collection {@value #COLLECTION}, one document per meeting:
 * {@code {_id: meetingId, version, heldOn, title, attendees, recordedAt, recordedBy: {user, role} | null}}.
 */
@ProcessingGroup(MeetingsProjection.PROCESSING_GROUP)
public class MeetingsProjection {

    public static final String PROCESSING_GROUP = "meetings";
    public static final String COLLECTION = "meetings";

    private final VersionedDocuments meetings;

    public MeetingsProjection(MongoDatabase database) {
        this.meetings = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    public void on(MeetingRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        Actor recordedBy = Actor.fromMetadata(metaData);
        meetings.apply(event.meetingId(), sequence, current -> new Document()
                .append("heldOn", Values.date(event.heldOn()))
                .append(Fields.TITLE, event.title())
                .append("attendees", event.attendees())
                .append("recordedAt", Values.instant(recordedAt))
                .append("recordedBy", recordedBy == null ? null
                        : new Document("user", recordedBy.user()).append("role", Values.name(recordedBy.role()))));
    }

    @ResetHandler
    public void reset() {
        meetings.clear();
    }
}
