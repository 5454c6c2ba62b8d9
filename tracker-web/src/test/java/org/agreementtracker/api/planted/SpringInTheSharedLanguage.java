package org.agreementtracker.api.planted;

import org.springframework.context.ApplicationContext;

/** Planted for ArchitectureTest: the shared language depending on Spring. Not part of the tracker. */
public class SpringInTheSharedLanguage {

    ApplicationContext context;
}
