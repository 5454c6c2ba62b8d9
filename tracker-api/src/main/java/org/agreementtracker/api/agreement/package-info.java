/**
 * An agreement's legal lifecycle: its commands, events, kinds and statuses; the result every command returns
 * ({@link org.agreementtracker.api.agreement.AgreementVersion}) and the one exception by which the command side
 * refuses a command ({@link org.agreementtracker.api.agreement.AgreementRuleViolation}).
 */
package org.agreementtracker.api.agreement;
