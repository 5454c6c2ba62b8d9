/**
 * The agreement aggregate: its legal lifecycle, milestones, the reports of both sides and the committee's reviews,
 * with the rules that refuse what may not happen ({@link org.agreementtracker.agreement.Lifecycle},
 * {@link org.agreementtracker.agreement.ReportingPolicy}, ...), and the registration that keeps {@code ref} unique
 * across agreements and nodes ({@link org.agreementtracker.agreement.AgreementRegistration},
 * {@link org.agreementtracker.agreement.RefRegistry}).
 */
package org.agreementtracker.agreement;
