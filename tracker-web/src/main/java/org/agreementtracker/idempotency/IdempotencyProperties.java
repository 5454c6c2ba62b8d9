package org.agreementtracker.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param retention         how long a key's first answer is kept and given again ({@code tracker.idempotency.retention})
 * @param inProgressTimeout how long a key stays claimed by a request that has not answered; after it, a node that
 *                          died mid-request no longer blocks the key and a repeat is handled anew
 */
@ConfigurationProperties("tracker.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention,
                                    @DefaultValue("1m") Duration inProgressTimeout) {
}
