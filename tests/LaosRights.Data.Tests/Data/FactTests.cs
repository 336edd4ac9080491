using FluentAssertions;
using NodaTime;
using Xunit;
using static LaosRights.Data.Tests.Data.IntervalBounds;

namespace LaosRights.Data.Tests.Data;

// Facts pinned to the article, at least two per section. Each asserts real values, so an empty or wrong dataset fails.

internal static class IntervalBounds
{
    // DateInterval is IEnumerable<LocalDate>; compare its ends, not its days.
    public static (LocalDate Start, LocalDate End) Bounds(DateInterval interval) => (interval.Start, interval.End);
}

public class LeadFacts
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Ngos_raised_every_concern_of_the_lead_list()
    {
        var concerns = Data.Claims.Where(c => c.Id.StartsWith("concern-", StringComparison.Ordinal) && c.Standing == Standing.ConcernRaised).ToList();
        concerns.SelectMany(c => c.Topics).Should().Contain(new[]
        {
            Topic.TreatyRatification, Topic.CooperationWithUnMechanisms, Topic.Legislation, Topic.Disappearance,
            Topic.Detention, Topic.TortureAndIllTreatment, Topic.AttacksOnCivilians, Topic.FreedomOfExpression,
            Topic.PrisonConditions, Topic.FreedomOfReligion, Topic.RefugeesAndAsylumSeekers, Topic.ExtrajudicialKilling,
            Topic.SexualViolence, Topic.DeathPenalty, Topic.FreedomOfAssociation,
        });
        var listed = concerns.Where(c => c.ClaimantIds.Contains("amnesty-international")).ToList();
        listed.Should().HaveCount(14);
        listed.Should().OnlyContain(c => c.ClaimantIds.Contains("human-rights-watch") && c.ClaimantIds.Contains("lao-human-rights-council")
            && c.ClaimantIds.Contains("centre-for-public-policy-analysis") && c.ClaimantIds.Contains("united-league-for-democracy-in-laos"));
    }

    [Fact]
    public void Sombath_Somphone_disappearance_is_a_concern_of_the_ngos_not_a_finding()
    {
        var e = Data.Events["sombath-somphone-disappearance"];
        e.Standing.Should().Be(Standing.ConcernRaised);
        e.ClaimantIds.Should().Contain("amnesty-international");
        e.Date.Should().BeNull("the article gives no date");
        Data.Cases["case-sombath-somphone"].EventIds.Should().Equal("sombath-somphone-disappearance");
        Data.Actors["sombath-somphone"].Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void No_executions_have_been_reported_since_1989_is_open_ended()
    {
        var date = Data.Events["no-executions-reported-since-1989"].Date!.Value;
        date.Start.Should().Be(PartialDate.FromYear(1989));
        date.IsOpenEnd.Should().BeTrue();
        date.ToString().Should().Be("1989/..");
    }

    [Fact]
    public void Killing_and_rape_concerns_name_the_army_and_security_forces_as_subjects()
    {
        Data.Claims["concern-extrajudicial-killing"].SubjectIds.Should().BeEquivalentTo("lao-peoples-army", "security-forces");
        Data.Claims["concern-rape"].Topics.Should().Equal(Topic.SexualViolence);
        Data.Claims["concern-rape"].Standing.Should().Be(Standing.ConcernRaised);
    }
}

