package nl.samenspraak;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Stored statuses and phases are enums in the code and their wire names in the rows ({@code open},
 * {@code finished}): lower case, {@code -} for {@code _}, as the JSON has them, so that the rows written before
 * they were enums read as they are. Spring Data would store {@code OPEN}.
 */
@Configuration(proxyBeanMethods = false)
class StoredEnums {

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect) {
        return JdbcCustomConversions.of(dialect, List.of(new ToWireName(), new FromWireName()));
    }

    static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @WritingConverter
    static final class ToWireName implements Converter<Enum<?>, String> {
        @Override
        public String convert(Enum<?> value) {
            return wireName(value);
        }
    }

    @ReadingConverter
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class FromWireName implements ConverterFactory<String, Enum> {
        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return stored -> (T) Arrays.stream(type.getEnumConstants()).filter(c -> wireName(c).equals(stored))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "'" + stored + "' is none of " + type.getSimpleName() + "'s wire names"));
        }
    }
}
