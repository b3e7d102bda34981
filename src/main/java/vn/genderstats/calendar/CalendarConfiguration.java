package vn.genderstats.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.genderstats.system.GenderstatsProperties;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    ReportingCalendar reportingCalendar(GenderstatsProperties properties) {
        return CalendarLoader.load(properties.jobs().resolve("calendar.yaml"));
    }
}