public class OfficialPositionFacts
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Iccpr_was_ratified_on_25_September_2009()
    {
        var e = Data.Events["iccpr-ratification-2009"];
        e.Date.Should().Be((PartialDateInterval)PartialDate.FromDate(2009, 9, 25));
        Bounds(e.Date!.Value.ToDateInterval()).Should().Be((new LocalDate(2009, 9, 25), new LocalDate(2009, 9, 25)));
        e.IsDateDerived.Should().BeFalse();
        e.SourceIds.Should().Equal("iccpr");
    }

    [Fact]
    public void Iccpr_was_signed_between_September_1999_and_March_2001_which_is_derived_from_9_years_before_ratification()
    {
        // "On 25 September 2009, Laos ratified ..., 9 years after signing the treaty.": a gap given in whole years is at
        // most just under 10 years (completed years: signing after 25 September 1999) and at least 8½ years (rounded to the
        // nearest year: signing by 25 March 2001); to the month, 1999-09/2001-03, not "2000" and not all of 1999 to 2001.
        var e = Data.Events["iccpr-signing"];
        e.Date.Should().Be(PartialDateInterval.Parse("1999-09/2001-03"));
        Bounds(e.Date!.Value.ToDateInterval()).Should().Be((new LocalDate(1999, 9, 1), new LocalDate(2001, 3, 31)));
        e.Date!.Value.IsWithin(new NodaTime.DateInterval(new(2000, 1, 1), new(2000, 12, 31))).Should().BeFalse();
        e.IsDateDerived.Should().BeTrue();
        e.DateDerivation.Should().Contain("'9 years after signing' the ratification of 25 September 2009")
            .And.Contain("completed years (9 to just under 10 years: the signing after 25 September 1999 and by 25 September 2000)")
            .And.Contain("rounded to the nearest year (8½ to just under 9½ years: the signing after 25 March 2000 and by 25 March 2001)");
        Data.Article.Text.Should().Contain("On 25 September 2009, Laos ratified the International Covenant on Civil and Political Rights, 9 years after signing the treaty.");
        var gap = Data.Figures["iccpr-signing-to-ratification-years"].Quantity;
        gap.Value.Should().Be(9);
        gap.Unit.Should().Be(QuantityUnit.Years);
    }

    [Fact]
    public void Constitution_was_promulgated_in_1991_a_year_not_a_day()
    {
        var date = Data.Events["constitution-promulgated-1991"].Date!.Value;
        date.Start!.Value.Precision.Should().Be(DatePrecision.Year);
        Bounds(date.ToDateInterval()).Should().Be((new LocalDate(1991, 1, 1), new LocalDate(1991, 12, 31)));
        Data.Sources["constitution-of-laos-1991"].Kind.Should().Be(SourceKind.Constitution);
    }

    [Fact]
    public void Article_8_of_the_constitution_is_an_official_statement()
    {
        var c = Data.Claims["constitution-article-8-ethnic-equality"];
        c.Provision.Should().Be(8);
        c.Standing.Should().Be(Standing.OfficiallyStated);
        c.SourceIds.Should().Equal("constitution-of-laos-1991");
        c.Topics.Should().Contain(Topic.NonDiscrimination);
        Data.Claims["constitution-safeguards-human-rights"].Standing.Should().Be(Standing.OfficiallyStated);
    }
}

public class IndividualCasesFacts
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Three_men_were_arrested_in_1990_one_died_in_1998_two_released_in_October_2004()
    {
        var story = Data.Cases["case-dissidents-1990"].EventIds.Select(id => Data.Events[id]).ToList();
        story.Select(e => e.Date?.ToString()).Should().Contain(new[] { "1990", "1998", "2004-10" });
        Data.Events["dissidents-arrested-1990"].Date.Should().Be((PartialDateInterval)PartialDate.FromYear(1990));
        Data.Events["third-dissident-died-in-prison-1998"].Date.Should().Be((PartialDateInterval)PartialDate.FromYear(1998));
        Data.Events["former-officials-released-2004"].Date.Should().Be((PartialDateInterval)PartialDate.FromYearMonth(2004, 10));
        Data.Figures["dissidents-1990-men-arrested"].Quantity.Value.Should().Be(3);
        Data.Figures["dissidents-1990-officials-released"].Quantity.Value.Should().Be(2);
    }

    [Fact]
    public void October_1999_poster_arrests_30_arrested_5_sentenced_up_to_10_years_1_died_1_released()
    {
        Data.Events["poster-arrests-1999"].Date.Should().Be((PartialDateInterval)PartialDate.FromYearMonth(1999, 10));
        Figure("poster-arrests-1999-arrested").Should().Be((30, QuantityBound.Exact));
        Figure("poster-arrests-1999-sentenced").Should().Be((5, QuantityBound.Exact));
        Figure("poster-arrests-1999-sentence-length").Should().Be((10, QuantityBound.AtMost));
        Data.Figures["poster-arrests-1999-sentence-length"].Quantity.Wording.Should().Be("up to 10 years");
        Data.Figures["poster-arrests-1999-sentence-length"].Quantity.Maximum.Should().Be(10);
        Data.Figures["poster-arrests-1999-sentence-length"].Quantity.Minimum.Should().BeNull();
        Figure("poster-arrests-1999-died").Should().Be((1, QuantityBound.Exact));
        Figure("poster-arrests-1999-released").Should().Be((1, QuantityBound.Exact));
        Data.Cases["case-posters-october-1999"].EventIds.Should().HaveCount(5).And.StartWith("poster-arrests-1999");
    }

    [Fact]
    public void Surviving_3_should_have_been_released_by_October_2009_which_is_expected_not_reported_done()
    {
        var e = Data.Events["poster-survivors-expected-release"];
        e.Standing.Should().Be(Standing.Expected);
        e.Date!.Value.IsOpenStart.Should().BeTrue();
        e.Date!.Value.End.Should().Be(PartialDate.FromYearMonth(2009, 10));
        Figure("poster-arrests-1999-surviving").Should().Be((3, QuantityBound.Exact));
    }

    [Fact]
    public void Individual_cases_are_violations_according_to_ngos_and_advocates()
    {
        var c = Data.Claims["individual-cases-of-violations"];
        c.Standing.Should().Be(Standing.Reported);
        c.ClaimantIds.Should().BeEquivalentTo("ngos", "human-rights-advocates");
    }

    private static (long?, QuantityBound) Figure(string id)
    {
        var q = Data.Figures[id].Quantity;
        return (q.Value, q.Bound);
    }
}

