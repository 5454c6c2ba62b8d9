package org.agreementtracker.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** Tells Axon which storage failures mean "someone appended to this aggregate first". */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return exception instanceof DuplicateEventException
                || exception instanceof MongoWriteException writeException
                && writeException.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
