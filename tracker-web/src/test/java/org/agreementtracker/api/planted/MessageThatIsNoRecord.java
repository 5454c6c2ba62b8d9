package org.agreementtracker.api.planted;

import org.axonframework.serialization.Revision;

/** Planted for ArchitectureTest: a message that is a class, not a record. Not part of the tracker. */
@Revision("1")
public class MessageThatIsNoRecord {

    String field;
}
