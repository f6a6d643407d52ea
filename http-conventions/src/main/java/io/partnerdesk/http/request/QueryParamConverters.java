package io.partnerdesk.http.request;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.partnerdesk.http.problem.ProblemException;

/**
 * Typed query parameters: a resource (or its {@code @BeanParam} record) declares {@code @QueryParam} of an enum,
 * {@link UUID}, {@link Instant} or {@link Boolean}, and the OpenAPI document shows that type; this provider converts
 * the text with {@link QueryParams}' rules (enums by their JSON names, RFC 3339 UTC times in years 1–9999, only
 * {@code true}/{@code false}), a blank value meaning "not given".
 * <p>
 * JAX-RS answers a query parameter that fails conversion with a bare 404. A {@code WebApplicationException} from the
 * converter passes unchanged, so the 400 problem that names the parameter travels as the cause of a
 * {@link BadRequestException} and is unwrapped by {@code ProblemExceptionMappers}.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(value -> QueryParams.uuid(name, value));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(value -> QueryParams.instant(name, value));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(value -> QueryParams.bool(name, value));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) converter(value -> QueryParams.enumValue(enumType, name, value));
        }
        return null;
    }

    private static String queryParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                try {
                    return parse.apply(value);
                } catch (ProblemException invalid) {
                    throw new BadRequestException(invalid);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null
                        : value instanceof Enum<?> constant
                                ? io.partnerdesk.http.json.JsonNames.of(constant)
                                : value.toString();
            }
        };
    }
}
