package dev.retort.scan.discovery;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

/**
 * Forces the JVM to resolve the types a mapped class mentions in its fields, methods, generic signatures and
 * annotation values; any missing type surfaces as a {@link LinkageError} or {@link TypeNotPresentException}.
 */
final class LinkageCheck {

    private LinkageCheck() {
    }

    static void verify(Class<?> type) {
        type.getGenericSuperclass();
        type.getGenericInterfaces();
        annotations(type);
        for (Field field : type.getDeclaredFields()) {
            field.getGenericType();
            annotations(field);
        }
        for (Method method : type.getDeclaredMethods()) {
            method.getGenericReturnType();
            for (Type parameter : method.getGenericParameterTypes()) {
                parameter.getTypeName();
            }
            annotations(method);
        }
    }

    private static void annotations(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            members(annotation);
        }
    }

    /** Why: a Class-valued annotation member naming a missing class throws only when the member is read. */
    private static void members(Annotation annotation) {
        for (Method member : annotation.annotationType().getDeclaredMethods()) {
            if (member.getParameterCount() != 0) {
                continue;
            }
            try {
                member.setAccessible(true);
                nested(member.invoke(annotation));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
            } catch (IllegalAccessException | RuntimeException e) {
                if (e instanceof TypeNotPresentException missing) {
                    throw missing;
                }
            }
        }
    }

    private static void nested(Object value) {
        if (value instanceof Annotation annotation) {
            members(annotation);
        } else if (value instanceof Annotation[] annotations) {
            for (Annotation each : annotations) {
                members(each);
            }
        }
    }
}
