package org.caretrail.web.faults;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test-only parts that break projections on purpose: a lossy token store, a poison switch, a delivery counter. */
@TestConfiguration(proxyBeanMethods = false)
class FaultProbes {

    @Bean
    @Primary
    FlakyTokenStore flakyTokenStore(@Qualifier("tokenStore") TokenStore real) {
        return new FlakyTokenStore(real);
    }

    @Bean
    PoisonSwitch poisonSwitch() {
        return new PoisonSwitch();
    }

    @Bean
    DeliveryCounter deliveryCounter() {
        return new DeliveryCounter();
    }
}
