package org.agreementtracker.readmodel;

import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * How one read-model document takes in events: one pure step per event type, changing the document it is given
 * (or making a new one) and returning it. The live projections apply a fold to the document they load from MongoDB
 * and save the result; the as-of engine applies the same fold to documents in memory. A type is matched by the
 * first step registered for it or for a supertype, so general steps (such as "any event of an agreement") go last.
 */
public final class Fold {

    /** Makes a document from an event, whatever there was before. */
    @FunctionalInterface
    public interface Creation<E> {
        Document create(E event, Recorded recorded);
    }

    /** Changes an existing document; it is not called when there is none (an event about an unknown agreement). */
    @FunctionalInterface
    public interface Change<E> {
        Document change(Document current, E event, Recorded recorded);
    }

    private record Step(Class<?> type, Change<Object> change) {
    }

    private final List<Step> steps;

    private Fold(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when some step takes events of this payload's type. */
    public boolean handles(Object event) {
        return step(event) != null;
    }

    /**
     * The document after {@code event}: the step's result, labelled with the classification of the event's content
     * ({@link SealedDocuments}), or {@code null} when no step takes the event or there is no document to change (then
     * nothing is to be saved).
     */
    public Document apply(Document current, Object event, Recorded recorded) {
        Step step = step(event);
        if (step == null) {
            return null;
        }
        Document result = step.change().change(current, event, recorded);
        SealedDocuments.label(result, recorded);
        return result;
    }

    private Step step(Object event) {
        for (Step step : steps) {
            if (step.type().isInstance(event)) {
                return step;
            }
        }
        return null;
    }

    public static final class Builder {

        private final List<Step> steps = new ArrayList<>();

        private Builder() {
        }

        public <E> Builder creating(Class<E> type, Creation<E> creation) {
            steps.add(new Step(type, (current, event, recorded) -> creation.create(type.cast(event), recorded)));
            return this;
        }

        public <E> Builder changing(Class<E> type, Change<E> change) {
            steps.add(new Step(type, (current, event, recorded) ->
                    current == null ? null : change.change(current, type.cast(event), recorded)));
            return this;
        }

        public Fold build() {
            return new Fold(steps);
        }
    }
}
