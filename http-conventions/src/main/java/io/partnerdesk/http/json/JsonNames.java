package io.partnerdesk.http.json;

import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The name an enum constant has in JSON: its {@code @JsonProperty} value, else its Java name. The one place that
 * reads it, so that messages, query parameters and events spell a value exactly as the API documents it.
 */
public final class JsonNames {

    private static final ClassValue<Map<? extends Enum<?>, String>> NAMES = new ClassValue<>() {
        @Override
        protected Map<? extends Enum<?>, String> computeValue(Class<?> type) {
            return names(type.asSubclass(Enum.class));
        }
    };

    private JsonNames() {
    }

    public static String of(Enum<?> constant) {
        return NAMES.get(constant.getDeclaringClass()).get(constant);
    }

    private static <E extends Enum<E>> Map<E, String> names(Class<E> type) {
        Map<E, String> names = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            try {
                JsonProperty json = type.getField(constant.name()).getAnnotation(JsonProperty.class);
                names.put(constant, json != null ? json.value() : constant.name());
            } catch (NoSuchFieldException e) {
                names.put(constant, constant.name());
            }
        }
        return names;
    }
}
