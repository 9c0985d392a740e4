package org.summitgraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Companies English text names only in passing, by what people did there or what happened to them: where a project
 * was written ("while at"), who gave it away ("open-sourced by"), what someone co-founded last year, whose employee a
 * possessive names, who a product is bought from, what a company was renamed. Made-up companies and people.
 */
class CompaniesNamedInPassingTest {

    private static Set<String> names(String text) {
        return Samples.names(Samples.EXTRACTOR.extract(Samples.article("Notes\n\n" + text, "en", LocalDate.of(2024, 10, 2))));
    }

    @Test
    void whereSomeoneWroteAProjectWhileWorkingThereIsACompany() {
        Set<String> names = names("The scheduler, which Marek Nowak wrote while at Pelagio and which later joined the incubator, had a track.");
        assertEquals("COMPANY", Samples.kindOf(names, "Pelagio"), names::toString);
    }

    @Test
    void whoOpenSourcedOrDonatedAProjectIsACompany() {
        Set<String> one = names("Apache Fernweh, originally open-sourced by Quellbyte, had another session.");
        Set<String> two = names("The gateway was donated to the foundation in 2021 by Tarnwood, and graduated last year.");
        assertEquals("COMPANY", Samples.kindOf(one, "Quellbyte"), one::toString);
        assertEquals("COMPANY", Samples.kindOf(two, "Tarnwood"), two::toString);
    }

    @Test
    void whatSomeoneCoFoundedLastYearOrFoundedToSellSupportIsACompany() {
        Set<String> one = names("Oliver Brandt, a committer who co-founded Skerrick last year, opened the day.");
        Set<String> two = names("Priya Raman, who founded Lumadrift to commercialise the database, gave the keynote.");
        assertEquals("COMPANY", Samples.kindOf(one, "Skerrick"), one::toString);
        assertEquals("COMPANY", Samples.kindOf(two, "Lumadrift"), two::toString);
    }

    @Test
    void aPossessiveBeforeAPersonsFullNameIsTheirEmployer() {
        Set<String> names = names("Nordmark Versicherung's Katrin Vogel withdrew a week before the conference.");
        assertEquals("COMPANY", Samples.kindOf(names, "Nordmark Versicherung"), names::toString);
        assertTrue(Samples.factsIn("Notes\n\nNordmark Versicherung's Katrin Vogel withdrew a week before the conference.", "en")
                .contains("Katrin Vogel worksFor Nordmark Versicherung"));
    }

    @Test
    void aCitysPossessiveBeforeAPersonNamesNoCompany() {
        Set<String> names = names("Lisbon's Ana Duarte opened the meetup with a short talk.");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("COMPANY")), names::toString);
    }

    @Test
    void whoAManagedServiceIsBoughtFromIsACompany() {
        Set<String> names = names("The retailer buys managed Postgres from Kelpstream, she says, but runs Kafka itself.");
        assertEquals("COMPANY", Samples.kindOf(names, "Kelpstream"), names::toString);
    }

    @Test
    void whatACompanyRenamedItselfIsACompany() {
        Set<String> names = names("In 2019 the start-up renamed itself Quillstone, and it moved its office soon after.");
        assertEquals("COMPANY", Samples.kindOf(names, "Quillstone"), names::toString);
    }

    @Test
    void aPersonNamedAfterWhileIsNoCompany() {
        Set<String> names = names("The patch landed while Maria Olsen was on leave.");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("COMPANY")), names::toString);
    }
    @Test
    void theCustomersListedAfterTheWordAreCompanies() {
        Set<String> names = names("New material comes from two of our customers, Zuidwal Energie and Havenkraan Logistiek. Both run it on Flink.");
        assertEquals("COMPANY", Samples.kindOf(names, "Zuidwal Energie"), names::toString);
    }

    @Test
    void aCompanysOfficeNamedWithAPossessiveLeavesTheCompanyNamed() {
        Set<String> names = names("We ran into the team from Siemens's open source program office, who sponsor again next year.");
        assertTrue(names.contains("COMPANY Siemens") || names.stream().anyMatch(n -> n.endsWith(" Siemens")), names::toString);
    }
}
