package loop.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JSON routes live under {@code /api}; the static UI is served from {@code /}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
