/**
 * What may be read by whom: an item's {@link org.agreementtracker.api.classification.Classification} (a level,
 * compartments, the sides it is releasable to), a user's {@link org.agreementtracker.api.classification.Clearance},
 * the configured {@link org.agreementtracker.api.classification.ClassificationScheme} that orders the levels and
 * judges the one against the other, and {@link org.agreementtracker.api.classification.Withheld}, what a reader is
 * answered in place of an item they may not read.
 */
package org.agreementtracker.api.classification;
