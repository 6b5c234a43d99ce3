package org.caretrail.web.accesslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.web.query.CsvConverter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The access log's store, the filter that feeds it, what it reads results from, and its CSV export. */
@Configuration(proxyBeanMethods = false)
public class AccessLogConfiguration implements WebMvcConfigurer {

    private final ReadResults results;

    public AccessLogConfiguration(ReadResults results) {
        this.results = results;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(results);
    }

    @Bean
    AccessLogStore accessLogStore(MongoDatabase database) {
        AccessLogStore store = new AccessLogStore(database);
        store.createIndexes();
        return store;
    }

    @Bean
    AccessLogFilter accessLogFilter(AccessLogStore store, QueryGateway queries, Clock clock, ObjectMapper json,
                                    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        return new AccessLogFilter(store, new RequestClassifier(mapping), new EpisodePatients(queries), clock, json);
    }

    @Bean
    CsvConverter<AccessLogListing> accessLogCsv() {
        return new CsvConverter<>(AccessLogListing.class, AccessLogCsv::format);
    }

    /** The filter runs inside the security chain only; registered on its own it would run before anyone is known. */
    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilterOutsideSecurity(AccessLogFilter filter) {
        FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
