package org.agreementtracker.agreement;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Which agreement holds which {@code ref}: the set-based check an aggregate cannot make. One document per ref in
 * collection {@value #COLLECTION}, {@code {_id: REF, ref, agreementId, claimedAt}}; {@code _id} is the ref in upper
 * case without surrounding blanks, so "pkby-2025-def " and "PKBY-2025-DEF" are one ref. The first insert of a ref
 * wins on every node, since {@code _id} is unique; nothing is ever updated or deleted, so every node reads the same
 * answer for a ref forever. Whether the claimant's agreement was actually recorded is for the caller to ask the
 * event store (see {@link AgreementRegistration}). Every access is an exact {@code _id} match.
 */
public class RefRegistry {

    public static final String COLLECTION = "agreement_refs";

    private final MongoCollection<Document> refs;
    private final Clock clock;

    public RefRegistry(MongoDatabase database) {
        this(database, Clock.systemUTC());
    }

    public RefRegistry(MongoDatabase database, Clock clock) {
        // the claim must be durable before the registration it guards is answered
        this.refs = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
        this.clock = clock;
    }

    /**
     * Claims {@code ref} for {@code agreementId} unless some agreement claimed it first.
     *
     * @return the id that holds the claim: {@code agreementId} if this call made it, the earlier claimant's otherwise
     */
    public String claim(String ref, String agreementId) {
        String key = key(ref);
        try {
            refs.insertOne(new Document("_id", key).append("ref", ref.strip())
                                                   .append("agreementId", agreementId)
                                                   .append("claimedAt", Date.from(clock.instant())));
            return agreementId;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return agreementIdOf(ref).orElseThrow(() -> new IllegalStateException(
                    "Ref " + key + " is claimed, yet its claim cannot be read", e));
        }
    }

    /** The id that claimed {@code ref}, if any did. */
    public Optional<String> agreementIdOf(String ref) {
        Document claim = refs.find(Filters.eq("_id", key(ref))).first();
        return Optional.ofNullable(claim).map(document -> document.getString("agreementId"));
    }

    static String key(String ref) {
        return ref.strip().toUpperCase(Locale.ROOT);
    }
}
