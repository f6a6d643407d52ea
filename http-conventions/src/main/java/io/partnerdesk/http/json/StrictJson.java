package io.partnerdesk.http.json;

import java.io.IOException;
import java.time.Instant;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request bodies strictly, in every service: a value is taken as the client wrote it or refused with a 400
 * naming the field, never coerced into something else. Without this, {@code {"quantity": 30.9}} was stored as 30 and
 * {@code {"status": 2}} was read as the enum's third constant: a typo in a client cancelled a subscription.
 * <ul>
 * <li>no float → integer truncation, no string → number or boolean, no number → string or enum (enums by their JSON
 * names only);</li>
 * <li>{@code null} for a primitive is refused (required objects are {@code @NotNull}, checked by validation);</li>
 * <li>a key given twice, or anything after the body's one value, is refused;</li>
 * <li>text holding C0 control characters other than tab, CR and LF is refused ({@link TextRules});</li>
 * <li>times are RFC 3339 text within years 1 to 9999 (PostgreSQL's range): numbers and other years are refused.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // Jackson's own switch for "1" → 1, 1 → true and the like; the coercion table below covers the rest.
        configure(mapper, MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType scalar : new LogicalType[]{ LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("partnerdesk-strict-json")
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(Instant.class, new StorableInstant()));
    }

    @SuppressWarnings("deprecation")
    private static void configure(ObjectMapper mapper, MapperFeature feature, boolean state) {
        // Deprecated in favour of the builder, which Quarkus does not expose; safe before the mapper's first use.
        mapper.configure(feature, state);
    }

    @Override
    public int priority() {
        // After Quarkus's own customisers (which read quarkus.jackson.*), so that nothing loosens these again.
        return MINIMUM_PRIORITY;
    }

    /** Text without control characters; the refusal names the field through Jackson's path. */
    static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && TextRules.hasForbiddenControl(text)) {
                throw context.weirdStringException(text, String.class, TextRules.CONTROL_CHARACTER_MESSAGE);
            }
            return text;
        }
    }

    /**
     * An RFC 3339 instant within years 1 to 9999. Wraps Jackson's own deserializer rather than extending it: its
     * contextualisation (per property) returns fresh base instances, which silently dropped a subclass's checks.
     */
    static final class StorableInstant extends StdDeserializer<Instant> implements ContextualDeserializer {

        private final JsonDeserializer<Instant> delegate;

        StorableInstant() {
            this(InstantDeserializer.INSTANT);
        }

        @SuppressWarnings("unchecked")
        private StorableInstant(JsonDeserializer<?> delegate) {
            super(Instant.class);
            this.delegate = (JsonDeserializer<Instant>) delegate;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                    ? c.createContextual(context, property)
                    : delegate;
            return new StorableInstant(contextual);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
                // Epoch numbers are a guess about units; the API speaks RFC 3339 only.
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            Instant time = delegate.deserialize(parser, context);
            if (time != null && !TextRules.inRange(time)) {
                throw context.weirdStringException(parser.getText(), Instant.class, TextRules.TIME_RANGE_MESSAGE);
            }
            return time;
        }
    }
}
