package org.agreementtracker.readmodel;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.audit.RecordedChain;
import org.agreementtracker.history.AgreementHistories;
import org.agreementtracker.history.RecordedEvents;
import org.agreementtracker.readmodel.BoardsAsOf;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.board.AgreementBoardQueries;
import org.agreementtracker.bodies.BodiesBoardProjection;
import org.agreementtracker.bodies.BodiesBoardQueries;
import org.agreementtracker.detail.AgreementDetailProjection;
import org.agreementtracker.detail.AgreementDetailQueries;
import org.agreementtracker.milestones.MilestoneQueries;
import org.agreementtracker.milestones.MilestonesProjection;
import org.agreementtracker.store.ReadModelDatabase;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
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
    public AgreementBoardQueries agreementBoardQueries(MongoDatabase database, Clock clock, BoardsAsOf asOf) {
        return new AgreementBoardQueries(database, clock, asOf);
    }

    @Bean
    public AgreementDetailQueries agreementDetailQueries(MongoDatabase database, Clock clock, BoardsAsOf asOf) {
        return new AgreementDetailQueries(database, clock, asOf);
    }

    @Bean
    public MilestoneQueries milestoneQueries(MongoDatabase database, Clock clock, BoardsAsOf asOf) {
        return new MilestoneQueries(database, clock, asOf);
    }

    @Bean
    public BodiesBoardQueries bodiesBoardQueries(MongoDatabase database, BodyRegister bodies, Clock clock,
                                                 BoardsAsOf asOf) {
        return new BodiesBoardQueries(database, bodies, clock, asOf);
    }

    @Bean
    public SummaryBoardQueries summaryBoardQueries(MongoDatabase database, Clock clock, BoardsAsOf asOf) {
        return new SummaryBoardQueries(database, clock, asOf);
    }

    /** {@code tracker.milestones.overdue}: open milestones due before today (UTC), over all agreements. */
    @Bean
    public MeterBinder overdueMilestones(MilestoneQueries milestones) {
        return meters -> Gauge.builder("tracker.milestones.overdue", milestones, MilestoneQueries::overdueCount)
                              .description("Open milestones past their due date")
                              .register(meters);
    }

    @Bean
    public Reads reads(QueryGateway queries) {
        return new Reads(queries);
    }

    @Bean
    public AgreementHistories agreementHistories(EventStorageEngine events, RecordedChain chain) {
        return new AgreementHistories(events, chain);
    }

    @Bean
    public RecordedEvents recordedEvents(EventStorageEngine events) {
        return new RecordedEvents(events);
    }
}
