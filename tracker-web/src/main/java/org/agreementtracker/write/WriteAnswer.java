package org.agreementtracker.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a write answers: the id of what it wrote and the agreement's version after it (also its {@code ETag}).
 *
 * @param agreementId the agreement, when {@code id} names something inside it (a milestone, report or review);
 *                    absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteAnswer(String id,
                          @Schema(nullable = true) String agreementId,
                          long version) {

    public static WriteAnswer ofAgreement(String agreementId, long version) {
        return new WriteAnswer(agreementId, null, version);
    }
}
