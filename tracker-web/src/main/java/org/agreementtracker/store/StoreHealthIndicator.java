package org.agreementtracker.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The store is up when its database answers a ping: the event store, snapshots and read models all live there.
 * A failed ping reports DOWN with the driver's error (the base class turns the exception into that).
 */
public class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    public StoreHealthIndicator(MongoDatabase database) {
        super("The MongoDB store did not answer a ping");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
