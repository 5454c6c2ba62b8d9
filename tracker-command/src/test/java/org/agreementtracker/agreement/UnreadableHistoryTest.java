package org.agreementtracker.agreement;

import org.agreementtracker.api.history.UnreadableHistoryException;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.MILESTONE;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.agreementtracker.agreement.Agreements.planned;
import static org.agreementtracker.agreement.Agreements.registered;
import static org.agreementtracker.agreement.Agreements.signed;

/**
 * An agreement whose recorded history holds an event it cannot apply (here a report without a status, as a store
 * written by hand or by another version may hold) takes no command: each is refused as unreadable history, naming
 * the agreement and the event, and records nothing.
 */
class UnreadableHistoryTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
    }

    private static MilestoneProgressReported withoutStatus() {
        return new MilestoneProgressReported(ID, MILESTONE, "r-0", "PK", "PK-MODP", PK_OFFICER, TODAY, null, 40, null,
                                             "a status lost", List.of());
    }

    @Test
    void aCommandToAnAgreementWithAnEventItCannotApplyIsRefusedNamingTheEvent() {
        fixture.given(registered(), signed(), planned(), withoutStatus())
               .when(new ReportMilestoneProgress(ID, MILESTONE, "r-1", PK_OFFICER, null, TODAY,
                                                 ReportStatus.IN_PROGRESS, 50, null, "next", List.of()))
               .expectException(causedBy(UnreadableHistoryException.class,
                                         "event 3 (MilestoneProgressReported) cannot be applied"))
               .expectNoEvents();
    }

    /** Axon hands the failure to the fixture wrapped in its own exception; ours is the cause that says what it is. */
    private static Matcher<Throwable> causedBy(Class<? extends Throwable> type, String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                    if (type.isInstance(cause) && cause.getMessage().contains(ID)
                            && cause.getMessage().contains(message)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("caused by " + type.getSimpleName() + " saying \"" + message + "\"");
            }
        };
    }

    @Test
    void theSameAgreementWithoutThatEventTakesTheCommand() {
        fixture.given(registered(), signed(), planned())
               .when(new ReportMilestoneProgress(ID, MILESTONE, "r-1", PK_OFFICER, null, TODAY,
                                                 ReportStatus.IN_PROGRESS, 50, null, "next", List.of()))
               .expectSuccessfulHandlerExecution();
    }
}
