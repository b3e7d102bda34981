package vn.genderstats.hierarchy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.genderstats.system.GenderstatsProperties;

@Configuration(proxyBeanMethods = false)
class HierarchyConfiguration {

    @Bean
    Hierarchy hierarchy(GenderstatsProperties properties, HierarchyStore store) {
        Hierarchy hierarchy = HierarchyFiles.load(properties.jobs().resolve("hierarchy"));
        store.sync(hierarchy);
        return hierarchy;
    }
}
