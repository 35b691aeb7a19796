package org.lianxin.rest.internal;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The Jersey model of a resource class, with every method bound to one instance. Registering the model rather
 * than the instance itself keeps Jersey from also checking the instance as a provider (which logs a bogus
 * "does not implement any provider interfaces" warning per resource on every start).
 */
final class InstanceResources {
    private InstanceResources() {
    }

    static Resource of(Object instance) {
        return bind(Resource.from(instance.getClass()), instance);
    }

    private static Resource bind(Resource model, Object instance) {
        Resource.Builder b = model.getPath() == null ? Resource.builder() : Resource.builder(model.getPath());
        b.name(model.getName());
        for (ResourceMethod m : model.getResourceMethods()) {
            b.addMethod(m).handledBy(instance, m.getInvocable().getHandlingMethod());
        }
        ResourceMethod locator = model.getResourceLocator();
        if (locator != null) {
            b.addMethod(locator).handledBy(instance, locator.getInvocable().getHandlingMethod());
        }
        for (Resource child : model.getChildResources()) {
            b.addChildResource(bind(child, instance));
        }
        return b.build();
    }
}
