package org.agreementtracker.idempotency;

import java.util.List;

/**
 * The first answer to a request sent with an idempotency key, as it is given again to a repeat.
 *
 * @param status  HTTP status
 * @param headers the headers a client acts on (Location, ETag, Content-Type, ...), in order
 * @param body    the body's bytes
 */
public record RecordedAnswer(int status, List<Header> headers, byte[] body) {

    public record Header(String name, String value) {
    }

    public RecordedAnswer {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }
}
