/**
 * The public portal: without logging in, what is public of the agreements ({@code /public} and
 * {@code GET /api/v1/public/agreements}), read with the public's clearance whoever asks, cacheable, rate limited per
 * address. Nothing else is reachable anonymously.
 */
package org.agreementtracker.portal;
