package org.agreementtracker.demo;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.milestone.Indicator;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An agreement or commitment of the reference data, as published: signed (with date, place and who exchanged it) or
 * announced (a date, sometimes only a year), and for some an indicator.
 *
 * @param announcedYearOnly the reference gives only the year of the announcement
 */
record ReferenceAgreement(String ref,
                          String title,
                          AgreementKind kind,
                          List<String> sectors,
                          List<String> parties,
                          String note,
                          LocalDate signedOn,
                          String place,
                          List<String> exchangedBy,
                          LocalDate announcedOn,
                          boolean announcedYearOnly,
                          LocalDate validFrom,
                          LocalDate validUntil,
                          Indicator indicator) {

    static List<ReferenceAgreement> all(JsonNode reference) {
        List<ReferenceAgreement> all = new ArrayList<>();
        reference.path("agreements").forEach(node -> all.add(of(node)));
        reference.path("commitments").forEach(node -> all.add(of(node)));
        return all;
    }

    static ReferenceAgreement of(JsonNode node) {
        String announced = text(node, "announcedOn");
        boolean yearOnly = announced != null && announced.matches("\\d{4}");
        return new ReferenceAgreement(text(node, "ref"), text(node, "title"),
                                      AgreementKind.valueOf(text(node, "kind")), strings(node.path("sectors")),
                                      strings(node.path("parties")), text(node, "note"), date(node, "signedOn"),
                                      text(node, "place"), strings(node.path("exchangedBy")),
                                      announced == null ? null
                                              : yearOnly ? LocalDate.of(Integer.parseInt(announced), 1, 1)
                                              : LocalDate.parse(announced),
                                      yearOnly, date(node, "validFrom"), date(node, "validUntil"),
                                      indicator(node.path("indicator")));
    }

    /** The baseline is the earliest year the reference gives a value for. */
    private static Indicator indicator(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        BigDecimal baseline = null;
        Integer baselineYear = null;
        JsonNode baselines = node.path("baseline");
        if (baselines.isArray() && !baselines.isEmpty()) {
            JsonNode earliest = baselines.get(0);
            for (JsonNode candidate : baselines) {
                if (candidate.path("year").asInt() < earliest.path("year").asInt()) {
                    earliest = candidate;
                }
            }
            baseline = earliest.path("value").decimalValue();
            baselineYear = earliest.path("year").asInt();
        } else if (baselines.isNumber()) {
            baseline = baselines.decimalValue();
        }
        return new Indicator(text(node, "name"), text(node, "unit"), node.path("target").decimalValue(), baseline,
                             baselineYear, true);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
