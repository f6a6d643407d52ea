package io.partnerdesk.messagecenter.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of the tenant directory. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryPage(List<DirectoryCustomer> items, String nextCursor) {
}
