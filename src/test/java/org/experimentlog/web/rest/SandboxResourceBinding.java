package org.experimentlog.web.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.springframework.context.ApplicationContext;

/**
 * Sandbox only (test scope; the sandbox's Spring scan and REST module pick it up because it lives in this package):
 * hands Jersey the Spring bean of every resource in this package.
 *
 * <p>Workaround, delete when {@code Sandbox.registerResource} is fixed: it registers one anonymous
 * {@code AbstractBinder} per resource, and Jersey keeps only the first instance of a component class, so only the
 * first resource Spring lists ({@code ExperimentResource}) gets its bean; Jersey builds every other resource itself
 * and fails, as HK2 knows none of their dependencies. This binder has its own class, so it is kept.
 */
@Named
@Provider
public class SandboxResourceBinding implements Feature {
    private final ApplicationContext spring;

    @Inject
    public SandboxResourceBinding(ApplicationContext spring) {
        this.spring = spring;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Object bean : spring.getBeansWithAnnotation(Path.class).values()) {
                    if (bean.getClass().getPackageName().equals(SandboxResourceBinding.class.getPackageName())) {
                        bind(bean).to((Class) bean.getClass());
                    }
                }
            }
        });
        return true;
    }
}
