package io.partnerdesk.messagecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Correcting a health issue's record, and its post-incident report. */
@QuarkusTest
class HealthIssueRecordTest {

    private static final String OPERATOR = Tokens.operator();
    private static final String MARKDOWN = "text/markdown";

    private static UUID issue() {
        return UUID.fromString(Api.as(OPERATOR).body(Map.of("service", "SharePoint Online", "title",
                "Sites load slowly", "impactDescription", "Some users see slow page loads.", "classification",
                "advisory")).post("/api/v1/service-health/issues").then().statusCode(201).extract().path("id"));
    }

    private static String path(UUID issue) {
        return "/api/v1/service-health/issues/" + issue;
    }

    private static String etag(String path) {
        return Api.as(OPERATOR).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static RequestSpecification markdown(String token) {
        return Api.as(token).contentType(MARKDOWN + "; charset=UTF-8");
    }

    @Nested
    @DisplayName("PATCH /service-health/issues/{id}")
    class Correct {

        @Test
        @DisplayName("the operator corrects title, impact, classification and feature; the status and posts stay")
        void corrects() {
            UUID issue = issue();
            Api.as(OPERATOR).header("If-Match", etag(path(issue))).body(Map.of("title",
                    "Sites load slowly in East China", "classification", "incident", "feature", "Sites",
                    "impactDescription",
                    "Users in East China see page loads over 10 s.")).patch(path(issue)).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("title", equalTo("Sites load slowly in East China"))
                    .body("classification", equalTo("incident")).body("feature", equalTo("Sites"))
                    .body("impactDescription", equalTo("Users in East China see page loads over 10 s."))
                    .body("status", equalTo("investigating")).body("posts", hasSize(0));
            Api.as(Tokens.customer(Tokens.TAILSPIN)).get(path(issue)).then().body("title",
                    equalTo("Sites load slowly in East China"));
        }

        @Test
        @DisplayName("If-Match: none is 428, stale 412; an empty patch or a blank title is 400; an unknown issue 404")
        void refused() {
            UUID issue = issue();
            String stale = etag(path(issue));
            Api.as(OPERATOR).body(Map.of("title", "x")).patch(path(issue)).then().statusCode(428);
            Api.as(OPERATOR).header("If-Match", stale).body(Map.of("feature", "Search")).patch(path(issue)).then()
                    .statusCode(200);
            Api.as(OPERATOR).header("If-Match", stale).body(Map.of("feature", "Lists")).patch(path(issue)).then()
                    .statusCode(412);
            Api.as(OPERATOR).header("If-Match", etag(path(issue))).body(Map.of()).patch(path(issue)).then()
                    .statusCode(400);
            Api.as(OPERATOR).header("If-Match", etag(path(issue))).body(Map.of("title", "  ")).patch(path(issue))
                    .then().statusCode(400).body("violations[0].field", equalTo("title"));
            Api.as(OPERATOR).header("If-Match", "*").body(Map.of("title", "x")).patch(path(UUID.randomUUID()))
                    .then().statusCode(404);
        }

        @Test
        @DisplayName("only operators correct: partner, customer and engineer are 403, no token 401")
        void roles() {
            UUID issue = issue();
            for (String token : new String[]{ Tokens.partner("contoso"), Tokens.customer(Tokens.TAILSPIN),
                    Tokens.engineer() }) {
                Api.as(token).header("If-Match", "*").body(Map.of("title", "Mine")).patch(path(issue)).then()
                        .statusCode(403);
            }
            Api.anonymous().header("If-Match", "*").body(Map.of("title", "Mine")).patch(path(issue)).then()
                    .statusCode(401);
        }
    }

    @Nested
    @DisplayName("post-incident report")
    class Report {

        @Test
        @DisplayName("published as Markdown (201), read by every role, replaced with its ETag (200); 428 without, 412 stale")
        void publishReadReplace() {
            UUID issue = issue();
            String report = path(issue) + "/report";
            Api.as(Tokens.partner("contoso")).get(report).then().statusCode(404)
                    .body("detail", containsString("no post-incident report yet"));
            String text = "## What happened\n\nA storage node in Shanghai failed over slowly.\n\n- Start: 09:10\n";
            markdown(OPERATOR).body(text).put(report).then().statusCode(201)
                    .header("Location", endsWith(report)).header("ETag", notNullValue())
                    .body("markdown", equalTo(text)).body("author", equalTo("vianet-operator"));
            for (String token : new String[]{ Tokens.partner("fabrikam"), Tokens.customer(Tokens.WINGTIP),
                    Tokens.engineer(), OPERATOR }) {
                Api.as(token).get(report).then().statusCode(200).body("markdown", equalTo(text))
                        .header("ETag", notNullValue());
            }
            String first = etag(report);
            markdown(OPERATOR).body(text + "\n## Follow-up\n").put(report).then().statusCode(428);
            markdown(OPERATOR).header("If-Match", first).body(text + "\n## Follow-up\n").put(report).then()
                    .statusCode(200).body("markdown", endsWith("## Follow-up\n"));
            markdown(OPERATOR).header("If-Match", first).body("stale").put(report).then().statusCode(412);
            assertThat(Api.as(OPERATOR).get(report).<String> path("markdown")).endsWith("## Follow-up\n");
        }

        @Test
        @DisplayName("64 KiB of UTF-8 is accepted, one byte more is 413; empty, malformed UTF-8 or a control character 400; JSON 415")
        void bounds() {
            UUID issue = issue();
            String report = path(issue) + "/report";
            markdown(OPERATOR).body("# x\u0000").put(report).then().statusCode(400);
            markdown(OPERATOR).body(" \n").put(report).then().statusCode(400);
            markdown(OPERATOR).body(new byte[]{ '#', ' ', (byte) 0xC3, (byte) 0x28 }).put(report).then().statusCode(400)
                    .body("violations[0].message", equalTo("must be UTF-8"));
            Api.as(OPERATOR).body(Map.of("markdown", "# x")).put(report).then().statusCode(415);
            // 3-byte characters: the limit counts bytes, not characters.
            String full = "中".repeat(65536 / 3) + "x".repeat(65536 % 3);
            markdown(OPERATOR).body(full + "x").put(report).then().statusCode(413);
            markdown(OPERATOR).body(full).put(report).then().statusCode(201);
            Api.as(OPERATOR).get(report).then().body("markdown.length()", equalTo(full.length()));
        }

        @Test
        @DisplayName("only operators publish (403 for the others), an unknown issue is 404")
        void roles() {
            UUID issue = issue();
            for (String token : new String[]{ Tokens.partner("contoso"), Tokens.customer(Tokens.TAILSPIN),
                    Tokens.engineer() }) {
                markdown(token).body("# mine").put(path(issue) + "/report").then().statusCode(403);
            }
            markdown(OPERATOR).body("# lost").put(path(UUID.randomUUID()) + "/report").then().statusCode(404);
            Api.as(OPERATOR).get(path(UUID.randomUUID()) + "/report").then().statusCode(404);
        }
    }
}
