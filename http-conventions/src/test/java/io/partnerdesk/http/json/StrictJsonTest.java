package io.partnerdesk.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The customiser on a mapper set up as Quarkus sets it up (java.time module first, then the customisers). */
class StrictJsonTest {

    enum Status {
        ACTIVE,
        SUSPENDED,
        CANCELLED
    }

    record Body(Integer quantity, Boolean autoRenew, String name, Status status, Instant at) {
    }

    record Counted(int count) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static Body read(String json) throws JsonProcessingException {
        return mapper().readValue(json, Body.class);
    }

    @Test
    @DisplayName("values as written are read; nothing is coerced")
    void strict() throws JsonProcessingException {
        Body ok = read("{\"quantity\": 3, \"autoRenew\": true, \"name\": \"a\\tb\", \"status\": \"CANCELLED\","
                + " \"at\": \"2026-11-30T08:00:00Z\"}");
        assertThat(ok.quantity()).isEqualTo(3);
        assertThat(ok.at()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThatThrownBy(() -> read("{\"quantity\": 30.9}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"quantity\": \"30\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"autoRenew\": \"false\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"autoRenew\": 1}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\": 12}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"status\": 2}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper().readValue("{\"count\": null}", Counted.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(mapper().readValue("{\"count\": 2}", Counted.class).count()).isEqualTo(2);
        assertThatThrownBy(() -> read("{\"quantity\": 1, \"quantity\": 2}")).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'quantity'");
        assertThatThrownBy(() -> read("{\"quantity\": 1} {}")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    @DisplayName("control characters in text and times PostgreSQL cannot store are refused with the field's path")
    void storable() {
        assertThatThrownBy(() -> read("{\"name\": \"a\\u0000b\"}")).isInstanceOfSatisfying(InvalidFormatException.class,
                e -> assertThat(e.getPath().get(0).getFieldName()).isEqualTo("name"));
        assertThatThrownBy(() -> read("{\"at\": \"-5000-01-01T00:00:00Z\"}"))
                .isInstanceOfSatisfying(InvalidFormatException.class,
                        e -> assertThat(e.getPath().get(0).getFieldName()).isEqualTo("at"));
        assertThatThrownBy(() -> read("{\"at\": \"+10000-01-01T00:00:00Z\"}"))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"at\": 12}")).isInstanceOf(MismatchedInputException.class);
    }
}
