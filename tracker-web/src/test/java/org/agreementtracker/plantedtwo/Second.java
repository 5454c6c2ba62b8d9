package org.agreementtracker.plantedtwo;

import org.agreementtracker.plantedone.First;

/** Planted for ArchitectureTest: the other half of a cycle between two packages. Not part of the tracker. */
public class Second {

    First other;
}
