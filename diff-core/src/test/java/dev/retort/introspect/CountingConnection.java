package dev.retort.introspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real connection to count the statements executed through it, optionally failing the n-th execution.
 * Every call reaches the real database; nothing is answered by the wrapper.
 */
final class CountingConnection {

    private final AtomicInteger executions = new AtomicInteger();
    private final int failingExecution;
    private final Connection connection;

    private CountingConnection(Connection real, int failingExecution) {
        this.failingExecution = failingExecution;
        this.connection = proxy(Connection.class, real, this::onConnectionCall);
    }

    /** A wrapper that only counts. */
    static CountingConnection counting(Connection real) {
        return new CountingConnection(real, 0);
    }

    /** A wrapper whose n-th statement execution (counting from 1) throws instead of running. */
    static CountingConnection failingAt(Connection real, int execution) {
        return new CountingConnection(real, execution);
    }

    Connection connection() {
        return connection;
    }

    int executions() {
        return executions.get();
    }

    private Object onConnectionCall(Object real, Method method, Object[] args) throws Throwable {
        Object result = invoke(real, method, args);
        if (result instanceof Statement statement) {
            return proxy(method.getReturnType(), statement, this::onStatementCall);
        }
        return result;
    }

    private Object onStatementCall(Object real, Method method, Object[] args) throws Throwable {
        if (method.getName().startsWith("execute") && executions.incrementAndGet() == failingExecution) {
            throw new SQLException("injected failure of execution " + failingExecution);
        }
        return invoke(real, method, args);
    }

    private static Object invoke(Object real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Receives a call on a wrapped object together with the real object. */
    private interface Handler {
        Object handle(Object real, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object real, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(real, method, args);
        return type.cast(Proxy.newProxyInstance(CountingConnection.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }
}
