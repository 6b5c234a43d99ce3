package org.caretrail.web.accesslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.caretrail.infra.accesslog.AccessLogPage;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.web.query.CsvConverter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access log's store, the filter that feeds it, and its CSV export. */
@Configuration(proxyBeanMethods = false)
public class AccessLogConfiguration {

    @Bean
    AccessLogStore accessLogStore(MongoDatabase database) {
        AccessLogStore store = new AccessLogStore(database);
        store.createIndexes();
        return store;
    }

    @Bean
    AccessLogFilter accessLogFilter(AccessLogStore store, QueryGateway queries, Clock clock, ObjectMapper json) {
        return new AccessLogFilter(store, new EpisodePatients(queries), clock, json);
    }

    @Bean
    CsvConverter<AccessLogPage> accessLogCsv() {
        return new CsvConverter<>(AccessLogPage.class, AccessLogCsv::format);
    }

    /** The filter runs inside the security chain only; registered on its own it would run before anyone is known. */
    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilterOutsideSecurity(AccessLogFilter filter) {
        FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
