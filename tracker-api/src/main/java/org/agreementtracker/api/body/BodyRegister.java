package org.agreementtracker.api.body;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register of bodies (ministries, agencies) of every country the tracker follows. The application builds it
 * from the reference data and configuration ({@code tracker.bodies}); the command side asks it which country a body
 * belongs to when an agreement names parties, a milestone an owner, or a review an action's owner. What it answered
 * is recorded in the events, so replaying history never asks it again.
 */
public interface BodyRegister {

    Optional<Body> find(String bodyId);

    List<Body> all();

    /** The registered body {@code bodyId}; a command naming another is refused ({@code UNKNOWN_BODY}, for {@code field}). */
    default Body registered(String field, String bodyId) {
        return find(bodyId).orElseThrow(() -> new AgreementRuleViolation(
                RefusalCode.UNKNOWN_BODY, field, "Body " + bodyId + " is not in the register of bodies"));
    }

    static BodyRegister of(Collection<Body> bodies) {
        Map<String, Body> byId = new LinkedHashMap<>();
        for (Body body : bodies) {
            if (byId.putIfAbsent(body.id(), body) != null) {
                throw new IllegalArgumentException("Body " + body.id() + " is registered twice");
            }
        }
        List<Body> all = List.copyOf(byId.values());
        return new BodyRegister() {
            @Override
            public Optional<Body> find(String bodyId) {
                return Optional.ofNullable(bodyId).map(byId::get);
            }

            @Override
            public List<Body> all() {
                return all;
            }
        };
    }
}
