/**
 * The coordination committee's reviews: an implementation score on the extended Peace Accords Matrix scale, a
 * separate confidence, findings, and decisions that become tracked action items.
 */
package org.agreementtracker.api.review;
