using System.Text;
using FluentAssertions;
using LaosRights.Data.Serialization;
using NodaTime;
using Xunit;

namespace LaosRights.Data.Tests.Queries;

public class ChronologyTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;
    private static readonly string ShippedJson = Encoding.UTF8.GetString(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName));

    private static IReadOnlyList<ChronologyEntry> Chronology => Data.Chronology();

    private static ChronologyEntry Entry(string id) => Chronology.Single(e => e.Id == id);

    private static int At(string id) => Entry(id).Position;

    [Fact]
    public void The_2009_chronology_holds_the_ratification_of_25_September_then_the_New_York_Times_report_of_27_December()
    {
        var ids = Chronology.InYear(2009, DateMatch.Certainly).Select(e => e.Id).ToList();
        ids.Should().Equal("iccpr-ratification-2009", "nyt-report-2009-12-27", "nyt-thai-military-preparing-return");
        Entry("iccpr-ratification-2009").Date.Should().Be(PartialDateInterval.Parse("2009-09-25"));
        Entry("iccpr-ratification-2009").DateMeaning.Should().Be(DateMeaning.Happened);
        Entry("nyt-report-2009-12-27").Date.Should().Be(PartialDateInterval.Parse("2009-12-27"));
        Entry("nyt-report-2009-12-27").DateMeaning.Should().Be(DateMeaning.Published);
        Entry("nyt-report-2009-12-27").Kind.Should().Be(ChronologyRecordKind.Source);
        Entry("nyt-thai-military-preparing-return").DateMeaning.Should().Be(DateMeaning.Reported);
    }

    [Fact]
    public void The_later_BBC_report_is_placed_after_27_December_2009_by_a_derived_bound()
    {
        var bbc = Entry("bbc-report-repatriations-started");
        bbc.Placement.Should().Be(ChronologyPlacement.Derived);
        bbc.Date.Should().Be(PartialDateInterval.Parse("2009-12-27/.."));
        bbc.Rule.Should().Contain("later");
        bbc.Position.Should().BeGreaterThan(At("nyt-report-2009-12-27"));

        var started = Entry("repatriations-started");
        started.Placement.Should().Be(ChronologyPlacement.Sequence);
        started.Bounds.Should().ContainEquivalentOf(new { Side = ChronologyBoundSide.After, OtherId = "thai-military-preparing-forced-return-2009", Rule = "follows" });
        started.Bounds.Should().Contain(b => b.Side == ChronologyBoundSide.Before && b.OtherId == "bbc-report-repatriations-started" && b.Rule.StartsWith("told-in-report", StringComparison.Ordinal));
        started.Position.Should().BeGreaterThan(At("thai-military-preparing-forced-return-2009")).And.BeLessThan(bbc.Position);
        Entry("us-un-officials-protested").Position.Should().BeGreaterThan(started.Position);
    }

    [Fact]
    public void Every_date_the_article_gives_is_in_the_chronology_at_its_precision_with_its_meaning()
    {
        (string Id, string Date, DateMeaning Meaning, ChronologyPlacement Placement)[] expected =
        [
            ("hmong-present-in-thailand-since-19th-century", "18XX/..", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("no-executions-reported-since-1989", "1989/..", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("dissidents-arrested-1990", "1990", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("constitution-of-laos-1991", "1991", DateMeaning.Promulgated, ChronologyPlacement.Stated),
            ("constitution-promulgated-1991", "1991", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("national-review-1995-10-23", "1995-10-23", DateMeaning.Published, ChronologyPlacement.Stated),
            ("johns-betrayal", "1995-10-23", DateMeaning.Published, ChronologyPlacement.Stated),
            ("us-agreed-to-resettle-1996", "1996", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("third-dissident-died-in-prison-1998", "1998", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("poster-arrests-1999", "1999-10", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("iccpr-signing", "1999-09/2001-03", DateMeaning.Happened, ChronologyPlacement.Derived),
            ("us-agreed-to-accept-15000-2003", "2003", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("hmong-remnant-emerged-2003", "2003", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("hmong-fled-to-phetchabun-2004-2005", "2004/2005", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("former-officials-released-2004", "2004-10", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("sommer-report-to-un-2006", "2006-05", DateMeaning.Submitted, ChronologyPlacement.Stated),
            ("iccpr-ratification-2009", "2009-09-25", DateMeaning.Happened, ChronologyPlacement.Stated),
            ("poster-survivors-expected-release", "../2009-10", DateMeaning.Expected, ChronologyPlacement.Stated),
            ("nyt-report-2009-12-27", "2009-12-27", DateMeaning.Published, ChronologyPlacement.Stated),
            ("thai-military-preparing-forced-return-2009", "../2009", DateMeaning.Deadline, ChronologyPlacement.Derived),
            ("religious-freedom-score-2023", "2023", DateMeaning.Edition, ChronologyPlacement.Stated),
            ("worst-place-to-be-christian-rank-2023", "2023", DateMeaning.Edition, ChronologyPlacement.Derived),
        ];
        foreach (var (id, date, meaning, placement) in expected)
        {
            var entry = Entry(id);
            (entry.Date?.ToString(), entry.DateMeaning, entry.Placement).Should().Be((date, meaning, placement), id);
        }

        // Every dated record of every kind is in it, each once; every event too, dated or not.
        var datedRecords = Data.AllRecords.OfType<IDatedRecord>().Where(r => r.Date is not null).Select(r => r.Id);
        Chronology.Select(e => e.Id).Should().OnlyHaveUniqueItems()
            .And.Contain(datedRecords).And.Contain(Data.Events.Select(e => e.Id))
            .And.HaveCount(Data.Events.Count + Data.AllRecords.OfType<IDatedRecord>().Count(r => r is not Event && r.Date is not null));
        Chronology.Select(e => e.Position).Should().Equal(Enumerable.Range(0, Chronology.Count));
    }

    [Fact]
    public void Time_filters_keep_a_sequence_placed_event_by_its_bounds_and_a_report_does_not_date_what_it_tells_as_still_to_come()
    {
        // "subsequently sentenced ... should have been released by October 2009": the sentencing is placed between the
        // arrests of October 1999 and the expected release, so it possibly falls in 2005 and certainly in no single year.
        var sentenced = Entry("poster-detainees-sentenced");
        sentenced.Record.Date.Should().BeNull("the article gives the sentencing no date of its own");
        sentenced.Placement.Should().Be(ChronologyPlacement.Sequence);
        Chronology.InYear(2005).Select(e => e.Id).Should().Contain("poster-detainees-sentenced");
        Chronology.InYear(2005, DateMatch.Certainly).Select(e => e.Id).Should().NotContain("poster-detainees-sentenced");
        Chronology.InYear(1998).Select(e => e.Id).Should().NotContain("poster-detainees-sentenced", "it follows the arrests of October 1999");

        // "On December 27, 2009, The New York Times reported that the Thai military was preparing to forcibly return 4,000
        // Hmong asylum seekers to Laos by the end of the year: the BBC later reported that repatriations had started."
        // The article dates the report, not the facts in it: nothing says the repatriations started after 27 December, only
        // that the BBC's report of their start came "later". Placed before that report, whose own date is open, they get no date.
        var started = Entry("repatriations-started");
        started.Record.Date.Should().BeNull();
        started.Date.Should().BeNull("no bound the article gives dates the start of the repatriations");
        started.Bounds.Should().ContainSingle(b => b.Side == ChronologyBoundSide.Before && b.OtherId == "bbc-report-repatriations-started");
        started.Bounds.Should().NotContain(b => b.OtherId == "nyt-report-2009-12-27");
        Chronology.InYear(2009).Select(e => e.Id).Should().NotContain(["repatriations-started", "us-un-officials-protested"], "time filters never match what nothing dates");
        Chronology.During(new DateInterval(new(2009, 1, 1), new(2009, 12, 31))).Select(e => e.Id).Should().Equal(Chronology.InYear(2009).Select(e => e.Id));

        // Records' own dates are unchanged: the events themselves stay undated.
        Data.Events.InYear(2009).Select(e => e.Id).Should().NotContain("repatriations-started");
    }

    [Fact]
    public void The_chronology_is_a_linear_extension_of_every_link_and_bound()
    {
        foreach (var entry in Chronology)
        {
            foreach (var bound in entry.Bounds)
            {
                var other = At(bound.OtherId);
                if (bound.Side == ChronologyBoundSide.After)
                {
                    other.Should().BeLessThan(entry.Position, $"{entry.Id} is after {bound.OtherId} ({bound.Rule})");
                }
                else
                {
                    other.Should().BeGreaterThan(entry.Position, $"{entry.Id} is before {bound.OtherId} ({bound.Rule})");
                }

                Data.Article.Text.Substring(bound.Evidence.Start, bound.Evidence.Length).Should().Be(bound.Evidence.Quote);
            }
        }

        // Every link between events is a bound, seen from both sides.
        foreach (var e in Data.Events)
        {
            foreach (var link in e.Related)
            {
                At(link.EventId).Should().BeLessThan(At(e.Id), $"{e.Id} {link.Kind} {link.EventId}");
                Entry(e.Id).Bounds.Should().Contain(b => b.Side == ChronologyBoundSide.After && b.OtherId == link.EventId);
                Entry(link.EventId).Bounds.Should().Contain(b => b.Side == ChronologyBoundSide.Before && b.OtherId == e.Id);
            }
        }
    }

    [Fact]
    public void The_chronology_never_contradicts_a_date_and_places_undated_events_inside_their_bounds()
    {
        var dated = Chronology.Where(e => e.Date is not null).ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                var (earlier, later) = (dated[i].Date!.Value, dated[j].Date!.Value);
                var certainlyBefore = later.Latest is { } l && earlier.Earliest is { } f && l < f;
                certainlyBefore.Should().BeFalse($"{dated[j].Id} ({later}) certainly precedes {dated[i].Id} ({earlier}) but is placed after it");
            }
        }

        foreach (var entry in Chronology.Where(e => e.Placement == ChronologyPlacement.Sequence && e.Date is not null))
        {
            foreach (var bound in entry.Bounds)
            {
                if (Entry(bound.OtherId).Date is not { } other)
                {
                    continue;
                }

                if (bound.Side == ChronologyBoundSide.After && other.Earliest is { } from)
                {
                    (entry.Date!.Value.Earliest >= from).Should().BeTrue($"{entry.Id} starts no earlier than {bound.OtherId}");
                }

                if (bound.Side == ChronologyBoundSide.Before && other.Latest is { } to)
                {
                    (entry.Date!.Value.Latest <= to).Should().BeTrue($"{entry.Id} ends no later than {bound.OtherId}");
                }
            }
        }
    }

    [Fact]
    public void The_chronology_is_stable_and_the_same_for_every_load()
    {
        var again = LaosRightsDataset.Parse(ShippedJson).Chronology();
        again.Select(e => (e.Id, e.Date, e.DateMeaning, e.Placement, e.Rule)).Should().Equal(Chronology.Select(e => (e.Id, e.Date, e.DateMeaning, e.Placement, e.Rule)));
        Data.Chronology().Should().BeSameAs(Chronology, "it is built once per dataset");
    }

    [Fact]
    public void Undated_events_are_placed_by_the_article_s_sequence_words()
    {
        // "In 1996, as the deadline for the closure of Thai refugee camps approached ... the U.S. agreed": the closures, the
        // asylum at Wat Tham Krabok and the attempt to repatriate "these refugees" come after. "In 2003, following threats of
        // forcible removal" puts the threats before 2003 but not after the asylum (the more than 10,000 "already living"
        // there could have been threatened earlier), so the threats are not ordered against the asylum.
        var closed = Entry("thai-refugee-camps-closed");
        closed.Placement.Should().Be(ChronologyPlacement.Sequence);
        closed.Date.Should().Be(PartialDateInterval.Parse("1996/.."), "nothing in the article puts the closures before the threats of 2003");
        closed.DateMeaning.Should().Be(DateMeaning.Happened);
        closed.Rule.Should().Contain("after us-agreed-to-resettle-1996 (follows)");
        string[] story = ["us-agreed-to-resettle-1996", "thai-refugee-camps-closed", "hmong-sought-asylum-wat-tham-krabok", "thai-attempted-repatriation-wat-tham-krabok"];
        Entry("thai-threats-of-forcible-removal").Bounds.Should().NotContain(b => b.OtherId == "hmong-sought-asylum-wat-tham-krabok");
        At("thai-threats-of-forcible-removal").Should().BeLessThan(At("us-agreed-to-accept-15000-2003"));
        At("us-agreed-to-accept-15000-2003").Should().BeLessThan(At("hmong-fled-camp-within-thailand"));
        story.Select(At).Should().BeInAscendingOrder();

        // "have since spoken out": after the report of May 2006.
        Entry("eu-unhchr-spoke-out").Date.Should().Be(PartialDateInterval.Parse("2006-05/.."));
        // Documented in "a comprehensive report which ... was submitted to the U.N. in May 2006": by then, and before the submission.
        var inReport = Entry("sommer-documented-accounts");
        inReport.Placement.Should().Be(ChronologyPlacement.Sequence);
        inReport.Date.Should().Be(PartialDateInterval.Parse("../2006-05"));
        inReport.Position.Should().BeLessThan(At("sommer-report-submitted-to-un-2006"));
        // The article does not date the documentary: what Sommer documented in it keeps its narrative place, undated.
        Entry("sommer-documented-accounts-in-documentary").Placement.Should().Be(ChronologyPlacement.Narrative);
        // "whose imprisonment ... had been publicized ... were released in October 2004".
        Entry("dissidents-imprisonment-publicized").Date.Should().Be(PartialDateInterval.Parse("1990/2004-10"));
        // "A number of Hmong fighters hid out in mountains ... for years, with a remnant emerging from the jungle in 2003".
        Entry("hmong-fighters-hid-in-mountains").Position.Should().Be(At("hmong-remnant-emerged-2003") - 1);

        // Nothing places these: they keep the article's order, after every placed entry.
        var narrative = Chronology.Where(e => e.Placement == ChronologyPlacement.Narrative).ToList();
        narrative.Select(e => e.Id).Should().Contain(["vue-mai-incident", "sombath-somphone-disappearance", "christians-detained"]);
        narrative.Should().OnlyContain(e => e.Date == null && e.Kind == ChronologyRecordKind.Event);
        narrative.Select(e => e.Position).Should().Equal(Enumerable.Range(Chronology.Count - narrative.Count, narrative.Count));
        At("repatriation-talks").Should().BeLessThan(At("laos-agreed-to-repatriate"), "\"After talks\"");
    }

    [Fact]
    public void Filters_compose_with_the_chronology()
    {
        Chronology.OfKind(ChronologyRecordKind.Score, ChronologyRecordKind.Ranking).Select(e => e.Id)
            .Should().Equal("religious-freedom-score-2023", "political-and-civil-liberties-score-2023", "worst-place-to-be-christian-rank-2023");
        Chronology.Involving("new-york-times").Select(e => e.Id)
            .Should().Equal("nyt-report-2009-12-27", "nyt-thai-military-preparing-return", "thai-military-preparing-forced-return-2009");
        Chronology.Involving("new-york-times", ActorRole.Reported).Select(e => e.Kind).Should().Equal(ChronologyRecordKind.Source, ChronologyRecordKind.Claim, ChronologyRecordKind.Event);
        Chronology.Involving("united-nations", ActorRole.Recipient).Select(e => e.Id).Should().Equal("sommer-report-submitted-to-un-2006", "sommer-report-to-un-2006");
        Chronology.Involving("government-of-laos", ActorRole.Reported).Should().BeEmpty();
        Chronology.LocatedIn(Data, "wat-tham-krabok").Should().OnlyContain(e => e.Kind == ChronologyRecordKind.Event || e.Kind == ChronologyRecordKind.Figure)
            .And.Contain(e => e.Id == "hmong-sought-asylum-wat-tham-krabok");
        Chronology.LocatedIn(Data, "LA").Should().Contain(e => e.Id == "religious-freedom-score-2023");
        Chronology.WithTopic(Data, Topic.ForcedReturn).InYear(2009, DateMatch.Certainly).Select(e => e.Id).Should().Equal("nyt-thai-military-preparing-return");
        Chronology.During(new DateInterval(new(1995, 10, 1), new(1995, 10, 31)), DateMatch.Certainly).Select(e => e.Id)
            .Should().Equal("johns-national-review-article", "national-review-1995-10-23", "johns-betrayal", "johns-spilled-their-blood");
    }

    [Fact]
    public void Filters_check_their_arguments()
    {
        IEnumerable<ChronologyEntry> none = null!;
        FluentActions.Invoking(() => none.OfKind(ChronologyRecordKind.Event)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => Chronology.OfKind()).Should().Throw<ArgumentException>().WithParameterName("kinds");
        FluentActions.Invoking(() => Chronology.OfKind((ChronologyRecordKind)42)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Chronology.Involving(" ")).Should().Throw<ArgumentException>().WithParameterName("actorId");
        FluentActions.Invoking(() => Chronology.Involving("bbc", (ActorRole)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Chronology.LocatedIn(Data, "atlantis")).Should().Throw<ArgumentException>().WithParameterName("placeIdOrIsoCode");
        FluentActions.Invoking(() => Chronology.WithTopic(null!, Topic.Genocide)).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        FluentActions.Invoking(() => ChronologyQueries.Chronology(null!)).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
    }

    [Fact]
    public void Links_that_form_a_cycle_or_contradict_a_date_are_reported()
    {
        // iccpr-ratification-2009 follows iccpr-signing; make the signing follow the ratification too.
        var cycle = ShippedJson.Replace(
            "\"id\": \"iccpr-signing\",\n      \"summary\"",
            "\"id\": \"iccpr-signing\",\n      \"related\": [ { \"relation\": \"follows\", \"eventId\": \"iccpr-ratification-2009\" } ],\n      \"summary\"",
            StringComparison.Ordinal);
        cycle.Should().NotBe(ShippedJson);
        // The loader rejects every cycle of links before any query can meet one (docs/format.md).
        FluentActions.Invoking(() => LaosRightsDataset.Parse(cycle)).Should().Throw<DatasetValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Message.Should().Be("closes a cycle: 'iccpr-signing' → 'iccpr-ratification-2009' → 'iccpr-signing'; no record may lead back to itself.");

        // The Constitution of 1991 said to follow the remnant's emergence in 2003.
        var contradiction = ShippedJson.Replace(
            "\"id\": \"constitution-promulgated-1991\",\n      \"summary\"",
            "\"id\": \"constitution-promulgated-1991\",\n      \"related\": [ { \"relation\": \"follows\", \"eventId\": \"hmong-remnant-emerged-2003\" } ],\n      \"summary\"",
            StringComparison.Ordinal);
        contradiction.Should().NotBe(ShippedJson);
        FluentActions.Invoking(() => LaosRightsDataset.Parse(contradiction).Chronology()).Should().Throw<InvalidOperationException>().WithMessage("*contradict*");
    }

    [Fact]
    public void Entries_are_dated_records_and_print_one_line()
    {
        IDatedRecord entry = Entry("iccpr-signing");
        entry.DateDerivation.Should().Contain("9 years");
        entry.NarrativePosition.Should().Be(Data.Events["iccpr-signing"].NarrativePosition);
        Entry("iccpr-ratification-2009").ToString().Should().Be("2009-09-25 Happened Event iccpr-ratification-2009 (date given)");
        Entry("vue-mai-incident").ToString().Should().Be("undated Happened Event vue-mai-incident (narrative only)");
        Entry("iccpr-signing").ToString().Should().EndWith(" Event iccpr-signing (date derived)");
    }

    [Fact]
    public void Every_link_between_events_is_one_the_article_s_words_support()
    {
        // Reviewed against the article one by one (sequence words, stated cause, the same story); a new link needs a line here.
        var links = Data.Events.SelectMany(e => e.Related.Select(r => $"{e.Id} {(r.Kind == EventRelationKind.Follows ? "follows" : "responds-to")} {r.EventId}"));
        links.Should().BeEquivalentTo(
        [
            "iccpr-ratification-2009 follows iccpr-signing",                                        // "9 years after signing"
            "dissidents-1990-sentenced follows dissidents-arrested-1990",                           // "had been arrested ... sentenced along with them"
            "dissidents-imprisonment-publicized follows dissidents-arrested-1990",                  // their "imprisonment" after the arrest
            "third-dissident-died-in-prison-1998 follows dissidents-1990-sentenced",                // "sentenced along with them died in prison"
            "former-officials-released-2004 follows dissidents-1990-sentenced",                     // imprisonment, then release
            "former-officials-released-2004 follows dissidents-imprisonment-publicized",            // "had been publicized ... were released"
            "poster-detainees-sentenced follows poster-arrests-1999",                               // "arrested and subsequently sentenced"
            "poster-detainee-died follows poster-detainees-sentenced",                              // "has since died"
            "poster-detainee-released follows poster-detainees-sentenced",                          // "while 1 has been released"
            "poster-survivors-expected-release follows poster-detainees-sentenced",                 // "should have been released by"
            "hmong-remnant-emerged-2003 follows hmong-fighters-hid-in-mountains",                   // "hid out ... for years, with a remnant emerging"
            "laos-agreed-to-repatriate follows repatriation-talks",                                 // "After talks"
            "repatriation-debate-intensified follows vue-mai-incident",                             // "Following the Vue Mai incident"
            "thai-refugee-camps-closed follows us-agreed-to-resettle-1996",                         // "as the deadline for the closure ... approached"
            "thai-refugee-camps-closed follows thai-camp-closure-pressure",                         // "worked to close its remaining refugee camps"
            "hmong-sought-asylum-wat-tham-krabok follows thai-refugee-camps-closed",                // "not resettled at the time of the camp closures"
            "thai-attempted-repatriation-wat-tham-krabok follows hmong-sought-asylum-wat-tham-krabok", // "attempted to repatriate these refugees"
            "wat-tham-krabok-hmong-refused-to-leave responds-to thai-attempted-repatriation-wat-tham-krabok", // "..., and the Wat Tham Krabok Hmong refused to leave"
            "lao-government-refused-to-accept responds-to thai-attempted-repatriation-wat-tham-krabok", // "... and the Lao government refused to accept them"
            "us-agreed-to-accept-15000-2003 follows thai-threats-of-forcible-removal",              // "following threats of forcible removal"
            "hmong-fled-camp-within-thailand follows us-agreed-to-accept-15000-2003",               // "fearing ... if they were not accepted for resettlement in the U.S."
            "sommer-report-submitted-to-un-2006 follows sommer-documented-accounts",       // "documented first-hand accounts ... in a comprehensive report which ... was submitted"
            "eu-unhchr-spoke-out follows sommer-report-submitted-to-un-2006",                       // "have since spoken out"
            "repatriations-started follows thai-military-preparing-forced-return-2009",             // "was preparing ...: the BBC later reported that repatriations had started"
            "us-un-officials-protested responds-to thai-military-preparing-forced-return-2009",     // "have protested this action"
        ]);
    }

    [Fact]
    public void Each_case_s_story_order_never_contradicts_the_links_or_the_dates()
    {
        // What each entry certainly comes after, through the bounds.
        var after = Chronology.ToDictionary(e => e.Id, e => e.Bounds.Where(b => b.Side == ChronologyBoundSide.After).Select(b => b.OtherId).ToList());
        bool IsAfter(string later, string earlier, HashSet<string> seen) =>
            after[later].Any(id => id == earlier || (seen.Add(id) && IsAfter(id, earlier, seen)));

        foreach (var c in Data.Cases)
        {
            for (var i = 0; i < c.EventIds.Count; i++)
            {
                for (var j = i + 1; j < c.EventIds.Count; j++)
                {
                    var (first, second) = (c.EventIds[i], c.EventIds[j]);
                    IsAfter(first, second, []).Should().BeFalse($"{c.Id} tells {first} before {second}, which the links put before it");
                    var (d1, d2) = (Data.Events[first].Date, Data.Events[second].Date);
                    (d1?.Earliest > d2?.Latest).Should().NotBe(true, $"{c.Id} tells {first} ({d1}) before {second} ({d2})");
                }
            }
        }
    }
}
