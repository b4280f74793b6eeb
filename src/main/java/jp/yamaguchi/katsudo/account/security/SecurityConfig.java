package jp.yamaguchi.katsudo.account.security;

import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * HTTP security of the whole application. Two chains: the staff admin under {@code /admin/} (form
 * login, roles) and the public sites (anonymous, CSRF for every state change). Both send the same
 * protective headers; the CSP is per site and widens only for a configured GA4 tag.
 *
 * <p>The admin rules: {@link #ADMIN_ONLY} paths need 管理者, every other admin path needs 編集者 or 管理者
 * (the matrix is in docs/architecture.md; the Accounts issue generates docs/permissions.md from
 * this class).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

  /** Admin paths only a 管理者 may use: users and settings. */
  public static final String[] ADMIN_ONLY = {"/admin/staff/**", "/admin/settings/**"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
  }

  @Bean
  @Order(1)
  SecurityFilterChain adminChain(HttpSecurity http, SiteSettings settings) throws Exception {
    http.securityMatcher("/admin", "/admin/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/admin/login")
                    .permitAll()
                    .requestMatchers(ADMIN_ONLY)
                    .hasRole(StaffRole.ADMIN.name())
                    .anyRequest()
                    .hasRole(StaffRole.EDITOR.name()))
        .formLogin(
            form ->
                form.loginPage("/admin/login")
                    .loginProcessingUrl("/admin/login")
                    .defaultSuccessUrl("/admin/", false)
                    .failureUrl("/admin/login?error")
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/admin/logout")
                    .logoutSuccessUrl("/admin/login?logout")
                    .invalidateHttpSession(true)
                    .deleteCookies("SESSION"))
        .headers(headers -> protectiveHeaders(headers, settings));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain publicChain(HttpSecurity http, SiteSettings settings) throws Exception {
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .headers(headers -> protectiveHeaders(headers, settings))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable());
    return http.build();
  }

  static void protectiveHeaders(HeadersConfigurer<HttpSecurity> headers, SiteSettings settings) {
    headers
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .contentTypeOptions(Customizer.withDefaults())
        .referrerPolicy(
            r ->
                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
        .addHeaderWriter(new SiteContentSecurityPolicy(settings))
        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
  }
}
