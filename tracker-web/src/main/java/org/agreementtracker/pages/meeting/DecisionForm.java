package org.agreementtracker.pages.meeting;

import org.agreementtracker.meeting.DecisionRequest;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;

/**
 * The form that records a decision: the API's {@link DecisionRequest} with the agreement it concerns (if any) and
 * one action item (if any: given when any of its fields is).
 */
public class DecisionForm {

    private String text;
    private String agreementId;
    private String actionTitle;
    private String actionOwner;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actionDueOn;

    DecisionRequest asRequest() {
        boolean action = present(actionTitle) || present(actionOwner) || actionDueOn != null;
        return new DecisionRequest(text == null ? null : text.strip(),
                                   present(agreementId) ? List.of(agreementId) : List.of(),
                                   action ? List.of(new DecisionRequest.ActionRequest(
                                           present(actionTitle) ? actionTitle.strip() : null,
                                           present(actionOwner) ? actionOwner : null, actionDueOn))
                                          : List.of());
    }

    static String fieldOf(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("agreementIds")) {
            return "agreementId";
        }
        if (path.startsWith("actions")) {
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            return switch (leaf) {
                case "title" -> "actionTitle";
                case "owner" -> "actionOwner";
                case "dueOn" -> "actionDueOn";
                default -> null;
            };
        }
        return "text".equals(path) ? path : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(String agreementId) {
        this.agreementId = agreementId;
    }

    public String getActionTitle() {
        return actionTitle;
    }

    public void setActionTitle(String actionTitle) {
        this.actionTitle = actionTitle;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDueOn() {
        return actionDueOn;
    }

    public void setActionDueOn(LocalDate actionDueOn) {
        this.actionDueOn = actionDueOn;
    }
}
