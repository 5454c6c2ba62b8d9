/**
 * Milestones of an agreement, the reports both sides make on them, and their reconciliation: a milestone is
 * confirmed when every side says ACHIEVED, claimed when one does, disputed when they disagree
 * ({@link org.agreementtracker.api.milestone.Reconciliation}).
 */
package org.agreementtracker.api.milestone;
