package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A Message Center message: an operator's announcement, or a notification made from an event. */
@Entity
@Table(name = "messages")
public class Message extends PanacheEntityBase {

    /** Column sizes of {@code messages.title} and {@code messages.body}. */
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int SUBJECT_NAME_MAX = 200;

    @Id
    public UUID id;

    public String title;

    public String body;

    @Enumerated(EnumType.STRING)
    public MessageCategory category;

    @Enumerated(EnumType.STRING)
    public MessageSeverity severity;

    @ElementCollection
    @CollectionTable(name = "message_services", joinColumns = @JoinColumn(name = "message_id"))
    @Column(name = "service")
    public Set<String> services = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "message_tags", joinColumns = @JoinColumn(name = "message_id"))
    @Column(name = "tag")
    public Set<String> tags = new LinkedHashSet<>();

    @Column(name = "is_major_change")
    public boolean majorChange;

    @Column(name = "action_required_by")
    public Instant actionRequiredBy;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_type")
    public AudienceType audienceType;

    @ElementCollection
    @CollectionTable(name = "message_audience_members", joinColumns = @JoinColumn(name = "message_id"))
    @Column(name = "member_id")
    public Set<String> audienceIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    /** What a notification is about (null for announcements): type, id, the name people know it by, API path. */
    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "subject_link")
    public String subjectLink;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