public class HmongConflictFacts
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Genocide_is_an_accusation_with_no_named_accuser()
    {
        var c = Data.Claims["genocide-accusation"];
        c.Standing.Should().Be(Standing.Alleged);
        c.ClaimantIds.Should().BeEmpty("the article does not say who accuses");
        c.SubjectIds.Should().Contain("government-of-laos");
        c.Topics.Should().Contain(Topic.Genocide);
        Data.Events.Should().NotContain(e => e.Topics.Contains(Topic.Genocide), "no genocide is recorded as an event");
    }

    [Fact]
    public void As_many_as_200000_went_into_exile_is_an_upper_bound()
    {
        var q = Data.Figures["hmong-exile-thailand-count"].Quantity;
        q.Bound.Should().Be(QuantityBound.AtMost);
        q.Value.Should().Be(200_000);
        q.Maximum.Should().Be(200_000);
        q.Minimum.Should().BeNull();
        q.IsExact.Should().BeFalse();
        q.Wording.Should().Be("As many as 200,000");
    }

    [Fact]
    public void A_remnant_of_the_fighters_emerged_from_the_jungle_in_2003()
    {
        Data.Events["hmong-remnant-emerged-2003"].Date.Should().Be((PartialDateInterval)PartialDate.FromYear(2003));
        Data.Events["hmong-fighters-hid-in-mountains"].PlaceIds.Should().Equal("xiangkhouang-mountains");
        Data.Places["xiangkhouang-province"].Iso3166Code.Should().Be("LA-XI");
    }

    [Fact]
    public void Religious_persecution_is_according_to_the_centre_for_public_policy_analysis()
    {
        var c = Data.Claims["cppa-religious-persecution"];
        c.ClaimantIds.Should().Equal("centre-for-public-policy-analysis");
        c.Standing.Should().Be(Standing.Reported);
        Data.Actors["centre-for-public-policy-analysis"].CountryId.Should().Be("united-states");
    }
}

