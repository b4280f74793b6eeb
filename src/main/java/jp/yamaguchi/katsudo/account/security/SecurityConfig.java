package jp.yamaguchi.katsudo.account.security;

import java.util.HashMap;
import java.util.Map;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
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

  /** The id of the hash new passwords get; hashes of other ids are upgraded at login. */
  public static final String PASSWORD_HASH_ID = "argon2";

  /**
   * Passwords are hashed with Argon2id (a random 16-byte salt per hash, 16 MiB, 2 passes) behind a
   * {@link DelegatingPasswordEncoder}: each stored hash names its algorithm, so bcrypt hashes of
   * older accounts still verify and are re-hashed with Argon2id at their next login. The legacy
   * migration adds WordPress's formats here.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    Map<String, PasswordEncoder> encoders = new HashMap<>();
    encoders.put(PASSWORD_HASH_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    encoders.put("bcrypt", new BCryptPasswordEncoder());
    return new DelegatingPasswordEncoder(PASSWORD_HASH_ID, encoders);
  }

  /**
   * The staff login's authentication manager: the staff accounts, behind the lockout, with hash
   * upgrades. Deliberately not a bean and without a parent manager, so no other login form can
   * reach the staff accounts (and a failure is counted once).
   */
  static AuthenticationManager staffAuthentication(
      StaffUserDetailsService staff,
      PasswordEncoder encoder,
      LoginLockout lockout,
      AuditLog audit,
      AuthenticationEventPublisher events) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(staff);
    dao.setPasswordEncoder(encoder);
    dao.setUserDetailsPasswordService(staff);
    ProviderManager manager =
        new ProviderManager(
            new LockoutAuthenticationProvider("staff", dao, lockout, audit, id -> id));
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
  }

  @Bean
  @Order(1)
  SecurityFilterChain adminChain(
      HttpSecurity http,
      SiteSettings settings,
      StaffUserDetailsService staff,
      PasswordEncoder encoder,
      LoginLockout lockout,
      AuditLog audit,
      AuthenticationEventPublisher events)
      throws Exception {
    http.securityMatcher("/admin", "/admin/**")
        .authenticationManager(staffAuthentication(staff, encoder, lockout, audit, events))
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
                    .addLogoutHandler(new AuditLogoutHandler(audit, "staff"))
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
