package vn.genderstats.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.genderstats.account.Accounts;

/**
 * Sign-in with the accounts of {@code user add}: a session per user, CSRF tokens on every form (Spring Security's
 * default), pages only for signed-in users; what each may see and do for a unit is {@link vn.genderstats.account.Access}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PortalSecurity {

    @Bean
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/portal.css", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    UserDetailsService portalUsers(Accounts accounts) {
        return login -> accounts.find(login)
                .map(a -> User.withUsername(a.login())
                        .password(accounts.passwordHash(a.login()).orElseThrow())
                        .disabled(!a.enabled())
                        .authorities(a.roles().stream().map(r -> "ROLE_" + r.name()).toArray(String[]::new))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(login));
    }

    @Bean
    PasswordEncoder portalPasswords() {
        return Accounts.passwords();
    }
}
