package dev.retort.migration.runner;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wraps a real connection and records the SQL text of every {@code Statement.execute(String)} call, the way the
 * runner executes its scripts (its reads are queries and are not recorded). Every call reaches the database.
 */
final class RecordingConnection {

    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    private final Connection connection;

    RecordingConnection(Connection real) {
        this.connection = proxy(Connection.class, real, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Statement statement && method.getName().equals("createStatement")
                    ? proxy(Statement.class, statement, this::onStatementCall) : result;
        });
    }

    Connection connection() {
        return connection;
    }

    List<String> executed() {
        return List.copyOf(executed);
    }

    private Object onStatementCall(Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("execute") && args != null && args.length == 1 && args[0] instanceof String sql) {
            executed.add(sql);
        }
        return invoke(target, method, args);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(RecordingConnection.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
