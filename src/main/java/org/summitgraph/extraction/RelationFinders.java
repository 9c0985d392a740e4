package org.summitgraph.extraction;

import java.util.List;

/** Every relation finder the project has. */
final class RelationFinders {

    private RelationFinders() {
    }

    static List<RelationFinder> all() {
        return List.of(new RoleFinder(), new AffiliationFinder(), new LocationFinder(), new LeadershipFinder(),
                new AwardFactFinder(), new AdoptionFinder(), new SummitFactFinder(), new NameContainmentFinder(),
                new AttendanceFinder(), new BusinessFinder(), new FoundingFinder(),
                new PartOfFinder(), new CueWordFinder(), new PastAffiliationFinder(), new PastPostFinder(), new PluralTitleFinder(), new GroupListFinder(),
                new NarratedAttendanceFinder(), new BylineFinder(), new ColleagueFinder(),
                new CueWordFinder(ChineseCues.CUES), new ChineseFoundingFinder(), new VoiceOrganizationFinder(),
                new VoiceAdoptionFinder(), new AwardWinnerFinder(), new PronounTitleFinder(),
                new DescribedOrganizationLocationFinder(), new CueWordFinder(EnglishCues.CUES),
                new EnglishAffiliationFinder(), new BracketFinder(), new AgendaLineFinder(), new EventFactFinder(),
                new VoiceEventFinder(), new ProjectCommunityFinder(), new SpeakerFactFinder(), new ChineseJobMoveFinder(),
                new CueWordFinder(EventCues.CUES), new CueWordFinder(AnaphorCues.CUES),
                new UnitPartOfFinder(), new OwnershipFinder(), new CustomerListFinder(), new FoundingMemberFinder(),
                new ContributionFinder(), new CueWordFinder(ContributionCues.CUES), new CueWordFinder(AdoptionCues.CUES),
                new TopContributorFinder(), new WorksOnFinder(), new UnitHeadFinder(), new EmployerPhraseFinder(),
                new CueWordFinder(AttendanceCues.CUES), new MembershipFinder(), new OrganizationOnStageFinder(),
                new PossessiveTieFinder(), new CueWordFinder(OrganizationCues.CUES), new OfficeFinder(), new OwnedEventFinder());
    }
}
