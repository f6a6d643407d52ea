-- How a partner's customers reach its support: contact, hours (in the partner's time zone) and response target.
create table partner_support_profiles (
    partner_id               varchar(100) primary key,
    display_name             varchar(200) not null,
    email                    varchar(254) not null,
    phone                    varchar(30),
    website                  varchar(500),
    time_zone                varchar(64)  not null,
    -- Support hours each listed day; hours_to before hours_from spans midnight, equal means around the clock.
    hours_from               time         not null,
    hours_to                 time         not null,
    response_target_minutes  integer      not null check (response_target_minutes between 15 and 10080),
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0
);

create table partner_support_days (
    partner_id  varchar(100) not null references partner_support_profiles (partner_id) on delete cascade,
    day         varchar(10)  not null,
    primary key (partner_id, day)
);

create table partner_support_languages (
    partner_id  varchar(100) not null references partner_support_profiles (partner_id) on delete cascade,
    position    integer      not null,
    language    varchar(35)  not null,
    primary key (partner_id, position)
);
