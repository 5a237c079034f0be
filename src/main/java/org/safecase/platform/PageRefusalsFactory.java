package org.safecase.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link PageRefusals} in front of Mojarra's own handler (registered in faces-config.xml). */
public class PageRefusalsFactory extends ExceptionHandlerFactory {
    public PageRefusalsFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PageRefusals(getWrapped().getExceptionHandler());
    }
}
