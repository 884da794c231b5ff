/**
 * Who may use the API: an optional admin password, sessions, sign-in throttling.
 *
 * <p>Requirements: with no password set, Loop is open (a display on the home network); once one
 * is set, every {@code /api} request except {@code GET /api/auth} and {@code POST
 * /api/auth/login} needs a session, carried by the {@code loop_session} cookie (HttpOnly,
 * SameSite=Strict) or {@code Authorization: Bearer}. Health routes and the static UI stay open;
 * the UI shows its sign-in form on 401.
 *
 * <p>Decisions:
 * <ul>
 *   <li>The password is stored only as a salted PBKDF2-HMAC-SHA256 hash from the JDK ({@code
 *       control.PasswordHash}), no library: the JDK's implementation is maintained and audited
 *       with the platform, and Argon2/bcrypt would add a dependency for a single login a week.
 *       100,000 iterations: the device runs the JIT in C1-only mode, where 600,000 (OWASP's
 *       current figure) took 1.6-2.5 s per check on this 2-core x86 VM and would take several
 *       times that on a Cortex-A53; the iteration count is part of the stored text, so it can be
 *       raised without invalidating stored hashes. Online guessing is bounded by the throttle.</li>
 *   <li>Sessions live in memory only (a bounded map of SHA-256 token hashes): nothing to leak
 *       from the SD card, nothing to clean up; a restart signs everyone out.</li>
 *   <li>The throttle counts wrong passwords per client address (5 a minute, then 429 with
 *       {@code Retry-After}), in a bounded LRU map.</li>
 *   <li>The row in {@code ACCESS_SETTINGS} wins over the configured preset ({@code
 *       loop.auth.password-hash}), so a password changed or cleared in the UI stays so.</li>
 *   <li>Cross-site protection is {@code loop.web.SameOrigin}'s (Origin check on every unsafe
 *       request, password or not); SameSite=Strict keeps the cookie off other sites' requests.</li>
 * </ul>
 */
package loop.access;
