package vn.genderstats.validate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.genderstats.catalog.Catalog;
import vn.genderstats.system.GenderstatsProperties;

@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    /** Loaded and checked at start-up: a rule naming an unknown code stops the program, naming the rule. */
    @Bean
    ValidationRules validationRules(GenderstatsProperties properties, Catalog catalog) {
        return RulesLoader.load(properties.jobs().resolve("rules.yaml"), catalog);
    }
}
