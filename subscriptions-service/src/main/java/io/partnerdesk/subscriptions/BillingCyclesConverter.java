package io.partnerdesk.subscriptions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an offer's allowed billing cycles as a comma-separated column, e.g. {@code MONTHLY,ANNUAL}. */
@Converter
public class BillingCyclesConverter implements AttributeConverter<Set<BillingCycle>, String> {

    @Override
    public String convertToDatabaseColumn(Set<BillingCycle> cycles) {
        return cycles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<BillingCycle> convertToEntityAttribute(String column) {
        EnumSet<BillingCycle> cycles = EnumSet.noneOf(BillingCycle.class);
        Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(BillingCycle::valueOf)
                .forEach(cycles::add);
        return cycles;
    }
}
