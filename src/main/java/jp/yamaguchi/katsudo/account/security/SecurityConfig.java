package jp.yamaguchi.katsudo.account.security;

import java.util.HashMap;
import java.util.Map;
import jp.yamaguchi.katsudo.account.MemberAccounts;
import jp.yamaguchi.katsudo.account.StaffRole;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import jp.yamaguchi.katsudo.core.audit.AuditAction;
import jp.yamaguchi.katsudo.core.audit.AuditLog;
import jp.yamaguchi.katsudo.core.settings.SiteSettings;
import jp.yamaguchi.katsudo.core.site.Site;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.ott.OneTimeTokenAuthenticationFilter;
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
 * <p>The admin rules: {@link #ADMIN_ONLY} paths need 管理者, every other admin path needs 編集者 or 管理者.
 * The permission matrix of every URL is docs/permissions.md; PermissionMatrixTest checks that it
 * covers every handler and that the application does what it says.
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
   * migration adds WordPress's formats here. At most {@link
   * BoundedPasswordEncoder#defaultConcurrency()} hashes run at once, so bursts of logins cannot
   * fill the heap with Argon2's memory.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    Map<String, PasswordEncoder> encoders = new HashMap<>();
    encoders.put(PASSWORD_HASH_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    encoders.put("bcrypt", new BCryptPasswordEncoder());
    return new BoundedPasswordEncoder(
        new DelegatingPasswordEncoder(PASSWORD_HASH_ID, encoders),
        BoundedPasswordEncoder.defaultConcurrency());
  }

  /**
   * The staff login's authentication manager: the staff accounts behind the lockout, with hash
   * upgrades, and with two factors the mailed code behind the same lockout (a correct password then
   * does not clear the failure count: the code does). Deliberately not a bean and without a parent
   * manager, so no other login form can reach the staff accounts and a failure is counted once.
   */
  static AuthenticationManager staffAuthentication(
      StaffUserDetailsService staff,
      PasswordEncoder encoder,
      LoginLockout lockout,
      ClientLoginLimit clients,
      AuditLog audit,
      AuthenticationEventPublisher events,
      StaffSecurityProperties props,
      AuthenticationProvider codeLogin) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(staff);
    dao.setPasswordEncoder(encoder);
    dao.setUserDetailsPasswordService(staff);
    var password =
        new LockoutAuthenticationProvider(
            "staff",
            dao,
            lockout,
            clients,
            audit,
            id -> id,
            AuditAction.LOGIN_SUCCESS,
            !props.staffTwoFactor());
    ProviderManager manager =
        codeLogin == null
            ? new ProviderManager(password)
            : new ProviderManager(password, codeLogin);
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  /**
   * The member login of the public sites: member accounts by login ID or mail address, behind the
   * lockout (realm {@code member}; an address and its login ID share one failure count), with hash
   * upgrades, in an authentication manager of its own (see {@link MemberSessions}).
   */
  @Bean
  MemberSessions memberSessions(
      MemberUserDetailsService members,
      PasswordEncoder encoder,
      LoginLockout lockout,
      ClientLoginLimit clients,
      AuditLog audit) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(members);
    dao.setPasswordEncoder(encoder);
    dao.setUserDetailsPasswordService(members);
    return new MemberSessions(
        new LockoutAuthenticationProvider(
            MemberUser.REALM, dao, lockout, clients, audit, members::canonicalId),
        audit);
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
  }

  /**
   * The admin. With {@code katsudo.security.staff-two-factor}, every admin page needs two factors
   * (Spring Security's multi-factor authorization): the password ({@code FACTOR_PASSWORD}) and the
   * mailed login code ({@code FACTOR_OTT}, {@code oneTimeTokenLogin()} backed by {@link
   * StaffLoginCodes}). Someone with the password only is sent to the code page. The rule applies to
   * this chain only: the public chain (and its member login) is not affected.
   */
  @Bean
  @Order(1)
  SecurityFilterChain adminChain(
      HttpSecurity http,
      SiteSettings settings,
      AuditLog audit,
      AuthenticationEventPublisher events,
      PasswordEncoder encoder,
      StaffSecurityProperties props,
      SessionTimeouts timeouts,
      StaffLoginCodes codes,
      StaffUserDetailsService staff,
      LoginLockout lockout,
      ClientLoginLimit clients,
      RoleHierarchy roleHierarchy,
      KatsudoProperties app,
      Environment environment)
      throws Exception {
    boolean twoFactor = props.staffTwoFactor();
    DefaultAuthorizationManagerFactory<RequestAuthorizationContext> rules =
        twoFactor
            ? AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
                .requireFactors(
                    FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.OTT_AUTHORITY)
                .build()
            : new DefaultAuthorizationManagerFactory<>();
    rules.setRoleHierarchy(roleHierarchy);
    AuthenticationProvider codeLogin =
        twoFactor
            ? new LockoutAuthenticationProvider(
                "staff",
                new OneTimeTokenAuthenticationProvider(codes, staff),
                lockout,
                clients,
                audit,
                id -> id,
                AuditAction.SECOND_FACTOR_SUCCESS,
                true)
            : null;
    http.securityMatcher("/admin", "/admin/**")
        .authenticationManager(
            staffAuthentication(staff, encoder, lockout, clients, audit, events, props, codeLogin))
        .authorizeHttpRequests(
            auth -> {
              auth.requestMatchers("/admin/login").permitAll();
              if (twoFactor) {
                auth.requestMatchers(StaffLoginHandlers.CODE_PAGE, StaffLoginHandlers.CODE_SEND)
                    .hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY);
              }
              auth.requestMatchers(ADMIN_ONLY)
                  .access(rules.hasRole(StaffRole.ADMIN.name()))
                  .anyRequest()
                  .access(rules.hasRole(StaffRole.EDITOR.name()));
            })
        .formLogin(
            form ->
                form.loginPage("/admin/login")
                    .loginProcessingUrl("/admin/login")
                    .successHandler(
                        twoFactor
                            ? StaffLoginHandlers.passwordThenCode(timeouts, codes, audit)
                            : StaffLoginHandlers.complete(timeouts))
                    .failureHandler(StaffLoginHandlers.failed())
                    .permitAll())
        .logout(
            logout ->
                logout
                    .logoutUrl("/admin/logout")
                    .addLogoutHandler(new AuditLogoutHandler(audit, "staff"))
                    .logoutSuccessUrl("/admin/login?logout")
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("SESSION"))
        .headers(headers -> protectiveHeaders(headers, settings, props, hsts(app, environment)));
    if (twoFactor) {
      http.oneTimeTokenLogin(
          ott ->
              ott.tokenService(codes)
                  .tokenGeneratingUrl(StaffLoginHandlers.CODE_SEND)
                  .generateRequestResolver(
                      request -> {
                        Authentication current =
                            SecurityContextHolder.getContext().getAuthentication();
                        return hasPasswordFactor(current)
                            ? new GenerateOneTimeTokenRequest(
                                current.getName(), props.secondFactorValidity())
                            : null;
                      })
                  .tokenGenerationSuccessHandler(StaffLoginHandlers.resent(codes))
                  .loginPage(StaffLoginHandlers.CODE_PAGE)
                  .loginProcessingUrl(StaffLoginHandlers.CODE_PAGE)
                  .showDefaultSubmitPage(false)
                  .authenticationConverter(
                      request -> {
                        Authentication current =
                            SecurityContextHolder.getContext().getAuthentication();
                        if (!hasPasswordFactor(current)) return null;
                        String code = request.getParameter("code");
                        return OneTimeTokenAuthenticationToken.unauthenticated(
                            current.getName(), code == null ? "" : code);
                      })
                  .authenticationProvider(codeLogin)
                  .failureUrl(StaffLoginHandlers.CODE_PAGE + "?error")
                  .successHandler(StaffLoginHandlers.complete(timeouts))
                  .withObjectPostProcessor(
                      new ObjectPostProcessor<OneTimeTokenAuthenticationFilter>() {
                        @Override
                        public <O extends OneTimeTokenAuthenticationFilter> O postProcess(O f) {
                          // the code adds FACTOR_OTT to the password login instead of replacing it
                          f.setMfaEnabled(true);
                          return f;
                        }
                      }));
    }
    return http.build();
  }

  private static boolean hasPasswordFactor(Authentication authentication) {
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream()
            .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
  }

  /** HSTS only in production: HTTPS cookies ({@code katsudo.cookie-secure}) or the prod profile. */
  static boolean hsts(KatsudoProperties app, Environment environment) {
    return app.cookieSecure() || environment.acceptsProfiles(Profiles.of("prod"));
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
      AuditLog audit,
      StaffSecurityProperties props,
      KatsudoProperties app,
      Environment environment)
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
        .headers(headers -> protectiveHeaders(headers, settings, props, hsts(app, environment)))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable());
    return http.build();
  }

  /**
   * The headers of every response of both chains: no framing, nosniff, a referrer policy, the CSP
   * of {@link SiteContentSecurityPolicy}, HSTS in production only, and {@code no-store} for
   * everything personal ({@link NoStoreHeaderWriter}).
   */
  static void protectiveHeaders(
      HeadersConfigurer<HttpSecurity> headers,
      SiteSettings settings,
      StaffSecurityProperties props,
      boolean hsts) {
    headers
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .contentTypeOptions(Customizer.withDefaults())
        .referrerPolicy(
            r ->
                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .httpStrictTransportSecurity(
            h -> {
              if (hsts) h.includeSubDomains(true).maxAgeInSeconds(31536000);
              else h.disable();
            })
        .addHeaderWriter(new SiteContentSecurityPolicy(settings))
        .addHeaderWriter(new NoStoreHeaderWriter(props.noStorePaths()))
        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
  }
}
