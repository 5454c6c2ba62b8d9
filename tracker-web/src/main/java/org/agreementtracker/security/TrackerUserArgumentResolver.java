package org.agreementtracker.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method's {@link TrackerUser} parameter the caller, however it authenticated. */
final class TrackerUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == TrackerUser.class;
    }

    @Override
    public TrackerUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return TrackerUser.of(SecurityContextHolder.getContext().getAuthentication())
                          .orElseThrow(() -> new InsufficientAuthenticationException(
                                  "This request needs an authenticated tracker user"));
    }
}
