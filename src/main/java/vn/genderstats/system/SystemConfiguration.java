package vn.genderstats.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GenderstatsProperties.class)
class SystemConfiguration {

    /** Offices run on Viet Nam time; tests replace the clock to fix "today". */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
