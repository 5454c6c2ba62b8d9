package org.agreementtracker.benchmark;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The benchmark's aggregate: every command loads it from the store (snapshot plus the events after it) and applies
 * one event. Its state is small on purpose; what is measured is the storage, not the domain logic.
 */
public class Tally {

    @AggregateIdentifier
    private String id;
    private long reports;

    /** For Axon and for snapshots. */
    protected Tally() {
    }

    /** The state after {@code reports} reports: what the bulk fill stores as a snapshot. */
    Tally(String id, long reports) {
        this.id = id;
        this.reports = reports;
    }

    @CommandHandler
    public void handle(RecordProgress command) {
        apply(new ProgressRecorded(id, reports + 1, LocalDate.now(), command.note()));
    }

    @EventSourcingHandler
    void on(TallyOpened event) {
        this.id = event.tallyId();
    }

    @EventSourcingHandler
    void on(ProgressRecorded event) {
        this.reports = event.reportNumber();
    }

    // snapshots are serialized by Jackson through these
    public String getId() {
        return id;
    }

    public long getReports() {
        return reports;
    }
}
