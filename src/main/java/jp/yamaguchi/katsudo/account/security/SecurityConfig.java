package jp.yamaguchi.katsudo.account.security;

import java.util.HashMap;
import java.util.Map;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

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
  public static final String[] ADMIN_ONLY = {
    "/admin/staff/**", "/admin/settings/**", "/admin/members/**"
  };

  /**
   * Public paths only a signed-in member may use (both sites). Anonymous visitors go to the login
   * page of the site the path belongs to. Modules with member pages add their paths here.
   */
  public static final String[] MEMBER_ONLY = {
    "/mypage", "/mypage/**", "/aikasanet/mypage", "/aikasanet/mypage/**"
  };

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

  /**
   * The member login of the public sites: member accounts by login ID or mail address, behind the
   * lockout (realm {@code member}; an address and its login ID share one failure count), with hash
   * upgrades. Not a bean of its own, so the admin chain's provider stays the only one.
   */
  @Bean
  MemberSessions memberSessions(
      MemberUserDetailsService members,
      PasswordEncoder encoder,
      LoginLockout lockout,
      AuditLog audit) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(members);
    dao.setPasswordEncoder(encoder);
    dao.setUserDetailsPasswordService(members);
    return new MemberSessions(
        new LockoutAuthenticationProvider(
            MemberUser.REALM, dao, lockout, audit, members::canonicalId),
        audit);
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

  /**
   * The public sites: everything is open except {@link #MEMBER_ONLY}. A member's login is kept
   * under its own session key ({@link MemberSessions#CONTEXT_KEY}), so it never overwrites a staff
   * login of the same browser; the login itself is a controller ({@code MemberLoginController})
   * because it serves both sites' shells. Logging out ({@code POST /logout} or {@code POST
   * /aikasanet/logout}) ends the whole server session.
   */
  @Bean
  @Order(2)
  SecurityFilterChain publicChain(
      HttpSecurity http,
      SiteSettings settings,
      MemberSessions memberSessions,
      MemberAccounts memberAccounts,
      AuditLog audit)
      throws Exception {
    var logoutPaths =
        new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/aikasanet/logout"));
    http.securityContext(
            context ->
                context.securityContextRepository(
                    new DelegatingSecurityContextRepository(
                        memberSessions.repository(),
                        new RequestAttributeSecurityContextRepository())))
        .csrf(csrf -> csrf.csrfTokenRepository(MemberSessions.CSRF))
        .addFilterAfter(
            new MemberSessionFilter(memberAccounts, memberSessions.repository()),
            SecurityContextHolderFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(MEMBER_ONLY).hasRole(MemberUser.ROLE).anyRequest().permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(new MemberLoginEntryPoint()))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(logoutPaths)
                    .addLogoutHandler(
                        (request, response, auth) -> {
                          if (auth != null && auth.getPrincipal() instanceof MemberUser) {
                            audit.record(
                                AuditAction.LOGOUT, auth.getName(), MemberUser.REALM, null);
                          }
                        })
                    .logoutSuccessHandler(
                        (request, response, auth) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + Site.ofPath(request.getRequestURI()).path("login?logout")))
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("SESSION"))
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
