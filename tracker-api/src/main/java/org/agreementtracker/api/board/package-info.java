/**
 * The read side's language: the queries behind the API's boards ({@code Find...}, {@code List...}) and the records
 * they answer with, field for field as docs/http-api.md names them. The projections that answer them live in
 * tracker-query.
 */
package org.agreementtracker.api.board;
