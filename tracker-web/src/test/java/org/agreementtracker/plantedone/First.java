package org.agreementtracker.plantedone;

import org.agreementtracker.plantedtwo.Second;

/** Planted for ArchitectureTest: one half of a cycle between two packages. Not part of the tracker. */
public class First {

    Second other;
}
