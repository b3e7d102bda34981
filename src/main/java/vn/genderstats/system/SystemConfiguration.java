package vn.genderstats.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GenderstatsProperties.class)
class SystemConfiguration {

    /** The one clock: Viet Nam time; tests replace it to fix "today". */
    @Bean
    Clock clock() {
        return Clock.system(VietNamTime.ZONE);
    }
}
