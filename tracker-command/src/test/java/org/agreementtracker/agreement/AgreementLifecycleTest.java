package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementAnnounced;
import org.agreementtracker.api.agreement.AgreementCompleted;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementExpired;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementResumed;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.AgreementTerminated;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.AnnounceAgreement;
import org.agreementtracker.api.agreement.BringAgreementIntoForce;
import org.agreementtracker.api.agreement.CompleteAgreement;
import org.agreementtracker.api.agreement.ExpireAgreement;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.agreement.ResumeAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.agreement.SuspendAgreement;
import org.agreementtracker.api.agreement.TerminateAgreement;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.agreementtracker.agreement.Agreements.BODIES;
import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.IN_FORCE_ON;
import static org.agreementtracker.agreement.Agreements.PARTIES;
import static org.agreementtracker.agreement.Agreements.REF;
import static org.agreementtracker.agreement.Agreements.SIGNED_ON;
import static org.agreementtracker.agreement.Agreements.SUSPENDED_ON;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.agreementtracker.agreement.Agreements.announced;
import static org.agreementtracker.agreement.Agreements.inForce;
import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;
import static org.agreementtracker.agreement.Agreements.register;
import static org.agreementtracker.agreement.Agreements.registered;
import static org.agreementtracker.agreement.Agreements.signed;
import static org.agreementtracker.agreement.Agreements.suspended;
import static org.agreementtracker.agreement.Agreements.terminated;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_IN_FUTURE;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_OUT_OF_ORDER;
import static org.agreementtracker.api.agreement.RefusalCode.ILLEGAL_TRANSITION;
import static org.agreementtracker.api.agreement.RefusalCode.INVALID_VALUE;
import static org.agreementtracker.api.agreement.RefusalCode.NOT_A_PARTY;
import static org.agreementtracker.api.agreement.RefusalCode.REQUIRED;
import static org.agreementtracker.api.agreement.RefusalCode.UNKNOWN_BODY;
import static org.agreementtracker.api.agreement.RefusalCode.VALIDITY_NOT_ENDED;
import static org.agreementtracker.api.agreement.RefusalCode.WRONG_KIND;

class AgreementLifecycleTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
    }

    @Nested
    class Registration {

        @Test
        void registersADraftWhosePartiesCarryTheirCountries() {
            fixture.givenNoPriorActivity()
                   .whenConstructing(() -> Agreements.created(register()))
                   .expectEvents(new AgreementRegistered(ID, REF,
                                                         "Agreement on Cooperation between the Ministries of Defence",
                                                         AgreementKind.AGREEMENT, List.of("DEFENCE"), PARTIES, null,
                                                         null, null, null, Agreements.OFFICIAL));
        }

        @Test
        void stripsBlanksAndDropsBlankOptionalText() {
            RegisterAgreement command = new RegisterAgreement(ID, "  " + REF + " ", " Title ", AgreementKind.MOU,
                                                              List.of(" TRADE "), List.of("PK-MOC", "BY-SAMI"), "  ",
                                                              LocalDate.parse("2025-01-01"),
                                                              LocalDate.parse("2027-12-31"), " ");

            fixture.givenNoPriorActivity()
                   .whenConstructing(() -> Agreements.created(command))
                   .expectEvents(new AgreementRegistered(ID, REF, "Title", AgreementKind.MOU, List.of("TRADE"),
                                                         List.of(new Party("PK-MOC", "PK"),
                                                                 new Party("BY-SAMI", "BY")),
                                                         null, LocalDate.parse("2025-01-01"),
                                                         LocalDate.parse("2027-12-31"), null,
                                                         Agreements.OFFICIAL));
        }

        @Test
        void refusesWithoutRef() {
            RegisterAgreement command = new RegisterAgreement(ID, " ", "Title", AgreementKind.MOU, List.of("TRADE"),
                                                              List.of("PK-MOC", "BY-SAMI"), null, null, null, null);

            refused(fixture.givenNoPriorActivity().whenConstructing(() -> Agreements.created(command)),
                    REQUIRED, "ref is required");
        }

        @Test
        void refusesARefLongerThanAHundredCharacters() {
            RegisterAgreement command = new RegisterAgreement(ID, "R".repeat(101), "Title", AgreementKind.MOU,
                                                              List.of("TRADE"), List.of("PK-MOC", "BY-SAMI"), null,
                                                              null, null, null);

            refusedFor(fixture.givenNoPriorActivity().whenConstructing(() -> Agreements.created(command)),
                       INVALID_VALUE, "ref");
        }

        @Test
        void refusesWithoutTitleOrKind() {
            RegisterAgreement untitled = new RegisterAgreement(ID, REF, null, AgreementKind.MOU, List.of("TRADE"),
                                                               List.of("PK-MOC", "BY-SAMI"), null, null, null, null);
            RegisterAgreement kindless = new RegisterAgreement(ID, REF, "Title", null, List.of("TRADE"),
                                                               List.of("PK-MOC", "BY-SAMI"), null, null, null, null);

            refusedFor(fixture.givenNoPriorActivity().whenConstructing(() -> Agreements.created(untitled)),
                       REQUIRED, "title");
            refusedFor(fixture.givenNoPriorActivity().whenConstructing(() -> Agreements.created(kindless)),
                       REQUIRED, "kind");
        }

        @Test
        void refusesWithoutSectorsOrWithABlankOrRepeatedOne() {
            refusedFor(registering(List.of(), List.of("PK-MOD", "BY-MOD")), REQUIRED, "sectors");
            refusedFor(registering(List.of("DEFENCE", " "), List.of("PK-MOD", "BY-MOD")), REQUIRED, "sectors");
            refused(registering(List.of("DEFENCE", "DEFENCE"), List.of("PK-MOD", "BY-MOD")), INVALID_VALUE,
                    "Sector DEFENCE is named twice");
        }

        @Test
        void refusesWithoutParties() {
            refused(registering(List.of("DEFENCE"), List.of()), REQUIRED, "parties is required");
        }

        @Test
        void refusesAPartyTheRegisterDoesNotKnow() {
            refused(registering(List.of("DEFENCE"), List.of("PK-MOD", "BY-KGB")), UNKNOWN_BODY,
                    "Body BY-KGB is not in the register of bodies");
        }

        @Test
        void refusesAPartyNamedTwice() {
            refused(registering(List.of("DEFENCE"), List.of("PK-MOD", "BY-MOD", "PK-MOD")), INVALID_VALUE,
                    "Body PK-MOD is named twice among the parties");
        }

        @Test
        void refusesPartiesOfOneCountryOnly() {
            refused(registering(List.of("DEFENCE"), List.of("PK-MOD", "PK-MODP")), INVALID_VALUE,
                    "An agreement is between countries: its parties must include bodies of at least two, but "
                            + "PK-MOD, PK-MODP are all of [PK]");
        }

        @Test
        void refusesAValidityPeriodThatEndsBeforeItBegins() {
            RegisterAgreement command = new RegisterAgreement(ID, REF, "Title", AgreementKind.PROGRAMME,
                                                              List.of("DEFENCE"), List.of("PK-MODP", "BY-SAMI"), null,
                                                              LocalDate.parse("2027-12-31"),
                                                              LocalDate.parse("2025-01-01"), null);

            refused(fixture.givenNoPriorActivity().whenConstructing(() -> Agreements.created(command)),
                    INVALID_VALUE, "The validity period ends (2025-01-01) before it begins (2027-12-31)");
        }

        @Test
        void refusesToBeItsOwnParent() {
            RegisterAgreement command = new RegisterAgreement(ID, REF, "Title", AgreementKind.PROTOCOL,
                                                              List.of("DEFENCE"), List.of("PK-MOD", "BY-MOD"), null,
                                                              null, null, REF.toLowerCase());

            refusedFor(fixture.givenNoPriorActivity().whenConstructing(() -> Agreements.created(command)),
                       INVALID_VALUE, "parentRef");
        }

        private org.axonframework.test.aggregate.ResultValidator<Agreement> registering(List<String> sectors,
                                                                                      List<String> parties) {
            RegisterAgreement command = new RegisterAgreement(ID, REF, "Title", AgreementKind.AGREEMENT, sectors,
                                                              parties, null, null, null, null);
            return fixture.givenNoPriorActivity().whenConstructing(() -> Agreements.created(command));
        }
    }

    @Nested
    class Signature {

        @Test
        void signsADraftInstrument() {
            List<Signatory> signatories = List.of(new Signatory("Jam Kamal Khan", "Minister of Commerce", "PK"),
                                                  new Signatory("Viktor Khrenin", " ", "BY"));

            fixture.given(registered())
                   .when(new SignAgreement(ID, SIGNED_ON, " Minsk ", signatories))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(new AgreementSigned(ID, SIGNED_ON, "Minsk",
                                                     List.of(new Signatory("Jam Kamal Khan", "Minister of Commerce",
                                                                           "PK"),
                                                             new Signatory("Viktor Khrenin", null, "BY"))))
                   .expectResultMessagePayload(new AgreementVersion(ID, 1));
        }

        @Test
        void refusesToSignACommitment() {
            refused(fixture.given(registered(AgreementKind.INITIATIVE, null))
                           .when(new SignAgreement(ID, SIGNED_ON, "Minsk", List.of())),
                    WRONG_KIND, "Agreement " + REF + " is of kind INITIATIVE, a commitment: it is announced, not signed");
        }

        @Test
        void refusesToSignTwiceAndSaysWhatIsAllowed() {
            refused(fixture.given(registered(), signed()).when(new SignAgreement(ID, SIGNED_ON, "Minsk", List.of())),
                    ILLEGAL_TRANSITION, "Cannot sign: agreement " + REF + " is SIGNED; from SIGNED it can be brought "
                            + "into force or terminated");
        }

        @Test
        void refusesADateInTheFuture() {
            refused(fixture.given(registered())
                           .when(new SignAgreement(ID, TODAY.plusDays(2), "Minsk", List.of())),
                    DATE_IN_FUTURE, "signedOn 2025-07-03 is in the future; a business date states what has "
                            + "happened, so it may be 2025-07-02 at the latest");
        }

        @Test
        void acceptsTomorrowForSidesAheadOfUtc() {
            fixture.given(registered())
                   .when(new SignAgreement(ID, TODAY.plusDays(1), "Islamabad", List.of()))
                   .expectEvents(new AgreementSigned(ID, TODAY.plusDays(1), "Islamabad", List.of()));
        }

        @Test
        void refusesWithoutDateOrPlace() {
            refusedFor(fixture.given(registered()).when(new SignAgreement(ID, null, "Minsk", List.of())),
                       REQUIRED, "signedOn");
            refusedFor(fixture.given(registered()).when(new SignAgreement(ID, SIGNED_ON, "", List.of())),
                       REQUIRED, "place");
        }

        @Test
        void refusesASignatoryWithoutName() {
            refusedFor(fixture.given(registered())
                              .when(new SignAgreement(ID, SIGNED_ON, "Minsk",
                                                      List.of(new Signatory(" ", "Minister", "PK")))),
                       REQUIRED, "signatories[0].name");
        }

        @Test
        void refusesASignatoryForACountryThatIsNoParty() {
            refused(fixture.given(registered())
                           .when(new SignAgreement(ID, SIGNED_ON, "Minsk",
                                                   List.of(new Signatory("Someone", "Minister", "KZ")))),
                    NOT_A_PARTY, "Signatory Someone signs for KZ, which is not a party to agreement " + REF
                            + " (PK, BY)");
        }
    }

    @Nested
    class Announcement {

        @Test
        void announcesACommitment() {
            fixture.given(registered(AgreementKind.JOINT_VENTURE, null))
                   .when(new AnnounceAgreement(ID, SIGNED_ON, "Announced during the PM's visit", null))
                   .expectEvents(new AgreementAnnounced(ID, SIGNED_ON, "Announced during the PM's visit"));
        }

        @Test
        void refusesToAnnounceAnInstrument() {
            refused(fixture.given(registered()).when(new AnnounceAgreement(ID, SIGNED_ON, null, null)),
                    WRONG_KIND, "Agreement " + REF + " is of kind AGREEMENT, an instrument: it is signed, not announced");
        }

        @Test
        void refusesToAnnounceTwice() {
            refused(fixture.given(registered(AgreementKind.INITIATIVE, null), announced())
                           .when(new AnnounceAgreement(ID, SIGNED_ON, null, null)),
                    ILLEGAL_TRANSITION, "Cannot announce: agreement " + REF + " is ANNOUNCED; from ANNOUNCED it can "
                            + "be brought into force or terminated");
        }
    }

    @Nested
    class EntryIntoForce {

        @Test
        void followsSignature() {
            fixture.given(registered(), signed())
                   .when(new BringAgreementIntoForce(ID, IN_FORCE_ON))
                   .expectEvents(new AgreementEnteredIntoForce(ID, IN_FORCE_ON))
                   .expectResultMessagePayload(new AgreementVersion(ID, 2));
        }

        @Test
        void followsAnnouncement() {
            fixture.given(registered(AgreementKind.INITIATIVE, null), announced())
                   .when(new BringAgreementIntoForce(ID, IN_FORCE_ON))
                   .expectEvents(new AgreementEnteredIntoForce(ID, IN_FORCE_ON));
        }

        @Test
        void isRefusedForADraftInstrumentWhichMustBeSignedFirst() {
            refused(fixture.given(registered()).when(new BringAgreementIntoForce(ID, IN_FORCE_ON)),
                    ILLEGAL_TRANSITION, "Cannot bring into force: agreement " + REF + " is DRAFT; from DRAFT it can "
                            + "be signed");
        }

        @Test
        void isRefusedForADraftCommitmentWhichMustBeAnnouncedFirst() {
            refused(fixture.given(registered(AgreementKind.JOINT_VENTURE, null))
                           .when(new BringAgreementIntoForce(ID, IN_FORCE_ON)),
                    ILLEGAL_TRANSITION, "Cannot bring into force: agreement " + REF + " is DRAFT; from DRAFT it can "
                            + "be announced");
        }

        @Test
        void isRefusedTwice() {
            refused(fixture.given(registered(), signed(), inForce()).when(new BringAgreementIntoForce(ID, TODAY)),
                    ILLEGAL_TRANSITION, "Cannot bring into force: agreement " + REF + " is IN_FORCE; from IN_FORCE "
                            + "it can be suspended, terminated, completed or marked expired");
        }

        @Test
        void isRefusedBeforeTheSignature() {
            refused(fixture.given(registered(), signed())
                           .when(new BringAgreementIntoForce(ID, SIGNED_ON.minusDays(1))),
                    DATE_OUT_OF_ORDER, "effectiveOn 2025-04-10 is before the agreement became SIGNED on 2025-04-11");
        }

        @Test
        void isRefusedInTheFuture() {
            refusedFor(fixture.given(registered(), signed())
                              .when(new BringAgreementIntoForce(ID, LocalDate.parse("2026-01-01"))),
                       DATE_IN_FUTURE, "effectiveOn");
        }

        @Test
        void isRefusedWhenSomeoneElseChangedTheAgreementSinceTheVersionTheCallerSaw() {
            fixture.given(registered(), signed())
                   .when(new BringAgreementIntoForce(ID, IN_FORCE_ON, 0L))
                   .expectNoEvents()
                   .expectException(ConflictingAggregateVersionException.class);
        }

        @Test
        void goesAheadWhenTheCallerSawTheCurrentVersion() {
            fixture.given(registered(), signed())
                   .when(new BringAgreementIntoForce(ID, IN_FORCE_ON, 1L))
                   .expectEvents(new AgreementEnteredIntoForce(ID, IN_FORCE_ON));
        }
    }

    @Nested
    class SuspensionAndResumption {

        @Test
        void suspendsAnAgreementInForce() {
            fixture.given(registered(), signed(), inForce())
                   .when(new SuspendAgreement(ID, SUSPENDED_ON, " Review of export licences ", null))
                   .expectEvents(new AgreementSuspended(ID, SUSPENDED_ON, "Review of export licences"));
        }

        @Test
        void refusesToSuspendWithoutReason() {
            refused(fixture.given(registered(), signed(), inForce()).when(new SuspendAgreement(ID, TODAY, " ", null)),
                    REQUIRED, "reason is required");
        }

        @Test
        void refusesToSuspendWhatIsNotInForce() {
            refused(fixture.given(registered(), signed()).when(new SuspendAgreement(ID, TODAY, "Dispute", null)),
                    ILLEGAL_TRANSITION, "Cannot suspend: agreement " + REF + " is SIGNED; from SIGNED it can be "
                            + "brought into force or terminated");
        }

        @Test
        void refusesToSuspendBeforeTheEntryIntoForce() {
            refused(fixture.given(registered(), signed(), inForce())
                           .when(new SuspendAgreement(ID, IN_FORCE_ON.minusDays(1), "Dispute", null)),
                    DATE_OUT_OF_ORDER, "effectiveOn 2025-04-30 is before the agreement became IN_FORCE on "
                            + "2025-05-01");
        }

        @Test
        void resumesASuspendedAgreement() {
            fixture.given(registered(), signed(), inForce(), suspended())
                   .when(new ResumeAgreement(ID, TODAY, "Licences renewed", null))
                   .expectEvents(new AgreementResumed(ID, TODAY, "Licences renewed"));
        }

        @Test
        void refusesToResumeWithoutReason() {
            refusedFor(fixture.given(registered(), signed(), inForce(), suspended())
                              .when(new ResumeAgreement(ID, TODAY, null, null)),
                       REQUIRED, "reason");
        }

        @Test
        void refusesToResumeWhatIsNotSuspendedAndSaysWhatIsAllowedWhenSuspended() {
            refused(fixture.given(registered(), signed(), inForce()).when(new ResumeAgreement(ID, TODAY, "x", null)),
                    ILLEGAL_TRANSITION, "Cannot resume: agreement " + REF + " is IN_FORCE; from IN_FORCE it can be "
                            + "suspended, terminated, completed or marked expired");
            refused(fixture.given(registered(), signed(), inForce(), suspended())
                           .when(new SuspendAgreement(ID, TODAY, "again", null)),
                    ILLEGAL_TRANSITION, "Cannot suspend: agreement " + REF + " is SUSPENDED; from SUSPENDED it can "
                            + "be resumed, terminated or marked expired");
        }
    }

    @Nested
    class Termination {

        @Test
        void endsASignedAgreementThatNeverEnteredIntoForce() {
            fixture.given(registered(), signed())
                   .when(new TerminateAgreement(ID, TODAY, "Ratification failed", null))
                   .expectEvents(new AgreementTerminated(ID, TODAY, "Ratification failed"));
        }

        @Test
        void endsAnAgreementInForceOrSuspended() {
            fixture.given(registered(), signed(), inForce())
                   .when(new TerminateAgreement(ID, TODAY, "Denounced", null))
                   .expectEvents(new AgreementTerminated(ID, TODAY, "Denounced"));
            fixture.given(registered(), signed(), inForce(), suspended())
                   .when(new TerminateAgreement(ID, TODAY, "Denounced", null))
                   .expectEvents(new AgreementTerminated(ID, TODAY, "Denounced"));
        }

        @Test
        void isRefusedForADraft() {
            refused(fixture.given(registered()).when(new TerminateAgreement(ID, TODAY, "Abandoned", null)),
                    ILLEGAL_TRANSITION, "Cannot terminate: agreement " + REF + " is DRAFT; from DRAFT it can be "
                            + "signed");
        }

        @Test
        void isRefusedWithoutReason() {
            refusedFor(fixture.given(registered(), signed()).when(new TerminateAgreement(ID, TODAY, "", null)),
                       REQUIRED, "reason");
        }

        @Test
        void isFinal() {
            refused(fixture.given(registered(), signed(), inForce(), terminated(TODAY))
                           .when(new ResumeAgreement(ID, TODAY, "Change of heart", null)),
                    ILLEGAL_TRANSITION, "Cannot resume: agreement " + REF + " is TERMINATED; TERMINATED is final; "
                            + "nothing can follow it");
        }
    }

    @Nested
    class Completion {

        @Test
        void completesAnAgreementInForce() {
            fixture.given(registered(), signed(), inForce())
                   .when(new CompleteAgreement(ID, TODAY, "All milestones confirmed", null))
                   .expectEvents(new AgreementCompleted(ID, TODAY, "All milestones confirmed"));
        }

        @Test
        void isRefusedWhileSuspended() {
            refused(fixture.given(registered(), signed(), inForce(), suspended())
                           .when(new CompleteAgreement(ID, TODAY, "Done", null)),
                    ILLEGAL_TRANSITION, "Cannot complete: agreement " + REF + " is SUSPENDED; from SUSPENDED it can "
                            + "be resumed, terminated or marked expired");
        }

        @Test
        void isRefusedWithoutReason() {
            refusedFor(fixture.given(registered(), signed(), inForce()).when(new CompleteAgreement(ID, TODAY, null, null)),
                       REQUIRED, "reason");
        }

        @Test
        void isFinal() {
            refused(fixture.given(registered(), signed(), inForce(), new AgreementCompleted(ID, TODAY, "Done"))
                           .when(new TerminateAgreement(ID, TODAY, "Undo", null)),
                    ILLEGAL_TRANSITION, "Cannot terminate: agreement " + REF + " is COMPLETED; COMPLETED is final; "
                            + "nothing can follow it");
        }
    }

    @Nested
    class Expiry {

        private final LocalDate validUntil = LocalDate.parse("2025-06-30");

        @Test
        void recordsTheEndOfTheValidityPeriod() {
            fixture.given(registered(AgreementKind.PROGRAMME, validUntil), signed(), inForce())
                   .when(new ExpireAgreement(ID, validUntil, null, null))
                   .expectEvents(new AgreementExpired(ID, validUntil, null));
        }

        @Test
        void mayHappenWhileSuspended() {
            fixture.given(registered(AgreementKind.PROGRAMME, validUntil), signed(), inForce(), suspended())
                   .when(new ExpireAgreement(ID, TODAY, "Not renewed", null))
                   .expectEvents(new AgreementExpired(ID, TODAY, "Not renewed"));
        }

        @Test
        void isRefusedBeforeTheValidityEnds() {
            refused(fixture.given(registered(AgreementKind.PROGRAMME, LocalDate.parse("2027-12-31")), signed(),
                                  inForce())
                           .when(new ExpireAgreement(ID, TODAY, null, null)),
                    VALIDITY_NOT_ENDED, "Agreement " + REF + " is valid until 2027-12-31; it cannot expire on "
                            + "2025-07-01");
        }

        @Test
        void isRefusedWithoutAValidityEnd() {
            refused(fixture.given(registered(), signed(), inForce()).when(new ExpireAgreement(ID, TODAY, null, null)),
                    VALIDITY_NOT_ENDED, "Agreement " + REF + " has no end of validity, so it cannot expire; it can "
                            + "be terminated or completed");
        }

        @Test
        void isRefusedBeforeEntryIntoForce() {
            refused(fixture.given(registered(AgreementKind.PROGRAMME, validUntil), signed())
                           .when(new ExpireAgreement(ID, TODAY, null, null)),
                    ILLEGAL_TRANSITION, "Cannot expire: agreement " + REF + " is SIGNED; from SIGNED it can be "
                            + "brought into force or terminated");
        }
    }
}
