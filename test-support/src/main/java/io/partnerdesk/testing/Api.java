package io.partnerdesk.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Requests as a given caller, the way a partner integration sends them: bearer token, JSON both ways. */
public final class Api {

    /** Pages followed by {@link #allItems} before it gives up: a list that never ends is a bug of its own. */
    private static final int MAX_PAGES = 1000;

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /**
     * Every item of a list, page after page to the end, as {@code token} sees it. Isolation checks ("another
     * tenant's record is absent") read all of it: on the first page only they would pass with a broken filter once
     * the shared table holds more rows than a page.
     */
    public static List<Map<String, Object>> allItems(String token, String path) {
        return allItems(token, path, request -> request);
    }

    /** The same, with query parameters (filters) set by {@code filters} on every page's request. */
    public static List<Map<String, Object>> allItems(String token, String path,
            UnaryOperator<RequestSpecification> filters) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            RequestSpecification request = filters.apply(as(token).queryParam("limit", 200));
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath body = request.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(body.getList("items"));
            cursor = body.getString("nextCursor");
            if (cursor == null) {
                return items;
            }
        }
        throw new AssertionError(path + " did not end after " + MAX_PAGES + " pages");
    }

    /** The {@code id} of every item of a list, all pages. */
    public static List<String> allIds(String token, String path, UnaryOperator<RequestSpecification> filters) {
        return allItems(token, path, filters).stream().map(item -> String.valueOf(item.get("id"))).toList();
    }

    public static List<String> allIds(String token, String path) {
        return allIds(token, path, request -> request);
    }
}
