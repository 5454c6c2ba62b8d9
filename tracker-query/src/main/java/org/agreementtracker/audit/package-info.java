/**
 * Tamper evidence (API: {@code /audit/verify}, {@code /audit/export}, and the hash of each history entry): a hash
 * chain over the stored commits in global order ({@link org.agreementtracker.audit.ChainHash}), kept by its own
 * processor ({@link org.agreementtracker.audit.AuditChainProjection}), verified against the store
 * ({@link org.agreementtracker.audit.AuditChainVerifier}), exported as NDJSON
 * ({@link org.agreementtracker.audit.ChainExport}) and checked offline
 * ({@link org.agreementtracker.audit.VerifyExport}).
 */
package org.agreementtracker.audit;