public class HmongRefugeesFacts
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Laos_agreed_to_repatriate_60000_including_some_thousand_hmong()
    {
        Data.Figures["lao-refugees-to-repatriate"].Quantity.Value.Should().Be(60_000);
        var some = Data.Figures["hmong-among-refugees-to-repatriate"].Quantity;
        some.Bound.Should().Be(QuantityBound.Approximate);
        some.Wording.Should().Be("some thousand");
        Data.Events["laos-agreed-to-repatriate"].Related.Should().Contain(new EventRelation(EventRelationKind.Follows, "repatriation-talks"));
    }

    [Fact]
    public void Forced_repatriation_is_alleged_and_some_accusations_were_denied()
    {
        Data.Claims["forced-repatriation-allegations"].Standing.Should().Be(Standing.Alleged);
        var denial = Data.Claims["forced-repatriation-denials"];
        denial.Standing.Should().Be(Standing.Denied);
        denial.RespondsToId.Should().Be("forced-repatriation-allegations");
        denial.ClaimantIds.Should().BeEmpty();
    }

    [Fact]
    public void National_review_article_of_23_October_1995_by_Michael_Johns()
    {
        var s = Data.Sources["national-review-1995-10-23"];
        s.Date.Should().Be((PartialDateInterval)PartialDate.FromDate(1995, 10, 23));
        s.AuthorIds.Should().BeEmpty("the article says only that Johns labeled the repatriation a betrayal in it");
        s.DateMeaning.Should().Be(DateMeaning.Published);
        s.PublisherId.Should().Be("national-review");
        Data.Quotations["johns-betrayal"].SourceId.Should().Be("national-review-1995-10-23");
        Data.Quotations["johns-betrayal"].Text.Should().Be("betrayal");
        Data.Quotations["johns-betrayal"].SpeakerId.Should().Be("michael-johns");
    }

    [Fact]
    public void Around_5000_sought_asylum_at_Wat_Tham_Krabok_where_more_than_10000_already_lived()
    {
        var around = Data.Figures["hmong-seeking-asylum-wat-tham-krabok"].Quantity;
        around.Should().BeEquivalentTo(new { Value = 5_000L, Bound = QuantityBound.Approximate, Wording = "Around 5,000" });
        var moreThan = Data.Figures["hmong-already-at-wat-tham-krabok"].Quantity;
        moreThan.Bound.Should().Be(QuantityBound.MoreThan);
        moreThan.Value.Should().Be(10_000);
        moreThan.Minimum.Should().BeNull("'more than 10,000' excludes 10,000 itself");
    }

    [Fact]
    public void Wat_Tham_Krabok_is_a_monastery_in_central_Thailand()
    {
        var wat = Data.Places["wat-tham-krabok"];
        wat.Kind.Should().Be(PlaceKind.Monastery);
        wat.ParentId.Should().Be("central-thailand");
        Data.Places["central-thailand"].ParentId.Should().Be("thailand");
        Data.Places["thailand"].Iso3166Code.Should().Be("TH");
    }

    [Fact]
    public void Us_agreed_in_1996_to_resettle_and_in_2003_to_accept_15000()
    {
        Data.Events["us-agreed-to-resettle-1996"].Date.Should().Be((PartialDateInterval)PartialDate.FromYear(1996));
        Data.Events["us-agreed-to-accept-15000-2003"].Date.Should().Be((PartialDateInterval)PartialDate.FromYear(2003));
        Data.Figures["refugees-accepted-by-us-2003"].Quantity.Value.Should().Be(15_000);
    }

    [Fact]
    public void Hmong_have_been_present_in_Thailand_since_the_19th_century()
    {
        var date = Data.Events["hmong-present-in-thailand-since-19th-century"].Date!.Value;
        date.Start!.Value.Precision.Should().Be(DatePrecision.Century);
        date.ToString().Should().Be("18XX/..");
    }

    [Fact]
    public void Flight_to_Phetchabun_spans_2004_and_2005_with_no_number_for_thousands()
    {
        var e = Data.Events["hmong-fled-to-phetchabun-2004-2005"];
        e.Date!.Value.ToString().Should().Be("2004/2005");
        Bounds(e.Date!.Value.ToDateInterval()).Should().Be((new LocalDate(2004, 1, 1), new LocalDate(2005, 12, 31)));
        var thousands = Data.Figures["hmong-fled-to-phetchabun"].Quantity;
        thousands.Bound.Should().Be(QuantityBound.Unquantified);
        thousands.Value.Should().BeNull();
        thousands.Wording.Should().Be("thousands");
        Data.Places["phetchabun-province"].Iso3166Code.Should().Be("TH-67");
    }

    [Fact]
    public void Sommer_report_was_submitted_to_the_un_in_May_2006()
    {
        var s = Data.Sources["sommer-report-to-un-2006"];
        s.Date.Should().Be((PartialDateInterval)PartialDate.FromYearMonth(2006, 5));
        s.RecipientId.Should().Be("united-nations");
        Data.Sources["hunted-like-animals"].Kind.Should().Be(SourceKind.Documentary);
        Data.Sources["hunted-like-animals"].Date.Should().BeNull();
    }

    [Fact]
    public void Sommer_documented_accounts_in_the_undated_documentary_and_in_the_report_submitted_in_May_2006_two_events()
    {
        // "filmmaker Rebecca Sommer documented first-hand accounts in her documentary, Hunted Like Animals, and in a
        // comprehensive report which includes summaries of claims made by the refugees and was submitted to the U.N. in
        // May 2006": only the report is dated, so the documenting in the documentary carries no bound from it.
        // The report event keeps the id the single event had (ids never change once published); the documentary is the added event.
        const string lending = "lending (in the article's words) further support to earlier claims that the government of Laos was persecuting the Hmong";

        var film = Data.Events["sommer-documented-accounts-in-documentary"];
        film.SourceIds.Should().Equal("hunted-like-animals");
        film.Date.Should().BeNull();
        film.Related.Should().BeEmpty();
        film.Summary.Should().Contain("Hunted Like Animals").And.Contain(lending);
        film.Actors.Should().Equal(new EventActor("rebecca-sommer", ActorRole.Documented));
        film.Standing.Should().Be(Standing.Documented);

        var report = Data.Events["sommer-documented-accounts"];
        report.SourceIds.Should().Equal("sommer-report-to-un-2006");
        report.Date.Should().BeNull();
        report.Summary.Should().Contain("comprehensive report").And.Contain(lending);
        report.Actors.Should().Equal(new EventActor("rebecca-sommer", ActorRole.Documented), new EventActor("refugees-in-sommer-report", ActorRole.Participated));
        Data.Events["sommer-report-submitted-to-un-2006"].Related.Should().Equal(new EventRelation(EventRelationKind.Follows, "sommer-documented-accounts"));
        foreach (var e in new[] { film, report })
        {
            e.Evidence.Select(ev => ev.Quote).Should().Contain("Lending further support to earlier claims that the government of Laos was persecuting the Hmong");
        }

        report.Evidence.Select(ev => ev.Quote).Should().Contain("and in a comprehensive report which includes summaries of claims made by the refugees");
    }

    [Fact]
    public void The_report_is_one_in_which_Sommer_documented_accounts_not_one_the_article_says_she_wrote()
    {
        // "documented first-hand accounts ... in a comprehensive report which ... was submitted": no author is named.
        var s = Data.Sources["sommer-report-to-un-2006"];
        s.AuthorIds.Should().BeEmpty();
        s.Description.Should().StartWith("The comprehensive report in which Rebecca Sommer documented first-hand accounts");
        Data.Events["sommer-report-submitted-to-un-2006"].Summary.Should().StartWith("The comprehensive report in which Rebecca Sommer documented first-hand accounts")
            .And.NotContain("Sommer's");
        Data.Actors["refugees-in-sommer-report"].Name.Should().Be("The refugees whose claims the comprehensive report submitted to the U.N. summarizes");
        Data.Sources["hunted-like-animals"].AuthorIds.Should().Equal(["rebecca-sommer"], "the article calls it \"her documentary\"");
    }

    [Fact]
    public void Claims_made_by_the_refugees_are_claimed_by_them_and_about_nobody_the_article_names()
    {
        // "a comprehensive report which includes summaries of claims made by the refugees": the article's word is
        // "claims", and it does not say what they claim; "Lending further support to earlier claims that the government
        // of Laos was persecuting the Hmong" is said of Sommer's documenting, not of the refugees' claims.
        var c = Data.Claims["sommer-refugee-accounts"];
        c.Standing.Should().Be(Standing.Claimed);
        c.ClaimantIds.Should().Equal("refugees-in-sommer-report");
        c.SubjectIds.Should().BeEmpty();
        c.Statement.Should().StartWith("Claims made by the refugees, summarized in the comprehensive report")
            .And.Contain("in which Rebecca Sommer documented first-hand accounts")
            .And.NotContain("persecuting");
        c.SourceIds.Should().Equal("sommer-report-to-un-2006");
        c.EventIds.Should().Equal("sommer-documented-accounts");
        c.Evidence.Select(e => e.Quote).Should().Contain("a comprehensive report which includes summaries of claims made by the refugees and was submitted to the U.N. in May 2006");
    }

    [Fact]
    public void New_York_Times_reported_on_27_December_2009_that_4000_would_be_returned()
    {
        Data.Sources["nyt-report-2009-12-27"].Date.Should().Be((PartialDateInterval)PartialDate.FromDate(2009, 12, 27));
        var e = Data.Events["thai-military-preparing-forced-return-2009"];
        e.Standing.Should().Be(Standing.Reported);
        e.ClaimantIds.Should().Equal("new-york-times");
        e.IsDateDerived.Should().BeTrue();
        var figure = Data.Figures["hmong-asylum-seekers-to-return-2009"];
        figure.Quantity.Value.Should().Be(4_000);
        figure.Standing.Should().Be(Standing.Reported);
        Data.Events["repatriations-started"].ClaimantIds.Should().Equal("bbc");
    }

    [Fact]
    public void Officials_protested_an_action_the_article_knows_only_from_reports()
    {
        // "The New York Times reported that the Thai military was preparing to forcibly return ...: the BBC later reported
        // that repatriations had started. United States and United Nations officials have protested this action."
        var protest = Data.Events["us-un-officials-protested"];
        protest.Summary.Should().Be("United States and United Nations officials protest this action (the forced return that The New York Times reported the Thai military was preparing, and the repatriations that the BBC later reported had started)");
        protest.Standing.Should().Be(Standing.Stated, "the protest is in the article's own voice; what it protests is reported");
        var bbc = Data.Sources["bbc-report-repatriations-started"];
        bbc.DateDerivation.Should().StartWith("'the BBC later reported'");
        Data.Article.Text.Should().Contain("the BBC later reported").And.NotContain("The BBC later reported");
    }

    [Fact]
    public void Nong_Khai_detention_centers_and_over_3_years_without_interviews()
    {
        Data.Places.Contains("nong-khai-province").Should().BeFalse("the article names only 'Detention Centers Nong Khai', no province");
        Data.Places["nong-khai-detention-centers"].ParentId.Should().Be("thailand");
        Data.Places["nong-khai-detention-centers"].Iso3166Code.Should().BeNull();
        var over = Data.Figures["years-without-outside-interviews"].Quantity;
        over.Bound.Should().Be(QuantityBound.MoreThan);
        over.Value.Should().Be(3);
        over.Unit.Should().Be(QuantityUnit.Years);
    }

    [Fact]
    public void Actor_descriptions_say_only_what_the_article_says()
    {
        // "President George W. Bush's Patriot Act and Real ID Act": no pronoun, no part in them stated.
        var bush = Data.Actors["george-w-bush"].Description;
        bush.Should().EndWith("the article does not say what part George W. Bush had in them.");
        bush.Should().NotContainAny(" he ", " his ", " him ");
        // "the U.S. agreed to resettle Hmong refugees", "the U.S agreed to accept 15,000 of the refugees"; the protest is
        // by "United States and United Nations officials" (us-officials), not the government.
        Data.Actors["us-government"].Description.Should().EndWith("(it agreed to resettle and to accept refugees; Hmong veterans of the Secret War fought on its side).").And.NotContain("protest");
        Data.Events.Involving("us-government", ActorRole.Protested).Should().BeEmpty();
    }
}

