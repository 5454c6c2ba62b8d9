package org.agreementtracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies a controller method's {@link PreAuthorize} rule before Spring reads and validates the request body.
 * Method security alone runs after binding, so an auditor posting an invalid body would learn "400, these fields are
 * wrong" instead of "403, you may not": the answer to who may do something must not depend on what they sent.
 * Method security still runs afterwards; the rules are the role constants of {@link Authorized}, which read no
 * arguments, so the method can be judged without them.
 */
final class RoleRulesBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    RoleRulesBeforeBinding(ApplicationContext context) {
        rules.setApplicationContext(context);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(PreAuthorize.class)) {
            var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
            var result = rules.authorize(SecurityContextHolder.getContext()::getAuthentication, invocation);
            if (result != null && !result.isGranted()) {
                throw new AccessDeniedException("Access Denied");
            }
        }
        return true;
    }
}
