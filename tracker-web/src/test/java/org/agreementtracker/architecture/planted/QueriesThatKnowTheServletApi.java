package org.agreementtracker.architecture.planted;

import jakarta.servlet.http.HttpServletRequest;

/** Planted for ArchitectureTest: a command- or query-side class that knows HTTP. Not part of the tracker. */
public class QueriesThatKnowTheServletApi {

    HttpServletRequest request;
}
