package io.partnerdesk.subscriptions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a partner's customers reach its support: the contact its customers are shown, its hours, its response target. */
@Entity
@Table(name = "partner_support_profiles")
public class PartnerSupportProfile extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String phone;

    public String website;

    @Column(name = "time_zone")
    public String timeZone;

    @ElementCollection
    @CollectionTable(name = "partner_support_days", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "day")
    @Enumerated(EnumType.STRING)
    public Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "hours_from")
    public LocalTime hoursFrom;

    @Column(name = "hours_to")
    public LocalTime hoursTo;

    @ElementCollection
    @CollectionTable(name = "partner_support_languages", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    @Column(name = "language")
    public List<String> languages = new ArrayList<>();

    @Column(name = "response_target_minutes")
    public int responseTargetMinutes;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
