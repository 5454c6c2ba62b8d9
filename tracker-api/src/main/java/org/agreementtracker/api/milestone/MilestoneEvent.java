package org.agreementtracker.api.milestone;

import org.agreementtracker.api.agreement.AgreementEvent;

/** An event about one milestone of an agreement, so that a read model kept per milestone finds its document. */
public interface MilestoneEvent extends AgreementEvent {

    String milestoneId();
}
