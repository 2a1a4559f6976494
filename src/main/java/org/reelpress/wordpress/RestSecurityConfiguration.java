package org.reelpress.wordpress;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.identity.ApplicationPasswords;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what in the REST API, a chain of its own before the site's: no session (a browser's
 * sign-in cookie opens nothing here), HTTP Basic with an application password and nothing else,
 * no CSRF token asked of calls that carry such a password nor of a guest's new comment; anything
 * else that changes something without a password is refused. Reading is open to all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RestSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain restApi(HttpSecurity http, ApplicationPasswords passwords, RestResponses responses) throws Exception {
        http
                .securityMatcher(RestSite.API, RestSite.API + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        ApplicationPasswordFilter::carriesPassword,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, RestSite.V2 + "/comments")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> refuse(response, responses, 401))
                        .accessDeniedHandler((request, response, e) -> refuse(response, responses, 401)))
                .addFilterBefore(new ApplicationPasswordFilter(passwords, responses), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static void refuse(HttpServletResponse response, RestResponses responses, int status) throws IOException {
        RestException error = new RestException("rest_forbidden", "Sorry, you are not allowed to do that.", status);
        ApplicationPasswordFilter.write(response, responses, error);
    }
}
