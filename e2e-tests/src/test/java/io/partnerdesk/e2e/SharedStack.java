package io.partnerdesk.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.partnerdesk.localstack.Stack;

/**
 * One local stack (free ports, under target/stack) for every end-to-end class: started when a class first asks for it
 * as a parameter, stopped after the last class (and by a shutdown hook if the JVM ends early). Classes that stop or
 * kill a service start it again before they finish, so the next class finds the stack whole.
 */
public final class SharedStack implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Stack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("stack", key -> new Running(), Running.class)
                .stack;
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final Stack stack = new Stack(Path.of(".."), Path.of("target/stack"), Stack.Ports.free());

        Running() {
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop));
            stack.start();
        }

        @Override
        public void close() {
            stack.stop();
        }
    }
}
