/**
 * Abuse limits of the public forms (sign-up, password reset, inquiries, the contact form): a spam
 * guard without third-party services and rate limits counted in the database.
 *
 * <h2>Using it in a public form</h2>
 *
 * <ol>
 *   <li>In the template, inside the {@code <form>} (next to the CSRF token), add the guard's fields
 *       with the form's name (1-40 of {@code [a-z0-9-]}):
 *       <pre>{@code <th:block th:replace="~{fragments/guard :: fields('contact')}"></th:block>}
 *       </pre>
 *       It renders a honeypot text field (visually hidden, {@code tabindex="-1"}, {@code
 *       autocomplete="off"}, labelled 「この欄は入力しないでください」 for screen-reader users) and a hidden,
 *       signed token of the time the form was shown. Keep the form's {@code fragments/form ::
 *       errorSummary()}: the guard's errors appear there.
 *   <li>In the POST handler, call {@link jp.yamaguchi.katsudo.core.abuse.FormGuard#passes} first,
 *       before anything else is done with the submission, and show the same form again when it says
 *       no:
 *       <pre>{@code
 * @PostMapping("/contact")
 * String send(@Valid @ModelAttribute("form") ContactForm form, BindingResult result,
 *     HttpServletRequest request, HttpServletResponse response, Model model) {
 *   if (!guard.passes(request, response, result, "contact",
 *       Limit.perClient("contact", 5, Duration.ofMinutes(10)),
 *       Limit.perTarget("contact-mail", form.getEmail(), 3, Duration.ofHours(1)))) {
 *     return "contact/form";            // error summary shows the reason; typed values stay
 *   }
 *   if (result.hasErrors()) { ... }     // the usual validation
 *   ...
 * }
 * }</pre>
 *       The guard adds a global error to the binding result (so the error summary lists it and the
 *       title starts with 「エラー：」) and sets the status: 400 when the spam guard refuses (honeypot
 *       filled, token missing, forged or for another form, sent faster than {@code
 *       katsudo.abuse.min-fill-time} = 3 s, or older than {@code katsudo.abuse.max-form-age} = 24
 *       h), 429 with {@code Retry-After} when a limit is reached (「短時間に送信が続いたため、
 *       しばらく時間をおいてからお試しください。」). A re-shown form carries a fresh token, so a person who was refused
 *       can simply send again.
 *   <li>Choose limits per form: a per-client limit (IP address) against floods, and a per-target
 *       limit (the mail address typed, the account concerned) against mail bombing one person
 *       through many addresses. Suggested: sign-up 5/hour per IP and 3/hour per address; password
 *       reset 5/hour per IP and 3/hour per address; inquiry and contact form 10/hour per IP.
 *       Counting happens only after the spam check passed, and a refused attempt is not counted.
 * </ol>
 *
 * <p>Lower-level use: {@link jp.yamaguchi.katsudo.core.abuse.RateLimits#tryAcquire} for any other
 * counter (e.g. per account, without a form), {@link
 * jp.yamaguchi.katsudo.core.abuse.SpamGuard#check} for the spam check alone.
 *
 * <p>Storage: counters live in {@code rate_limit}, keyed by an HMAC of the IP address or target
 * ({@code FieldCrypto.lookupHash}), never the plain value; ended windows are deleted hourly by the
 * db-scheduler task {@code rate-limit-cleanup}. Behind a reverse proxy the client address comes
 * from {@code X-Forwarded-For} ({@code server.forward-headers-strategy=native} in the prod
 * profile).
 */
package jp.yamaguchi.katsudo.core.abuse;
