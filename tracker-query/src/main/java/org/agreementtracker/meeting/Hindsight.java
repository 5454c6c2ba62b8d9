package org.agreementtracker.meeting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.meeting.FindHindsight;
import org.agreementtracker.api.meeting.FindMeeting;
import org.agreementtracker.api.meeting.HindsightEntry;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.asof.Checkpoint;
import org.agreementtracker.asof.Checkpoints;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.detail.AgreementDetailProjection;
import org.agreementtracker.readmodel.ByIds;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.Values;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Answers {@link FindHindsight}: the events of agreements recorded after the moment a meeting saw
 * ({@link MeetingQueries#seenAt}) whose business date (the {@code occurredOn} of their metadata: a report's date, a
 * lifecycle step's effective date, ...) is on or before the day it was held. That is the difference between what
 * the committee knew and what had happened: late reports, corrections, steps recorded afterwards. The log is read
 * from the newest checkpoint of the boards before that moment, so a meeting of last month reads last month's events.
 */
public class Hindsight {

    private final MeetingQueries meetings;
    private final EventStorageEngine events;
    private final Checkpoints checkpoints;
    private final MongoCollection<Document> agreements;
    private final Redaction redaction;

    public Hindsight(MeetingQueries meetings, EventStorageEngine events, Checkpoints checkpoints,
                     MongoDatabase database, Redaction redaction) {
        this.redaction = redaction;
        this.meetings = meetings;
        this.events = events;
        this.checkpoints = checkpoints;
        this.agreements = database.getCollection(AgreementDetailProjection.COLLECTION);
    }

    /**
     * The entries, oldest recording first, those about items the reader may not read withheld in place; {@code null}
     * when there is no such meeting; none for a meeting still planned.
     */
    @QueryHandler
    public List<HindsightEntry> find(FindHindsight query, MetaData metaData) {
        MeetingView meeting = meetings.meeting(query.meetingId());
        if (meeting == null) {
            return null;
        }
        if (!meeting.held()) {
            return List.of(); // a planned meeting has seen nothing yet
        }
        Checkpoint from = checkpoints.latestAtOrBefore(meeting.seenAt());
        List<TrackedEventMessage<?>> found = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from == null ? null : from.token(),
                                                                                 false)) {
            stream.filter(event -> event.getPayload() instanceof AgreementEvent
                                   && event.getTimestamp().isAfter(meeting.seenAt()))
                  .filter(event -> {
                      LocalDate occurredOn = occurredOn(event);
                      return occurredOn != null && !occurredOn.isAfter(meeting.heldOn());
                  })
                  .forEach(found::add);
        }
        Map<String, Document> named = namesOf(found);
        Redaction.View view = redaction.view(redaction.readerOf(metaData), named.keySet());
        List<HindsightEntry> entries = new ArrayList<>();
        for (TrackedEventMessage<?> event : found) {
            AgreementEvent payload = (AgreementEvent) event.getPayload();
            Withheld withheld = view.withheld(payload);
            if (withheld != null) {
                entries.add(HindsightEntry.withheld(event.trackingToken().position().orElse(-1),
                                                    payload.agreementId(), event.getTimestamp(), withheld));
                continue;
            }
            Document agreement = named.getOrDefault(payload.agreementId(), new Document());
            entries.add(new HindsightEntry(event.trackingToken().position().orElse(-1), payload.agreementId(),
                                           agreement.getString(Fields.REF), agreement.getString(Fields.TITLE),
                                           event.getPayloadType().getSimpleName(), occurredOn(event),
                                           event.getTimestamp(), Actor.fromMetadata(event.getMetaData()),
                                           Summaries.of(payload, milestoneId -> titleOf(agreement, milestoneId))));
        }
        return entries;
    }

    private static LocalDate occurredOn(TrackedEventMessage<?> event) {
        Object stated = event.getMetaData().get(MetadataKeys.OCCURRED_ON);
        return stated == null ? null : LocalDate.parse(stated.toString());
    }

    /** The ref, title and milestone titles of each agreement the events are about, by id. */
    private Map<String, Document> namesOf(List<TrackedEventMessage<?>> found) {
        Set<String> ids = new LinkedHashSet<>();
        found.forEach(event -> ids.add(((AgreementEvent) event.getPayload()).agreementId()));
        Map<String, Document> names = new HashMap<>();
        for (Document agreement : ByIds.find(agreements, List.copyOf(ids), Projections.include(
                Fields.REF, Fields.TITLE, Fields.MILESTONES + "." + Fields.MILESTONE_ID,
                Fields.MILESTONES + "." + Fields.TITLE))) {
            names.put(agreement.getString("_id"), agreement);
        }
        return names;
    }

    private static String titleOf(Document agreement, String milestoneId) {
        return Values.documents(agreement, Fields.MILESTONES).stream()
                     .filter(milestone -> milestoneId.equals(milestone.getString(Fields.MILESTONE_ID)))
                     .map(milestone -> milestone.getString(Fields.TITLE))
                     .findFirst().orElse(milestoneId);
    }
}
