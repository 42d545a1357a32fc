package nl.samenspraak;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes the embedded H2 refuse a write in a read-only transaction, as PostgreSQL does ("cannot execute INSERT in
 * a read-only transaction", SQLSTATE 25006). Spring marks the connection of a {@code @Transactional(readOnly =
 * true)} method with {@link Connection#setReadOnly}; PostgreSQL's driver then opens a read-only transaction, but
 * H2 takes the flag as a hint only. Here every connection remembers the flag and refuses SQL that writes while it
 * is set.
 */
@TestConfiguration(proxyBeanMethods = false)
class PostgresReadOnlyTransactions {

    private static final Pattern WRITE = Pattern.compile("^\\s*(insert|update|delete|merge)\\b.*", Pattern.DOTALL);

    @Bean
    static BeanPostProcessor readOnlyConnectionsRefuseWrites() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? refusingWrites(dataSource) : bean;
            }
        };
    }

    private static DataSource refusingWrites(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = call(target, method, args);
                    return result instanceof Connection connection ? refusingWrites(connection) : result;
                });
    }

    private static Connection refusingWrites(Connection target) {
        boolean[] readOnly = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setReadOnly")) {
                        readOnly[0] = (Boolean) args[0];
                    }
                    if (method.getName().startsWith("prepare")) {
                        refuseWhileReadOnly(readOnly[0], args);
                    }
                    Object result = call(target, method, args);
                    return result instanceof Statement statement ? refusingWrites(statement, readOnly) : result;
                });
    }

    /** A plain statement gets its SQL when it runs: {@code execute(sql)}, {@code executeUpdate(sql)}, ... */
    private static Statement refusingWrites(Statement target, boolean[] readOnly) {
        Class<?> type = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().startsWith("execute") || method.getName().equals("addBatch")) {
                refuseWhileReadOnly(readOnly[0], args);
            }
            return call(target, method, args);
        });
    }

    private static void refuseWhileReadOnly(boolean readOnly, Object[] args) throws SQLException {
        if (readOnly && args != null && args[0] instanceof String sql && WRITE.matcher(sql.toLowerCase(Locale.ROOT)).matches()) {
            throw new SQLException("cannot execute " + sql.strip().split("\\s+")[0].toUpperCase(Locale.ROOT)
                    + " in a read-only transaction", "25006");
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
