using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;
using static LaosRights.Data.Tests.Queries.QueryTestData;

namespace LaosRights.Data.Tests.Queries;

/// <summary>
/// The navigation index, tested on small hand-made datasets (each test builds its own, so it builds its own index)
/// and on a fresh load of the shipped data, where the article fixes the answers.
/// </summary>
public class DatasetIndexTests
{
    [Fact]
    public void Cases_of_an_event_are_in_file_order_each_once_even_when_a_case_lists_the_event_twice()
    {
        var d = Dataset(
            events: [Event("e1", null), Event("e2", null), Event("alone", null)],
            cases: [Case("c1", ["e1", "e2", "e1"]), Case("c2", ["e2"]), Case("c3", ["e1"])]);

        d.CasesOf(d.Events["e1"]).Ids().Should().Equal("c1", "c3");
        d.CasesOf(d.Events["e2"]).Ids().Should().Equal("c1", "c2");
        d.CaseOf(d.Events["e2"]).Should().BeSameAs(d.Cases["c1"], "the first case in file order");
        d.CaseOf(d.Events["alone"]).Should().BeNull();
        d.CasesOf(d.Events["alone"]).Should().BeEmpty().And.NotBeNull();
    }

    [Fact]
    public void Events_of_a_case_follow_the_case_order_not_the_file_order()
    {
        var d = Dataset(events: [Event("a", null), Event("b", null), Event("c", null)], cases: [Case("story", ["c", "a"])]);

        d.EventsOf(d.Cases["story"]).Should().Equal(d.Events["c"], d.Events["a"]);
    }

    [Fact]
    public void Sources_of_an_event_follow_the_event_order()
    {
        var d = Dataset(
            sources: [Source("s1"), Source("s2"), Source("s3")],
            events: [Event("e", null) with { SourceIds = ["s3", "s1"] }, Event("none", null)]);

        d.SourcesOf(d.Events["e"]).Should().Equal(d.Sources["s3"], d.Sources["s1"]);
        d.SourcesOf(d.Events["none"]).Should().BeEmpty();
    }

    [Fact]
    public void Events_linking_to_an_event_are_each_listed_once_in_file_order()
    {
        var d = Dataset(events:
        [
            Event("target", null),
            Event("twice", null) with { Related = [new(EventRelationKind.Follows, "target"), new(EventRelationKind.RespondsTo, "target")] },
            Event("other", null) with { Related = [new(EventRelationKind.Follows, "twice")] },
            Event("once", null) with { Related = [new(EventRelationKind.RespondsTo, "target")] },
        ]);
        var index = DatasetIndex.For(d);

        index.EventsLinkingTo("target").Ids().Should().Equal("twice", "once");
        index.EventsLinkingTo("twice").Ids().Should().Equal("other");
        index.EventsLinkingTo("once").Should().BeEmpty();
        index.EventsLinkingTo("no-such-event").Should().BeEmpty();
    }

    [Fact]
    public void Related_events_are_the_ones_linked_to_first_then_the_ones_linking_here_each_once()
    {
        var d = Dataset(events:
        [
            Event("before", null),
            Event("middle", null) with { Related = [new(EventRelationKind.Follows, "before")] },
            Event("after", null) with { Related = [new(EventRelationKind.Follows, "middle")] },
            Event("reply", null) with { Related = [new(EventRelationKind.RespondsTo, "middle"), new(EventRelationKind.RespondsTo, "before")] },
            Event("mutual", null) with { Related = [new(EventRelationKind.Follows, "middle")] },
        ]);
        d.RelatedEventsOf(d.Events["middle"]).Ids().Should().Equal("before", "after", "reply", "mutual");
        d.RelatedEventsOf(d.Events["before"]).Ids().Should().Equal("middle", "reply");
        d.RelatedEventsOf(d.Events["after"]).Ids().Should().Equal("middle");
    }

