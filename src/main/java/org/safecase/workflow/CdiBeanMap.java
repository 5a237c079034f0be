package org.safecase.workflow;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import java.util.AbstractMap;
import java.util.Set;

/**
 * Lets BPMN expressions name CDI beans: Flowable resolves {@code ${recordTriageOutcome}} (and
 * {@code flowable:delegateExpression}) by looking the name up in its "beans" map; this map
 * answers from the CDI container instead. Only {@code @Named} beans are reachable.
 */
final class CdiBeanMap extends AbstractMap<Object, Object> {
    private final BeanManager beanManager;

    CdiBeanMap(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String s && !beanManager.getBeans(s).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String s)) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(s));
        if (bean == null) {
            return null;
        }
        return beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        // The container cannot list beans by name cheaply, and Flowable never iterates this map.
        return Set.of();
    }
}
