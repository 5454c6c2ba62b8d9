package org.agreementtracker.asof;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.FreshDatabases;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabases.class)
class CheckpointTakerTest {


    @Test
    void aLogThatGrewByManyStretchesGetsACheckpointForEachNotOneForAll(MongoDatabase database) {
        InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
        AgreementHistory history = AgreementHistory.of("trade").registered("PKBY-TRADE")
                                                   .planned("office", LocalDate.parse("2025-05-01"), "BY-MINTRADE");
        for (int report = 0; report < 23; report++) {
            history.reported("office", "BY-MINTRADE", LocalDate.parse("2025-04-01"), ReportStatus.IN_PROGRESS);
        }
        store.appendEvents(history.events());
        Checkpoints checkpoints = new Checkpoints(database, 10);
        CheckpointTaker taker = new CheckpointTaker(new BoardHistory(store, checkpoints, Duration.ofMinutes(1)),
                                                    checkpoints, 10, Runnable::run);

        taker.on(history.last(), new GlobalSequenceTrackingToken(9));
        assertThat(checkpoints.all()).isEmpty();
        taker.on(history.last(), new GlobalSequenceTrackingToken(24));

        assertThat(checkpoints.all()).extracting(Checkpoint::position).containsExactly(10L, 20L);
        assertThat(checkpoints.all()).extracting(Checkpoint::events).containsExactly(11L, 21L);
    }
}
