package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The post-incident report of a health issue, in Markdown; one per issue, replaced as a whole. */
@Entity
@Table(name = "health_issue_reports")
public class HealthIssueReport extends PanacheEntityBase {

    /** 64 KiB of UTF-8: the request body limit, stated again so that the rule does not hang on a setting. */
    public static final int MARKDOWN_MAX_BYTES = 64 * 1024;

    @Id
    @Column(name = "issue_id")
    public UUID issueId;

    public String markdown;

    public String author;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