public class FreedomOfReligionFacts
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Religious_freedom_scored_1_out_of_4_in_2023_with_no_publisher_named()
    {
        var s = Data.Scores["religious-freedom-score-2023"];
        s.Value.Should().Be(1);
        s.ScaleMaximum.Should().Be(4);
        s.Fraction.Should().Be(0.25m);
        s.Edition.Should().Be(PartialDate.FromYear(2023));
        s.EditionDerivation.Should().BeNull();
        s.PublisherId.Should().BeNull("the article does not name who published the 2023 scores");
        s.SubjectId.Should().Be("laos");
    }

    [Fact]
    public void Political_and_civil_liberties_scored_13_out_of_100()
    {
        var s = Data.Scores["political-and-civil-liberties-score-2023"];
        (s.Value, s.ScaleMaximum).Should().Be((13m, 100m));
        s.EditionDerivation.Should().NotBeNull("the sentence itself gives no year");
        s.PublisherId.Should().BeNull();
    }

    [Fact]
    public void Ranked_31st_worst_place_to_be_a_Christian()
    {
        var r = Data.Rankings["worst-place-to-be-christian-rank-2023"];
        r.Position.Should().Be(31);
        r.Direction.Should().Be(RankDirection.Worst);
        r.Edition.Should().Be(PartialDate.FromYear(2023));
        r.PublisherId.Should().BeNull();
    }

    [Fact]
    public void Christians_detained_and_party_control_of_clergy()
    {
        Data.Events["christians-detained"].Topics.Should().Contain(Topic.FreedomOfReligion);
        var noted = Data.Claims["lprp-controls-clergy"];
        noted.Standing.Should().Be(Standing.Reported);
        noted.ClaimantIds.Should().BeEmpty("the article says only 'it was noted'");
    }
}

public class SeeAlsoFacts
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Related_articles_are_sources_of_their_own_kind()
    {
        Data.Sources.Where(s => s.Kind == SourceKind.RelatedArticle).Select(s => s.Title)
            .Should().Equal("Laotian penal system", "LGBT rights in Laos");
    }

    [Fact]
    public void Related_articles_are_cited_in_the_see_also_section()
    {
        Data.Sources["see-also-lgbt-rights-in-laos"].Evidence.Single().Section.Should().Be("See also");
        Data.Sources["see-also-laotian-penal-system"].Evidence.Single().Quote.Should().Be("- Laotian penal system");
    }
}
