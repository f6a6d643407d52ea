package io.partnerdesk.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The callers of an authorization matrix and what every refusal must look like. The record under test belongs to a
 * customer of contoso; fabrikam is the other partner and Wingtip Toys the other customer.
 */
public final class RoleMatrix {

    public static final String OWNING_PARTNER_ID = "contoso";
    public static final String OTHER_PARTNER_ID = "fabrikam";

    private RoleMatrix() {
    }

    /** Each kind of caller a route must answer correctly. */
    public enum Caller {
        OWNING_PARTNER,
        OTHER_PARTNER,
        CUSTOMER,
        OTHER_CUSTOMER,
        ENGINEER,
        OPERATOR,
        NO_TOKEN;

        /** A request as this caller; {@code customerId} is the tenant the record under test is about. */
        public RequestSpecification request(UUID customerId) {
            return switch (this) {
                case OWNING_PARTNER -> Api.as(Tokens.partner(OWNING_PARTNER_ID));
                case OTHER_PARTNER -> Api.as(Tokens.partner(OTHER_PARTNER_ID));
                case CUSTOMER -> Api.as(Tokens.customer(customerId));
                case OTHER_CUSTOMER -> Api.as(Tokens.customer(Tokens.WINGTIP));
                case ENGINEER -> Api.as(Tokens.engineer());
                case OPERATOR -> Api.as(Tokens.operator());
                case NO_TOKEN -> Api.anonymous();
            };
        }
    }

    /**
     * The expected status per caller, each named: {@code expect().owningPartner(200).otherPartner(404).customer(403)
     * .otherCustomer(404).engineer(403).operator(403)}. No token is always 401; a caller left out fails the test.
     */
    public static Expected expect() {
        return new Expected();
    }

    /** What each caller must be answered; built by {@link #expect()}. */
    public static final class Expected {

        private final Map<Caller, Integer> statuses = new java.util.EnumMap<>(Caller.class);

        private Expected() {
            statuses.put(Caller.NO_TOKEN, 401);
        }

        public Expected owningPartner(int status) {
            return with(Caller.OWNING_PARTNER, status);
        }

        public Expected otherPartner(int status) {
            return with(Caller.OTHER_PARTNER, status);
        }

        public Expected customer(int status) {
            return with(Caller.CUSTOMER, status);
        }

        public Expected otherCustomer(int status) {
            return with(Caller.OTHER_CUSTOMER, status);
        }

        public Expected engineer(int status) {
            return with(Caller.ENGINEER, status);
        }

        public Expected operator(int status) {
            return with(Caller.OPERATOR, status);
        }

        private Expected with(Caller caller, int status) {
            statuses.put(caller, status);
            return this;
        }

        /** The status {@code caller} must get; a caller the route forgot to name is a mistake in the test. */
        public int get(Caller caller) {
            Integer status = statuses.get(caller);
            if (status == null) {
                throw new IllegalStateException("No expected status for " + caller + "; name every caller");
            }
            return status;
        }
    }

    /** The status, and for a refusal a problem body with that status (and a Bearer challenge for 401). */
    public static ValidatableResponse assertAnswer(Response response, int expected) {
        ValidatableResponse then = response.then().statusCode(expected);
        if (expected >= 400) {
            then.contentType("application/problem+json").body("status", equalTo(expected));
        }
        if (expected == 401) {
            then.header("WWW-Authenticate", containsString("Bearer"));
        }
        return then;
    }
}
