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
                new PartOfFinder(), new CueWordFinder(), OneLanguage.chineseOnly(new PastAffiliationFinder()), new PastPostFinder(), OneLanguage.englishOnly(new PluralTitleFinder()), new GroupListFinder(),
                new NarratedAttendanceFinder(), OneLanguage.chineseOnly(new BylineFinder()), OneLanguage.englishOnly(new EnglishBylineFinder()), OneLanguage.englishOnly(new EndedPostFinder()), OneLanguage.englishOnly(new MaintainerClauseFinder()), OneLanguage.chineseOnly(new ColleagueFinder()),
                new CueWordFinder(ChineseCues.CUES), OneLanguage.chineseOnly(new ChineseFoundingFinder()), OneLanguage.chineseOnly(new VoiceOrganizationFinder()),
                OneLanguage.chineseOnly(new VoiceAdoptionFinder()), OneLanguage.chineseOnly(new AwardWinnerFinder()), OneLanguage.chineseOnly(new PronounTitleFinder()), OneLanguage.chineseOnly(new JoinedPostFinder()),
                OneLanguage.englishOnly(new DescribedOrganizationLocationFinder()), new DescribedFromPlaceFinder(), new CueWordFinder(EnglishCues.CUES),
                OneLanguage.englishOnly(new EnglishAffiliationFinder()), new BracketFinder(), new AgendaLineFinder(), new EventFactFinder(),
                new VoiceEventFinder(), new ProjectCommunityFinder(), new SpeakerFactFinder(), OneLanguage.chineseOnly(new ChineseJobMoveFinder()), OneLanguage.chineseOnly(new ChineseAppointmentFinder()), OneLanguage.englishOnly(new OneOfHoldersFinder()), OneLanguage.englishOnly(new WorkplaceFinder()), OneLanguage.englishOnly(new MovedToJoinFinder()), OneLanguage.chineseOnly(new ChineseCareerMoveFinder()),
                new CueWordFinder(EventCues.CUES), new CueWordFinder(AnaphorCues.CUES), new ReferredEditionFactFinder(),
                new UnitPartOfFinder(), new OwnershipFinder(), new CustomerListFinder(), OneLanguage.englishOnly(new CustomerPartitiveFinder()), OneLanguage.chineseOnly(new PassiveAdoptionFinder()), OneLanguage.chineseOnly(new CountedFoundingFinder()), new BroughtEventFinder(), new FoundingMemberFinder(),
                new ContributionFinder(), OneLanguage.englishOnly(new ContributionNounFinder()), new CueWordFinder(ContributionCues.CUES), new CueWordFinder(AdoptionCues.CUES), new CueWordFinder(CustomerCues.CUES), new CueWordFinder(ProjectOriginCues.CUES), new CueWordFinder(PartnerCues.CUES), OneLanguage.chineseOnly(new PracticeAtFinder()), OneLanguage.englishOnly(new UsedByRelativeFinder()), OneLanguage.englishOnly(new StackListFinder()), OneLanguage.englishOnly(new ProductionUseFinder()), OneLanguage.chineseOnly(new CommunityContributorsFinder()), OneLanguage.chineseOnly(new TaskToolFinder()), new AsUserFinder(),
                new TopContributorFinder(), new ContributorsListedFinder(), OneLanguage.englishOnly(new WorksOnFinder()), OneLanguage.englishOnly(new RunsAtFinder()), OneLanguage.chineseOnly(new TeamContributionFinder()), OneLanguage.chineseOnly(new ItsDeveloperFinder()), OneLanguage.englishOnly(new UnitHeadFinder()), OneLanguage.englishOnly(new EmployerPhraseFinder()), OneLanguage.englishOnly(new CareerClauseFinder()), OneLanguage.englishOnly(new PmcChairFinder()), OneLanguage.englishOnly(new EpithetTitleFinder()),
                new CueWordFinder(AttendanceCues.CUES), new CueWordFinder(DelegationCues.CUES), new UnnamedStaffFinder(), new MembershipFinder(), new OrganizationOnStageFinder(),
                new PossessiveTieFinder(), new CueWordFinder(OrganizationCues.CUES), OneLanguage.englishOnly(new OfficeFinder()), OneLanguage.englishOnly(new OurTiesFinder()), new OwnedEventFinder(), new HostClauseFinder(), new ComponentFinder(), new WinnerListFinder(),
                new SharedEmployerTitleFinder(), OneLanguage.englishOnly(new HeadThereFinder()),
                new CoFounderFinder(), new GroupConvenerFinder(), OneLanguage.englishOnly(new GroupOrganizerFinder()), new UnitLeadFinder(), new FoundingGerundFinder(), OneLanguage.chineseOnly(new BothPartiesFinder()), OneLanguage.chineseOnly(new SupplierFinder()), OneLanguage.englishOnly(new ProductCustomerFinder()),
                OneLanguage.chineseOnly(new ChineseSiteLocationFinder()), OneLanguage.chineseOnly(new ChineseDescribedLocationFinder()), OneLanguage.englishOnly(new WorkforcePlaceFinder()),
                OneLanguage.chineseOnly(new SubVenueFinder()), OneLanguage.chineseOnly(new OrganizationReporterFinder()), new CreatorTitleFinder(), OneLanguage.englishOnly(new FormerWorkplaceFinder()),
                new WriterWorkplaceFinder());
    }
}
