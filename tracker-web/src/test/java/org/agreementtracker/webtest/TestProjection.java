package org.agreementtracker.webtest;

import org.agreementtracker.api.agreement.AgreementEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.boot.test.context.TestComponent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A projection of the tests' own, in a processor like the tracker's: the last event it has seen of each agreement.
 * Reading it right after a write shows whether writes wait for the projections.
 */
@TestComponent
@ProcessingGroup(TestProjection.NAME)
public class TestProjection {

    public static final String NAME = "test-projection";

    private static final Map<String, Long> LAST_SEEN = new ConcurrentHashMap<>();

    @EventHandler
    void on(AgreementEvent event, @SequenceNumber long sequence) {
        LAST_SEEN.merge(event.agreementId(), sequence, Math::max);
    }

    /** The sequence number of the agreement's last event seen, -1 if none. */
    public static long lastSeen(String agreementId) {
        return LAST_SEEN.getOrDefault(agreementId, -1L);
    }
}
