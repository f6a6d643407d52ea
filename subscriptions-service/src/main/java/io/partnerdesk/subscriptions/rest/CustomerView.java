package io.partnerdesk.subscriptions.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.subscriptions.Customer;

@Schema(name = "Customer", description = "A partner's customer; id is the customer's tenant id.")
public record CustomerView(
        @Schema(example = "11111111-1111-4111-8111-111111111111") UUID id,
        @Schema(example = "contoso") String partnerId,
        @Schema(example = "Tailspin Toys") String companyName,
        @Schema(example = "tailspintoys.partner.onmschina.cn") String domain,
        @Schema(example = "billing@tailspintoys.cn") String billingEmail,
        Instant createdAt,
        Instant updatedAt) {

    public static CustomerView from(Customer customer) {
        return new CustomerView(customer.id, customer.partnerId, customer.companyName, customer.domain,
                customer.billingEmail, customer.createdAt, customer.updatedAt);
    }

    public static Cursor cursor(Customer customer) {
        return new Cursor(customer.createdAt, customer.id);
    }
}
