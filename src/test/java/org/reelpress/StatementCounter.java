package org.reelpress;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/** Counts the SQL statements the blog prepares, so tests can see how many queries a page costs. */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private final AtomicLong statements = new AtomicLong();

    public long count() {
        return statements.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
            return proxy(DataSource.class, dataSource);
        }
        return bean;
    }

    private <T> T proxy(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                statements.incrementAndGet();
            }
            try {
                Object result = method.invoke(target, args);
                return result instanceof Connection connection && type == DataSource.class
                        ? proxy(Connection.class, connection) : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
