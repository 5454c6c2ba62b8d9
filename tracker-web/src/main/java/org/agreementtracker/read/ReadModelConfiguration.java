package org.agreementtracker.read;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.asof.AsOfReads;
import org.agreementtracker.asof.BoardSources;
import org.agreementtracker.audit.RecordedChain;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.board.AgreementBoardQueries;
import org.agreementtracker.bodies.BodiesBoardProjection;
import org.agreementtracker.bodies.BodiesBoardQueries;
import org.agreementtracker.classification.ClassificationProjection;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.detail.AgreementDetailProjection;
import org.agreementtracker.detail.AgreementDetailQueries;
import org.agreementtracker.history.AgreementHistories;
import org.agreementtracker.history.RecordedEvents;
import org.agreementtracker.milestones.MilestoneQueries;
import org.agreementtracker.milestones.MilestonesProjection;
import org.agreementtracker.store.ReadModelDatabase;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The read side of tracker-query in the application: its projections (each under a processor named by its
 * processing group, see the projection package) and its query handlers, as beans that Axon finds by their handler
 * annotations; and the gauge of overdue milestones.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean
    public AgreementBoardProjection agreementBoardProjection(ReadModelDatabase readModels) {
        return new AgreementBoardProjection(readModels.database());
    }

    @Bean
    public AgreementDetailProjection agreementDetailProjection(ReadModelDatabase readModels) {
        return new AgreementDetailProjection(readModels.database());
    }

    @Bean
    public MilestonesProjection milestonesProjection(ReadModelDatabase readModels) {
        return new MilestonesProjection(readModels.database());
    }

    @Bean
    public BodiesBoardProjection bodiesBoardProjection(ReadModelDatabase readModels) {
        return new BodiesBoardProjection(readModels.database());
    }

    @Bean
    public AgreementBoardQueries agreementBoardQueries(MongoDatabase database, Clock clock, Sealing sealing) {
        return new AgreementBoardQueries(database, clock, sealing);
    }

    @Bean
    public AgreementDetailQueries agreementDetailQueries(MongoDatabase database, Clock clock) {
        return new AgreementDetailQueries(database, clock);
    }

    @Bean
    public MilestoneQueries milestoneQueries(MongoDatabase database, Clock clock) {
        return new MilestoneQueries(database, clock);
    }

    @Bean
    public BodiesBoardQueries bodiesBoardQueries(MongoDatabase database, BodyRegister bodies, Clock clock) {
        return new BodiesBoardQueries(database, bodies, clock);
    }

    @Bean
    public SummaryBoardQueries summaryBoardQueries(MongoDatabase database, Clock clock) {
        return new SummaryBoardQueries(database, clock);
    }

    /** The board queries' handlers: each board read live, or as of an instant when the query names one. */
    @Bean
    public BoardSources boardSources(AgreementBoardQueries agreements, MilestoneQueries milestones,
                                     SummaryBoardQueries summary, BodiesBoardQueries bodies,
                                     AgreementDetailQueries details, AsOfReads asOf, Redaction redaction) {
        return new BoardSources(new BoardSources.Live(agreements, milestones, summary, bodies, details), asOf,
                                redaction);
    }

    @Bean
    public ClassificationProjection classificationProjection(ReadModelDatabase readModels,
                                                             ClassificationScheme scheme) {
        return new ClassificationProjection(readModels.database(), scheme);
    }

    @Bean
    public Redaction redaction(ClassificationScheme scheme, Classifications classifications) {
        return new Redaction(scheme, classifications);
    }

    /** {@code tracker.milestones.overdue}: open milestones due before today (UTC), over all agreements. */
    @Bean
    public MeterBinder overdueMilestones(MilestoneQueries milestones) {
        return meters -> Gauge.builder("tracker.milestones.overdue", milestones, MilestoneQueries::overdueCount)
                              .description("Open milestones past their due date")
                              .register(meters);
    }

    @Bean
    public Reads reads(QueryGateway queries, ClassificationScheme scheme) {
        return new Reads(queries, scheme);
    }

    @Bean
    public AgreementHistories agreementHistories(EventStorageEngine events, RecordedChain chain,
                                                 Redaction redaction) {
        return new AgreementHistories(events, chain, redaction);
    }

    @Bean
    public RecordedEvents recordedEvents(EventStorageEngine events) {
        return new RecordedEvents(events);
    }
}
