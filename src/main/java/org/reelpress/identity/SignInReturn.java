package org.reelpress.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Brings a reader back to where they were after signing in, out, or failing to: the comment
 * form of the review they came from, with a word on what went wrong when something did.
 */
@Component
public class SignInReturn {

    /** The flash attribute that carries a failed sign-in's message to the page the reader returns to. */
    public static final String PROBLEM = "signInProblem";
    private static final String RETURN_TO = SignInReturn.class.getName() + ".returnTo";

    /** Security's handlers run before Spring MVC, so they keep flash messages through their own manager. */
    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    /** Remembers where to come back to; only addresses on this blog are kept. */
    public void rememberReturn(HttpServletRequest request, String localPath) {
        if (isLocal(localPath)) {
            request.getSession().setAttribute(RETURN_TO, localPath);
        }
    }

    static boolean isLocal(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x20);
    }

    private static String takeReturn(HttpServletRequest request, String fallback) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(RETURN_TO);
        if (session != null) {
            session.removeAttribute(RETURN_TO);
        }
        return saved instanceof String path ? path : fallback;
    }

    AuthenticationSuccessHandler onSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler savedRequests = new SavedRequestAwareAuthenticationSuccessHandler();
        DefaultRedirectStrategy seeOther = new DefaultRedirectStrategy();
        seeOther.setStatusCode(HttpStatus.SEE_OTHER);
        savedRequests.setRedirectStrategy(seeOther);
        return (request, response, authentication) -> {
            String back = takeReturn(request, null);
            if (back != null) {
                seeOther(response, back);
            } else {
                savedRequests.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** An external sign-in that failed goes back to the form with the reason; a password one to the sign-in page. */
    AuthenticationFailureHandler onFailure() {
        return (request, response, exception) -> {
            String back = takeReturn(request, null);
            if (back == null || !(exception instanceof OAuth2AuthenticationException)) {
                seeOther(response, "/signin?error=" + (exception instanceof OAuth2AuthenticationException ? "external"
                        : exception instanceof LockedException ? "locked" : "password"));
                return;
            }
            FlashMap flash = new FlashMap();
            flash.put(PROBLEM, messageFor(exception));
            flash.setTargetRequestPath(back.replaceAll("[?#].*", ""));
            flashes.saveOutputFlashMap(flash, request, response);
            seeOther(response, back);
        };
    }

    LogoutSuccessHandler onSignOut() {
        return (request, response, authentication) -> {
            String back = request.getParameter("returnTo");
            seeOther(response, isLocal(back) ? back : "/");
        };
    }

    static String messageFor(AuthenticationException exception) {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        return switch (code) {
            case "access_denied" -> "You did not allow the sign-in, so you are not signed in. Your comment is still here.";
            case "authorization_request_not_found", "invalid_state_parameter" ->
                    "The sign-in took too long or came from another window. Please try again; your comment is still here.";
            case "invalid_id_token", "invalid_nonce" ->
                    "The sign-in answer could not be trusted, so you are not signed in. Please try again.";
            case "invalid_token_response", "invalid_user_info_response", "server_error", "temporarily_unavailable" ->
                    "The sign-in service did not answer properly. Try again later, or comment with your name and e-mail.";
            default -> "The sign-in did not work. Please try again, or comment with your name and e-mail.";
        };
    }

    private static void seeOther(HttpServletResponse response, String location) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