    [Fact]
    public void An_event_linked_both_ways_is_listed_once()
    {
        var d = Dataset(events:
        [
            Event("x", null) with { Related = [new(EventRelationKind.Follows, "y")] },
            Event("y", null) with { Related = [new(EventRelationKind.RespondsTo, "x")] },
        ]);

        d.RelatedEventsOf(d.Events["x"]).Ids().Should().Equal("y");
        d.RelatedEventsOf(d.Events["y"]).Ids().Should().Equal("x");
    }

    [Fact]
    public void Figures_claims_and_quotations_of_an_event_are_the_ones_naming_it_in_file_order()
    {
        var d = Dataset(
            actors: [Actor("speaker")],
            events: [Event("e1", null), Event("e2", null), Event("bare", null)],
            figures: [Figure("f-e1-a", "e1"), Figure("f-none", null), Figure("f-e2", "e2"), Figure("f-e1-b", "e1")],
            claims: [Claim("c-both", ["e1", "e2", "e1"]), Claim("c-none"), Claim("c-e2", ["e2"])],
            quotations: [Quotation("q-none", "speaker"), Quotation("q-e2", "speaker", "e2"), Quotation("q-e1", "speaker", "e1"), Quotation("q-e2-b", "speaker", "e2")]);

        d.FiguresOf(d.Events["e1"]).Ids().Should().Equal("f-e1-a", "f-e1-b");
        d.FiguresOf(d.Events["e2"]).Ids().Should().Equal("f-e2");
        d.ClaimsOf(d.Events["e1"]).Ids().Should().Equal("c-both");
        d.ClaimsOf(d.Events["e2"]).Ids().Should().Equal("c-both", "c-e2");
        d.QuotationsOf(d.Events["e1"]).Ids().Should().Equal("q-e1");
        d.QuotationsOf(d.Events["e2"]).Ids().Should().Equal("q-e2", "q-e2-b");
        d.FiguresOf(d.Events["bare"]).Should().BeEmpty();
        d.ClaimsOf(d.Events["bare"]).Should().BeEmpty();
        d.QuotationsOf(d.Events["bare"]).Should().BeEmpty();
    }

    [Fact]
    public void Lists_returned_are_read_only()
    {
        var d = Dataset(events: [Event("e", null)], cases: [Case("c", ["e"])], figures: [Figure("f", "e")]);

        d.CasesOf(d.Events["e"]).Should().BeAssignableTo<System.Collections.ObjectModel.ReadOnlyCollection<Case>>();
        d.FiguresOf(d.Events["e"]).Should().BeAssignableTo<System.Collections.ObjectModel.ReadOnlyCollection<Figure>>();
        d.EventsOf(d.Cases["c"]).Should().NotBeAssignableTo<Event[]>();
        d.RelatedEventsOf(d.Events["e"]).Should().NotBeAssignableTo<Event[]>();
        d.SourcesOf(d.Events["e"]).Should().NotBeAssignableTo<Source[]>();
    }

    [Fact]
    public void Places_contain_their_children_at_any_depth_and_never_their_parents_or_siblings()
    {
        var d = Dataset(places:
        [
            Place("country"),
            Place("province", "country"),
            Place("district", "province"),
            Place("village", "district"),
            Place("other-province", "country"),
            Place("elsewhere"),
        ]);

        d.PlaceIdsWithin(d.Places["country"]).Should().BeEquivalentTo(["country", "province", "district", "village", "other-province"]);
        d.PlaceIdsWithin(d.Places["province"]).Should().BeEquivalentTo(["province", "district", "village"]);
        d.PlaceIdsWithin(d.Places["village"]).Should().BeEquivalentTo(["village"]);
        d.PlaceIdsWithin(d.Places["elsewhere"]).Should().BeEquivalentTo(["elsewhere"]);
        d.PlaceIdsWithin(d.Places["country"]).Contains("Province").Should().BeFalse("ids are ordinal");
        d.ContainersOf(d.Places["village"]).Ids().Should().Equal("district", "province", "country");
        d.ContainersOf(d.Places["province"]).Ids().Should().Equal("country");
        d.ContainersOf(d.Places["country"]).Should().BeEmpty();
    }

