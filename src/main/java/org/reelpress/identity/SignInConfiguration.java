package org.reelpress.identity;

import java.time.Duration;

import org.reelpress.site.SettingsRepository;
import org.reelpress.web.ExpiredForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.web.client.RestClient;

/**
 * Who may go where. Reading and commenting are open to all; every form that changes something
 * carries a CSRF token; writers sign in with a password, readers with the providers configured.
 * Only where there is a web server: a command such as {@code create-user} runs without one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SignInConfiguration {

    static final String SIGN_IN = "/signin";
    /** The cookie holding the other half of the forms' token (see formTokens). */
    static final String FORM_TOKEN_COOKIE = "reelpress_form";

    @Bean
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                            SignInReturn returns, ExternalAccounts accounts, WriterAccounts writers,
                            LoginAttempts attempts, SettingsRepository settings, UserRepository users,
                            ExpiredForms expiredForms, CsrfTokenRepository formTokens,
                            XorCsrfTokenRequestAttributeHandler formTokenMasks) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        // every guarded pattern below starts with one of these: a reader's request is decided at once
                        .requestMatchers(new OutsideTheGuardedAreas("admin", "account")).permitAll()
                        .requestMatchers("/admin/users", "/admin/users/**").hasAuthority(Permission.MANAGE_USERS.authority())
                        .requestMatchers("/admin/settings", "/admin/settings/**", "/admin/import", "/admin/import/**",
                                "/admin/export", "/admin/export/**").hasAuthority(Permission.CHANGE_SETTINGS.authority())
                        .requestMatchers("/admin/comments", "/admin/comments/**").hasAuthority(Permission.MODERATE_COMMENTS.authority())
                        .requestMatchers("/admin/search", "/admin/search/**").hasAuthority(Permission.EDIT_OTHERS_POSTS.authority())
                        .requestMatchers("/admin", "/admin/**").hasAuthority(Permission.WRITE_DRAFTS.authority())
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .usernameParameter("login").passwordParameter("password")
                        .successHandler(returns.onSuccess()).failureHandler(returns.onFailure()))
                .rememberMe(remember -> remember
                        .key(settings.secret()).userDetailsService(writers).rememberMeParameter("remember")
                        .tokenValiditySeconds((int) Duration.ofDays(30).toSeconds()))
                .logout(logout -> logout
                        .logoutUrl("/signout").logoutSuccessHandler(returns.onSignOut())
                        .deleteCookies(SigningOut.COOKIES))
                .exceptionHandling(errors -> errors
                        .accessDeniedHandler(expiredForms)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new RequestHeaderRequestMatcher("Accept", "application/json"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN),
                                request -> true))
                // one-click unsubscribe (RFC 8058): mail programs post it without a token; the link's own token is the key
                // the form token's other half lives in a cookie, not a session: reading a review starts no session,
                // and a page can be served from a cache to every reader while each form still matches its reader
                .csrf(csrf -> csrf.csrfTokenRepository(formTokens).csrfTokenRequestHandler(formTokenMasks).ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/subscriptions/*/unsubscribe")))
                .addFilterBefore(attempts.addressLimit(SIGN_IN), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountCheck(users), AuthorizationFilter.class);
        ClientRegistrationRepository clients = registrations.getIfAvailable();
        if (clients != null) {
            http.oauth2Login(login -> login
                    .loginPage(SIGN_IN)
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(new ProviderRedirects(clients)))
                    .tokenEndpoint(token -> token.accessTokenResponseClient(tokenClient()))
                    .userInfoEndpoint(userInfo -> userInfo
                            .userService(accounts.oauth2Users()).oidcUserService(accounts.oidcUsers()))
                    .successHandler(returns.onSuccess()).failureHandler(returns.onFailure()));
        }
        return http.build();
    }

    /** Also used by the page cache, which fills each reader's token into a kept page before security runs. */
    @Bean
    CsrfTokenRepository formTokens() {
        return new FormTokenRepository(FORM_TOKEN_COOKIE);
    }

    /** Masks the token afresh for every page it is written into (BREACH); also used by the page cache. */
    @Bean
    XorCsrfTokenRequestAttributeHandler formTokenMasks() {
        XorCsrfTokenRequestAttributeHandler masks = new XorCsrfTokenRequestAttributeHandler();
        masks.setSecureRandom(TokenRandom.seeded());
        return masks;
    }

    /**
     * Asks providers for tokens over the JDK's own HTTP client, whatever other HTTP clients the
     * class path holds (Spring would otherwise pick the first one it finds).
     */
    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .configureMessageConverters(converters -> converters.registerDefaults()
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }
}
