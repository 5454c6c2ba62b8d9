package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;

/**
 * Handles {@link RegisterAgreement}: makes the {@code ref} unique across agreements and nodes, then creates the
 * {@link Agreement}.
 * <p>
 * The {@link RefRegistry} records which agreement id claimed a ref first. A claim is not yet a registration: the
 * node that made it may crash before the agreement's first event is stored, or the agreement may refuse the command
 * (an unknown party, say). So a claim whose agreement has no events is not a refusal: the registration goes ahead
 * <em>under the claimed id</em>, not the proposed one. Should the first registration still be under way after all,
 * both write the first event of the same stream and the event store's unique stream key lets exactly one through;
 * the other fails as a concurrent change. Hence no timeouts, no clocks, no window in which two agreements share a
 * ref. The caller learns the id used from the returned {@link AgreementVersion}.
 */
public class AgreementRegistration {

    private final Repository<Agreement> repository;
    private final EventStore eventStore;
    private final RefRegistry refs;
    private final BodyRegister bodies;
    private final ClassificationScheme scheme;

    public AgreementRegistration(Repository<Agreement> repository, EventStore eventStore, RefRegistry refs,
                                 BodyRegister bodies, ClassificationScheme scheme) {
        this.repository = repository;
        this.eventStore = eventStore;
        this.refs = refs;
        this.bodies = bodies;
        this.scheme = scheme;
    }

    @CommandHandler
    public AgreementVersion handle(RegisterAgreement command, MetaData metaData) throws Exception {
        String proposedId = Require.text("agreementId", command.agreementId());
        String ref = Require.text("ref", command.ref());
        if (recorded(proposedId)) {
            throw new AgreementRuleViolation(RefusalCode.DUPLICATE_ID, "agreementId",
                                             "Agreement id " + proposedId + " is already used");
        }
        String parentRef = Require.optionalText(command.parentRef());
        if (parentRef != null && refs.agreementIdOf(parentRef).filter(this::recorded).isEmpty()) {
            throw new AgreementRuleViolation(RefusalCode.UNKNOWN_PARENT, "parentRef",
                                             "No agreement has the ref " + parentRef);
        }
        String agreementId = refs.claim(ref, proposedId);
        if (!agreementId.equals(proposedId) && recorded(agreementId)) {
            throw new AgreementRuleViolation(RefusalCode.DUPLICATE_REF, "ref",
                                             "Ref " + ref + " is already registered, as agreement " + agreementId);
        }
        repository.newInstance(() -> new Agreement(command.withAgreementId(agreementId), bodies, scheme, metaData));
        return new AgreementVersion(agreementId, 0);
    }

    private boolean recorded(String agreementId) {
        return eventStore.lastSequenceNumberFor(agreementId).isPresent();
    }
}
