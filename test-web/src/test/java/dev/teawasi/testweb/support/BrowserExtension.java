package dev.teawasi.testweb.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/** Hands the run's shared demo server and Chromium to tests and lifecycle methods that declare them. */
public final class BrowserExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DemoServerProcess.class || type == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == WebDriver.class) {
            return ChromiumSession.driver(context);
        }
        return DemoServerProcess.get(context);
    }
}