    [Fact]
    public void A_cycle_of_places_ends_instead_of_looping()
    {
        var d = Dataset(places: [Place("a", "c"), Place("b", "a"), Place("c", "b"), Place("inside", "a")]);

        d.PlaceIdsWithin(d.Places["a"]).Should().BeEquivalentTo(["a", "b", "c", "inside"]);
        d.PlaceIdsWithin(d.Places["inside"]).Should().BeEquivalentTo(["inside"]);
        d.ContainersOf(d.Places["inside"]).Ids().Should().Equal("a", "c", "b", "a");
        d.ContainersOf(d.Places["a"]).Ids().Should().HaveCount(4, "the walk stops after as many steps as there are places");
    }

    [Fact]
    public void A_parent_that_is_not_in_the_dataset_ends_the_containers()
    {
        var d = Dataset(places: [Place("orphan", "missing"), Place("child", "orphan")]);

        d.ContainersOf(d.Places["child"]).Ids().Should().Equal("orphan");
        d.PlaceIdsWithin(d.Places["orphan"]).Should().BeEquivalentTo(["orphan", "child"]);
    }

    [Theory]
    [InlineData("xx", "country-xx")]
    [InlineData("XX", "country-xx")]
    [InlineData("Xx", "country-xx")]
    [InlineData("xx-01", "province-01")]
    [InlineData("XX-01", "province-01")]
    [InlineData("country-xx", "country-xx")]
    [InlineData("province-01", "province-01")]
    public void Places_are_found_by_id_or_by_ISO_code_in_any_case(string key, string expected)
    {
        var d = Dataset(places: [Place("country-xx", isoCode: "XX"), Place("province-01", "country-xx", "XX-01"), Place("no-code", "country-xx")]);

        d.FindPlace(key).Should().BeSameAs(d.Places[expected]);
    }

    [Fact]
    public void Place_ids_are_case_sensitive_and_unknown_keys_find_nothing()
    {
        var d = Dataset(places: [Place("country-xx", isoCode: "XX"), Place("no-code")]);

        d.FindPlace("Country-XX").Should().BeNull();
        d.FindPlace("NO-CODE").Should().BeNull();
        d.FindPlace("YY").Should().BeNull();
        d.FindPlace("").Should().BeNull();
    }

    [Fact]
    public void An_id_wins_over_a_code_and_the_first_place_with_a_code_wins()
    {
        var d = Dataset(places: [Place("ab", isoCode: "CD"), Place("cd", isoCode: "AB"), Place("first", isoCode: "EF"), Place("second", isoCode: "ef")]);

        d.FindPlace("ab")!.Id.Should().Be("ab", "ids are looked up before codes");
        d.FindPlace("AB")!.Id.Should().Be("cd");
        d.FindPlace("cd")!.Id.Should().Be("cd");
        d.FindPlace("CD")!.Id.Should().Be("ab");
        d.FindPlace("EF")!.Id.Should().Be("first");
        d.FindPlace("ef")!.Id.Should().Be("first");
    }

    [Fact]
    public void Each_small_dataset_has_its_own_index()
    {
        var one = Dataset(events: [Event("e", null)], cases: [Case("c", ["e"])]);
        var two = Dataset(events: [Event("e", null)]);

        DatasetIndex.For(one).Should().NotBeSameAs(DatasetIndex.For(two)).And.BeSameAs(DatasetIndex.For(one));
        one.CaseOf(two.Events["e"])!.Id.Should().Be("c", "a record is found by its id");
        two.CaseOf(one.Events["e"]).Should().BeNull();
    }

