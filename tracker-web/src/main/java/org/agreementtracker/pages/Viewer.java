package org.agreementtracker.pages;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.security.TrackerUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * The signed-in user as the pages' templates see them (name, role, body), for the header and for leaving out what
 * they may not do ({@code committee}: the committee or an administrator, who plan, hold and minute meetings).
 * Leaving an action out is courtesy; the server refuses it anyway.
 */
public record Viewer(String username, String roles, String body, boolean ministry, boolean committee) {

    public static Viewer of(TrackerUser user) {
        return new Viewer(user.username(), String.join(", ", user.roles().stream().map(Role::name).toList()),
                          user.body(), user.has(Role.MINISTRY), user.has(Role.COMMITTEE) || user.has(Role.ADMIN));
    }

    /**
     * Whether this officer's body may give an account of a milestone: its owner or a party. The aggregate decides
     * (ReportingPolicy); this only decides whether to offer the form.
     */
    public boolean mayReport(String owner, List<Party> parties) {
        return ministry && body != null
                && (body.equals(owner) || parties.stream().anyMatch(party -> body.equals(party.body())));
    }

    /** Puts the viewer into every page's model. */
    @ControllerAdvice(basePackages = "org.agreementtracker.pages")
    static class OnEveryPage {

        @ModelAttribute("viewer")
        Viewer viewer() {
            return TrackerUser.of(SecurityContextHolder.getContext().getAuthentication()).map(Viewer::of).orElse(null);
        }
    }
}
