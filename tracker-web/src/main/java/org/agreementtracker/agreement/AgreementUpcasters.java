package org.agreementtracker.agreement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upcasters of the agreement's events. Axon's autoconfiguration puts every upcaster bean into the chain the
 * event storage engine applies to whatever it reads, so the aggregate, the projections and the history all see the
 * current revision of each event.
 */
@Configuration(proxyBeanMethods = false)
public class AgreementUpcasters {

    @Bean
    public SectorCodesUpcaster sectorCodesUpcaster() {
        return new SectorCodesUpcaster();
    }
}
