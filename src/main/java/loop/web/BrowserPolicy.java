package loop.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser security headers on every answer, the static UI files included (the JAX-RS {@link
 * SecurityHeaders} only sees {@code /api}): a strict Content Security Policy (own scripts,
 * styles and connections only; pictures also from data: and blob: URLs; no framing, no base
 * URI, forms only to us), no MIME sniffing, no referrer, no framing for old browsers.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BrowserPolicy implements Filter {

  static final String CSP = "default-src 'self'; img-src 'self' data: blob:; "
      + "script-src 'self'; style-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'self'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse servletResponse,
      FilterChain chain) throws IOException, ServletException {
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, response);
  }
}
