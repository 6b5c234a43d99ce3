package org.caretrail.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every read model says which version of its documents it writes, so an upgrade can rebuild it by itself. */
@ApiTest
class ReadModelVersionsApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoDatabase database;

    @Test
    void everyProjectionDeclaresTheVersionOfWhatItStores() {
        ReadModelUpgrades upgrades = new ReadModelUpgrades(context, database, Clock.systemUTC(), Duration.ZERO);

        assertThat(upgrades.declared().keySet()).containsExactlyInAnyOrderElementsOf(ProcessingGroups.ALL);
        assertThat(upgrades.declared().values()).allMatch(version -> version >= 1);
    }
}
