package org.agreementtracker.pages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;

/** Numbers as the reader's language writes them (150,000.5 or 150 000,5), every decimal the report gave kept. */
@Component("pageNumbers")
public class PageNumbers {

    public String of(BigDecimal number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        return format.format(number);
    }
}
