package io.partnerdesk.support.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.persistence.DatabaseFailures;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.support.SupportTopic;
import io.partnerdesk.support.SupportTopic_;
import io.partnerdesk.support.rest.NewTopic;
import io.partnerdesk.support.rest.TopicPatch;
import io.quarkus.logging.Log;

/** Support topics: everyone reads them, operators manage them. */
@ApplicationScoped
public class TopicService {

    @Inject
    Clock clock;

    public List<SupportTopic> list(Boolean active, PageRequest page) {
        return KeysetQuery.of(SupportTopic.getEntityManager(), SupportTopic.class)
                .whereEqual(SupportTopic_.active, active)
                .page(page);
    }

    public SupportTopic get(UUID id) {
        SupportTopic topic = SupportTopic.findById(id);
        if (topic == null) {
            throw Problems.notFound("Support topic", id);
        }
        return topic;
    }

    @Transactional
    public SupportTopic create(NewTopic request) {
        requireUniqueName(request.name(), NO_TOPIC_YET);
        Instant now = Timestamps.now(clock);
        SupportTopic topic = new SupportTopic();
        topic.id = UUID.randomUUID();
        topic.name = request.name().trim();
        topic.description = request.description().trim();
        topic.healthService = request.healthService() == null ? null : request.healthService().trim();
        topic.active = true;
        topic.createdAt = now;
        topic.updatedAt = now;
        saveWithUniqueName(topic);
        Log.infof("Support topic %s created", topic.id);
        return topic;
    }

    @Transactional
    public SupportTopic change(UUID id, String ifMatch, TopicPatch patch) {
        if (patch.changesNothing()) {
            throw Problems.invalid("body", "name at least one field to change: name, description, active");
        }
        SupportTopic topic = SupportTopic.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (topic == null) {
            throw Problems.notFound("Support topic", id);
        }
        ETags.requireMatch(ifMatch, topic.version);
        if (patch.name() != null) {
            requireUniqueName(patch.name(), id);
            topic.name = patch.name().trim();
        }
        if (patch.description() != null) {
            topic.description = patch.description().trim();
        }
        if (patch.healthService() != null) {
            topic.healthService = patch.healthService().trim();
        }
        if (patch.active() != null) {
            topic.active = patch.active();
        }
        topic.updatedAt = Timestamps.now(clock);
        saveWithUniqueName(topic);
        return topic;
    }

    /** A new topic has no id of its own to leave out of the uniqueness check. */
    private static final UUID NO_TOPIC_YET = null;

    private static void requireUniqueName(String name, UUID except) {
        SupportTopic existing = SupportTopic.find("lower(name) = ?1", name.trim().toLowerCase(Locale.ROOT))
                .firstResult();
        if (existing != null && !existing.id.equals(except)) {
            throw SupportProblems.topicNameTaken(name.trim());
        }
    }

    /**
     * Writes the topic; a parallel call that took the same name between our check and this write loses on the unique
     * index, and is told the name is taken rather than getting an error.
     */
    private static void saveWithUniqueName(SupportTopic topic) {
        try {
            topic.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseFailures.isUniqueViolation(e)) {
                throw SupportProblems.topicNameTaken(topic.name);
            }
            throw e;
        }
    }
}
