package org.agreementtracker.webtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user logged in to the pages as a browser is: the login form with its CSRF token, then the session cookie on every
 * request. For tests that read many pages as many users, where a real browser would take minutes.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;

    private PageSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A visitor who has not logged in. */
    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /** {@code user} logged in with the password {@link WebTest} gives them. */
    public static PageSession of(int port, String user) {
        PageSession session = new PageSession(port);
        String form = session.get("/login").body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("The login form has no CSRF token");
        }
        String body = "username=" + encode(user) + "&password=" + encode(Api.password(user)) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri("/login"))
                                                             .header("Content-Type",
                                                                     "application/x-www-form-urlencoded")
                                                             .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (login.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("Logging in as " + user + " failed: " + login.uri());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
