package org.agreementtracker.board;

import org.agreementtracker.agreement.Agreement;

/** Planted for ArchitectureTest: a read model reaching into the write side. Not part of the tracker. */
public class ReadModelThatLoadsTheAggregate {

    Agreement aggregate;
}
