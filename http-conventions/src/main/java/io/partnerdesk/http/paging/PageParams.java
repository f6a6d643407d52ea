package io.partnerdesk.http.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code cursor} query parameters of every list, taken by a resource method as one
 * {@code @BeanParam PageParams paging} and read as a {@link PageRequest} (validated there: 400 naming the parameter).
 */
public class PageParams {

    @QueryParam("limit")
    @Parameter(
            description = "Page size, 1 to " + PageRequest.MAX_LIMIT + " (default " + PageRequest.DEFAULT_LIMIT + ")")
    String limit;

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page")
    String cursor;

    public PageRequest request() {
        return PageRequest.of(limit, cursor);
    }
}
