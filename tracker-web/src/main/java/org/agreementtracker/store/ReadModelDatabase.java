package org.agreementtracker.store;

import com.mongodb.client.MongoDatabase;

/**
 * The database as the projections write to it: their read models and their processors' positions.
 * <p>
 * On the embedded store these writes do not each wait for a commit of the store file ({@code j: false}); the next
 * journaled write (every event appended is one) or the store's own commit a second later takes them to disk. The
 * store commits its changes in the order they were made, so a crash can lose only the last of them; and since a
 * processor writes its position after the read-model writes of a batch, a projection that lost writes has lost its
 * position with them, takes those events again, and applies them as a redelivery (which changes nothing twice). One
 * commit per command instead of one per projection and batch is most of what the embedded store spends its time on.
 * <p>
 * On a MongoDB deployment ({@code tracker.mongo.uri}) the connection string's write concern applies unchanged.
 */
public record ReadModelDatabase(MongoDatabase database) {
}