    [Fact]
    public void Shipped_data_freshly_loaded_cases_related_events_figures_claims_and_quotations()
    {
        var d = EmbeddedData.LoadDefault();

        d.CasesOf(d.Events["poster-detainee-died"]).Ids().Should().Equal("case-posters-october-1999");
        d.CasesOf(d.Events["sombath-somphone-disappearance"]).Ids().Should().Equal("case-sombath-somphone");
        d.CasesOf(d.Events["hmong-sought-asylum-wat-tham-krabok"]).Ids().Should().Equal("case-wat-tham-krabok");
        d.CasesOf(d.Events["iccpr-signing"]).Should().BeEmpty();
        d.EventsOf(d.Cases["case-dissidents-1990"]).Ids().Should().Equal(
            "dissidents-arrested-1990", "dissidents-1990-sentenced", "dissidents-imprisonment-publicized", "third-dissident-died-in-prison-1998", "former-officials-released-2004");

        DatasetIndex.For(d).EventsLinkingTo("thai-military-preparing-forced-return-2009").Ids().Should().Equal("repatriations-started", "us-un-officials-protested");
        d.RelatedEventsOf(d.Events["repatriations-started"]).Ids().Should().Equal("thai-military-preparing-forced-return-2009");
        d.RelatedEventsOf(d.Events["us-un-officials-protested"]).Ids().Should().Equal("thai-military-preparing-forced-return-2009");

        d.FiguresOf(d.Events["poster-detainees-sentenced"]).Ids().Should().Equal("poster-arrests-1999-sentenced", "poster-arrests-1999-sentence-length");
        d.FiguresOf(d.Events["laos-agreed-to-repatriate"]).Ids().Should().Equal("lao-refugees-to-repatriate", "hmong-among-refugees-to-repatriate");
        d.FiguresOf(d.Events["hmong-sought-asylum-wat-tham-krabok"]).Ids().Should().Equal("hmong-seeking-asylum-wat-tham-krabok", "hmong-already-at-wat-tham-krabok");
        d.ClaimsOf(d.Events["republicans-challenged-clinton-position"]).Ids().Should().Equal("clinton-administration-position", "republicans-challenge-clinton-position");
        d.QuotationsOf(d.Events["johns-national-review-article"]).Ids().Should().Equal("johns-betrayal", "johns-spilled-their-blood");
        d.QuotationsOf(d.Events["gunderson-addressed-hmong-gathering"]).Ids().Should().Equal("gunderson-not-telling-the-truth");
        d.QuotationsOf(d.Events["msf-refused-to-assist"]).Ids().Should().Equal("msf-increasingly-restrictive-measures");
    }

    [Fact]
    public void Shipped_data_freshly_loaded_places_inside_Laos_and_Thailand_and_ISO_codes()
    {
        var d = EmbeddedData.LoadDefault();

        d.PlaceIdsWithin(d.Places["laos"]).Should().BeEquivalentTo(["laos", "xiangkhouang-province", "xiangkhouang-mountains", "jungles-of-laos"]);
        d.PlaceIdsWithin(d.Places["thailand"]).Should().BeEquivalentTo([
            "thailand", "phetchabun-province", "phetchabun-refugee-camp", "nong-khai-detention-centers",
            "central-thailand", "wat-tham-krabok", "thai-refugee-camps", "hmong-camps-thailand"]);
        d.PlaceIdsWithin(d.Places["united-states"]).Should().BeEquivalentTo(["united-states", "wisconsin"]);
        d.ContainersOf(d.Places["xiangkhouang-mountains"]).Ids().Should().Equal("xiangkhouang-province", "laos");
        d.ContainersOf(d.Places["nong-khai-detention-centers"]).Ids().Should().Equal("thailand");

        d.FindPlace("la")!.Id.Should().Be("laos");
        d.FindPlace("la-xi")!.Id.Should().Be("xiangkhouang-province");
        d.FindPlace("TH-67")!.Id.Should().Be("phetchabun-province");
        d.FindPlace("th-43").Should().BeNull("the article names no Nong Khai province");
        d.FindPlace("us-wi")!.Id.Should().Be("wisconsin");
        d.FindPlace("Laos").Should().BeNull("ids are case-sensitive and 'Laos' is no code");
    }
}
