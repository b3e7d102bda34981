package vn.genderstats.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.genderstats.system.GenderstatsProperties;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /** Loaded and checked at start-up: a broken catalogue stops the program before any job runs. */
    @Bean
    Catalog catalog(GenderstatsProperties properties) {
        return CatalogLoader.load(properties.jobs().resolve("catalog.yaml"));
    }
}
