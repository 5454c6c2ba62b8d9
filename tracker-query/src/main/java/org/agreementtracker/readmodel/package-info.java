/**
 * What every read model shares: documents that remember the agreement version they have applied (so that a
 * redelivered event changes nothing), the way values are written into them, and each milestone's two-sided account
 * kept as the aggregate keeps it, reconciled by the same {@link org.agreementtracker.api.milestone.Reconciliation}.
 */
package org.agreementtracker.readmodel;
