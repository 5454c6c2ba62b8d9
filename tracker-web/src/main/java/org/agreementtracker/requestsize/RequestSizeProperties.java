package org.agreementtracker.requestsize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestBody the largest request body accepted, declared or streamed ({@code tracker.web.max-request-body}) */
@ConfigurationProperties("tracker.web")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}
