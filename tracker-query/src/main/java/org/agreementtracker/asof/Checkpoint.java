package org.agreementtracker.asof;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Instant;
import java.util.List;

/**
 * Where a checkpoint of the boards stands: every event up to {@code token} (its position, and the gaps that were
 * still open below it) is folded in; {@code latestRecordedAt} is the latest timestamp among them, so the checkpoint
 * serves a question as of any instant at or after it.
 *
 * @param position         the token's position, the checkpoint's {@code _id}
 * @param token            where to read on from
 * @param latestRecordedAt the latest timestamp of the events folded in
 * @param chunks           how many chunk documents hold the state
 * @param events           how many events are folded in
 */
public record Checkpoint(long position, TrackingToken token, Instant latestRecordedAt, int chunks, long events) {

    static Document tokenDocument(TrackingToken token) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return new Document("type", "gap-aware").append("index", gapAware.getIndex())
                                                     .append("gaps", List.copyOf(gapAware.getGaps()));
        }
        if (token instanceof GlobalSequenceTrackingToken global) {
            return new Document("type", "global").append("index", global.getGlobalIndex());
        }
        throw new IllegalArgumentException("A checkpoint cannot keep a token of type " + token.getClass().getName());
    }

    static TrackingToken token(Document stored) {
        long index = ((Number) stored.get("index")).longValue();
        if ("global".equals(stored.getString("type"))) {
            return new GlobalSequenceTrackingToken(index);
        }
        List<Long> gaps = stored.getList("gaps", Number.class).stream().map(Number::longValue).toList();
        return GapAwareTrackingToken.newInstance(index, gaps);
    }

    static boolean storable(TrackingToken token) {
        return token instanceof GapAwareTrackingToken || token instanceof GlobalSequenceTrackingToken;
    }
}
