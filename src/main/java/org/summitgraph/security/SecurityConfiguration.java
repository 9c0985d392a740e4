package org.summitgraph.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.summitgraph.SummitGraphProperties;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Reading is open to everyone; writing (ingesting, deleting) needs the {@code admin} account over HTTP Basic.
 * The API is called by programs with credentials on each request, so it carries no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String ADMIN = "admin";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // the SPARQL endpoint is read-only and open to every site, POST included
                        .requestMatchers("/sparql").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("SummitGraph"))
                .cors(cors -> { })
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/sparql"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SummitGraphProperties properties, PasswordEncoder encoder) {
        String password = properties.admin() == null ? null : properties.admin().password();
        if (password == null || password.isBlank()) {
            password = generated();
            log.warn("No summitgraph.admin.password set; generated one for user '{}': {}", ADMIN, password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(ADMIN).password(encoder.encode(password))
                .roles("ADMIN").build());
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
