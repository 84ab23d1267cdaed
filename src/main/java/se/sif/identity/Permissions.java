package se.sif.identity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may call a service method, judged by that method's own
 * {@code @PreAuthorize}. Pages offer a step (a form, a button) only when this says yes,
 * so who may do what is written once, on the service, and the page can never offer what
 * the service would refuse. Controllers ask {@link #allows}; templates ask
 * {@code @may.to(...)}, never for role names. Only role rules can be judged this way: a
 * rule about a method's arguments is the service's to answer (e.g.
 * {@code ApplicationAccess.mayRead}).
 */
@Component("may")
public class Permissions {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

    private final Map<String, Method> methods = new ConcurrentHashMap<>();

    private final ApplicationContext context;

    Permissions(ApplicationContext context) {
        this.context = context;
    }

    /**
     * For templates, {@code ${@may.to('grants', 'pay')}}: whether the signed-in user may
     * call the method of the module service bean of that name.
     */
    public boolean to(String service, String name) {
        return allows(context.getBean(service), name);
    }

    /**
     * Whether the signed-in user passes the {@code @PreAuthorize} of the {@code service}
     * bean's method {@code name}.
     */
    public boolean allows(Object service, String name) {
        Class<?> type = AopUtils.getTargetClass(service);
        Method method = methods.computeIfAbsent(type.getName() + "#" + name, key -> Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no public method " + name)));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        MethodInvocation invocation = new SimpleMethodInvocation(service, method,
                new Object[method.getParameterCount()]);
        AuthorizationResult result = manager.authorize(() -> authentication, invocation);
        return result == null || result.isGranted();
    }

}
