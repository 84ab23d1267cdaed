package se.sif.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Applies {@link FormRecords} to every form record a page handler receives, so no
 * controller can forget it: with one unreadable value (a year typed as "tjugosex"), the
 * record's other values would otherwise come back as Spring stored them (öre for a krona
 * amount typed "1 000", so a second press of the button books 100 times the sum) and Bean
 * Validation would not report the form's other mistakes. Wraps Spring MVC's
 * model-attribute resolvers; everything else about binding is Spring's own.
 */
@Component
class WholeFormRecords implements BeanPostProcessor {

    private final ObjectProvider<FormRecords> records;

    WholeFormRecords(ObjectProvider<FormRecords> records) {
        this.records = records;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
            List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
            for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
                resolvers.add(resolver instanceof ServletModelAttributeMethodProcessor modelAttributes
                        ? new Whole(modelAttributes, records) : resolver);
            }
            adapter.setArgumentResolvers(resolvers);
        }
        return bean;
    }

    private record Whole(ServletModelAttributeMethodProcessor spring,
            ObjectProvider<FormRecords> records) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return spring.supportsParameter(parameter);
        }

        @Override
        public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                NativeWebRequest request, @Nullable WebDataBinderFactory binders) throws Exception {
            Object form = spring.resolveArgument(parameter, container, request, binders);
            if (form == null || container == null) {
                return form;
            }
            ModelMap model = container.getModel();
            Object result = model.get(BindingResult.MODEL_KEY_PREFIX + ModelFactory.getNameForParameter(parameter));
            if (result instanceof BindingResult bound && bound.getTarget() == null) {
                records.getObject().bound(form, bound, model);
            }
            return form;
        }

    }

}
