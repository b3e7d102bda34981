package vn.genderstats.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GenderstatsProperties.class, OfficeTime.class})
class SystemConfiguration {

    /** The one clock, in the office's zone (Viet Nam time unless configured); tests replace it to fix "today". */
    @Bean
    Clock clock(OfficeTime time) {
        return Clock.system(time.zone());
    }
}
