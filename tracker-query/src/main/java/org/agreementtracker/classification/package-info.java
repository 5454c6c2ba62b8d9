/**
 * Who may read what, on the read side: {@link org.agreementtracker.classification.ClassificationProjection} keeps
 * every agreement's current classification and its items' own,
 * {@link org.agreementtracker.classification.Redaction} answers each reader with what their clearance allows and the rest as withheld. The current classification applies
 * to every answer, as of any instant: an item raised today is withheld from its earlier history too.
 */
package org.agreementtracker.classification;
