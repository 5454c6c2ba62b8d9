package org.agreementtracker.audit;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The audit chain's one rule, shared by the tracker and the offline verifier:
 * <pre>
 * hash(n)   = SHA-256( bytes of hash(n-1) || UTF-8 of the canonical Extended JSON of sealed(stored document n) )
 * sealed(d) = d with each event of its events array replaced by digest(event) (a fence has none)
 * digest(e) = SHA-256 of the UTF-8 canonical Extended JSON of event e as stored, as lowercase hex
 * hash(0)   = 64 zeros ({@link #GENESIS})
 * </pre>
 * An event takes part in the chain through its digest, so an export may withhold an event from a reader who may not
 * read it, give its digest in its place, and still check out against the same head hash: what was withheld cannot
 * have been changed without changing its digest, and with it every hash after it (version 3; version 2 hashed the
 * events themselves, which no redacted export could prove).
 * Document {@code n} is the n-th document of the {@code events} collection in {@code _id} order, exactly as stored
 * (field order and BSON types as written): a commit, or a fence (positions that will never hold events; they are
 * part of the order, so removing or adding one breaks the chain too). Canonical Extended JSON keeps every BSON type
 * ({@code $numberLong}, {@code $date}, ...) and round-trips through the driver's parser, so the same bytes come out of
 * an export line as out of the store.
 */
public final class ChainHash {

    /** The hash before the first document. */
    public static final String GENESIS = "0".repeat(64);

    /** How the chain is computed, in words, for export headers and reports. */
    public static final String ALGORITHM =
            "SHA-256(previous hash bytes || UTF-8 canonical Extended JSON of the stored commit with each event "
                    + "replaced by its SHA-256 digest), genesis 64 zeros";

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder()
                                                                          .outputMode(JsonMode.EXTENDED)
                                                                          .build();
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** The stored document as the chain sees it. */
    public static String canonical(BsonDocument stored) {
        return stored.toJson(CANONICAL);
    }

    /** The hash of {@code stored} following {@code previous}, both as lowercase hex. */
    public static String next(String previous, BsonDocument stored) {
        return nextSealed(previous, sealed(stored));
    }

    /** The hash of a commit already sealed (its events given as their digests) following {@code previous}. */
    static String nextSealed(String previous, BsonDocument sealed) {
        return next(previous, canonical(sealed));
    }

    /** The stored document as the chain hashes it: each of its events replaced by its digest, in its place. */
    static BsonDocument sealed(BsonDocument stored) {
        BsonValue events = stored.get(StoredCommits.EVENTS);
        if (events == null || !events.isArray()) {
            return stored;
        }
        BsonArray digests = new BsonArray();
        events.asArray().forEach(event -> digests.add(new BsonString(digest(event.asDocument()))));
        BsonDocument sealed = new BsonDocument();
        stored.forEach((field, value) -> sealed.append(field, field.equals(StoredCommits.EVENTS) ? digests : value));
        return sealed;
    }

    static String next(String previous, String canonical) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previous));
        return HEX.formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 of one event's canonical Extended JSON, as lowercase hex: how the event takes part in the chain. */
    static String digest(BsonDocument document) {
        return HEX.formatHex(sha256().digest(canonical(document).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
