using FluentAssertions;
using Xunit;
using static LaosRights.Data.Tests.Queries.QueryTestData;

namespace LaosRights.Data.Tests.Queries;

/// <summary>The "who" and "where" filters on small hand-made records, where every answer is known exactly.</summary>
public class ActorAndPlaceQueryEdgeTests
{
    private static readonly Event[] Events =
    [
        Event("acted", null) with { Actors = [new("a", ActorRole.Acted)] },
        Event("affected", null) with { Actors = [new("a", ActorRole.Affected), new("b", ActorRole.Acted)] },
        Event("b-only", null) with { Actors = [new("b", ActorRole.Affected)], ClaimantIds = ["a"] },
        Event("nobody", null),
        Event("claimed-by-b", null) with { ClaimantIds = ["c", "b"] },
    ];

    private static readonly Claim[] Claims =
    [
        Claim("by-a", claimantIds: ["a"], subjectIds: ["b"]),
        Claim("by-a-and-b", claimantIds: ["b", "a"]),
        Claim("unattributed", subjectIds: ["a"]),
        Claim("unattributed-too"),
    ];

    private static readonly Figure[] Figures = [Figure("f-a", null, "a"), Figure("f-b", null, "b"), Figure("f-none", null), Figure("f-ab", null, "a", "b")];

    [Fact]
    public void Involving_keeps_events_with_the_actor_in_any_role_in_source_order()
    {
        Events.Involving("a").Ids().Should().Equal("acted", "affected");
        Events.Involving("b").Ids().Should().Equal("affected", "b-only");
        Events.Involving("A").Should().BeEmpty("ids are case-sensitive");
        Events.Involving("c").Should().BeEmpty("a claimant is not an actor of the event");
    }

    [Fact]
    public void Involving_with_a_role_needs_the_actor_and_the_role_together()
    {
        Events.Involving("a", ActorRole.Acted).Ids().Should().Equal("acted");
        Events.Involving("a", ActorRole.Affected).Ids().Should().Equal("affected");
        Events.Involving("b", ActorRole.Acted).Ids().Should().Equal("affected");
        Events.Involving("b", ActorRole.Affected).Ids().Should().Equal("b-only");
        Events.Involving("a", ActorRole.Protested).Should().BeEmpty();
    }

    [Fact]
    public void ClaimedBy_About_and_WithoutNamedClaimant_on_claims()
    {
        Claims.ClaimedBy("a").Ids().Should().Equal("by-a", "by-a-and-b");
        Claims.ClaimedBy("b").Ids().Should().Equal("by-a-and-b");
        Claims.About("a").Ids().Should().Equal("unattributed");
        Claims.About("b").Ids().Should().Equal("by-a");
        Claims.WithoutNamedClaimant().Ids().Should().Equal("unattributed", "unattributed-too");
    }

    [Fact]
    public void ClaimedBy_on_events_and_figures()
    {
        Events.ClaimedBy("a").Ids().Should().Equal("b-only");
        Events.ClaimedBy("b").Ids().Should().Equal("claimed-by-b");
        Events.ClaimedBy("c").Ids().Should().Equal("claimed-by-b");
        Figures.ClaimedBy("a").Ids().Should().Equal("f-a", "f-ab");
        Figures.ClaimedBy("b").Ids().Should().Equal("f-b", "f-ab");
        Figures.ClaimedBy("z").Should().BeEmpty();
    }

    [Fact]
    public void Actor_filters_check_their_arguments_and_reject_null_records()
    {
        IEnumerable<Event> noEvents = null!;
        IEnumerable<Claim> noClaims = null!;
        IEnumerable<Figure> noFigures = null!;
        ((Action)(() => noEvents.Involving("a", ActorRole.Acted))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => noEvents.ClaimedBy("a"))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => noClaims.ClaimedBy("a"))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => noClaims.About("a"))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => noFigures.ClaimedBy("a"))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => Events.Involving(" ", ActorRole.Acted))).Should().Throw<ArgumentException>().WithParameterName("actorId");
        ((Action)(() => Events.Involving((string)null!, ActorRole.Acted))).Should().Throw<ArgumentNullException>().WithParameterName("actorId");
        ((Action)(() => Events.ClaimedBy(""))).Should().Throw<ArgumentException>().WithParameterName("actorId");
        ((Action)(() => Claims.About(" "))).Should().Throw<ArgumentException>().WithParameterName("actorId");
        ((Action)(() => Figures.ClaimedBy("\t"))).Should().Throw<ArgumentException>().WithParameterName("actorId");
        ((Action)(() => Events.Involving("a", (ActorRole)(-1)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role")
            .WithMessage("Not a defined ActorRole value.*");

        ((Action)(() => _ = new Event[] { null! }.Involving("a").ToList())).Should().Throw<ArgumentException>().WithParameterName("source")
            .WithMessage("The sequence contains a null record.*");
        ((Action)(() => _ = new Event[] { null! }.Involving("a", ActorRole.Acted).ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Event[] { null! }.ClaimedBy("a").ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Claim[] { null! }.ClaimedBy("a").ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Claim[] { null! }.About("a").ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Claim[] { null! }.WithoutNamedClaimant().ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Figure[] { null! }.ClaimedBy("a").ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
    }

    [Fact]
    public void Actor_filters_are_deferred()
    {
        var calls = new Func<object>[]
        {
            () => Throwing<Event>().Involving("a"),
            () => Throwing<Event>().ClaimedBy("a"),
            () => Throwing<Claim>().ClaimedBy("a"),
            () => Throwing<Claim>().About("a"),
            () => Throwing<Claim>().WithoutNamedClaimant(),
            () => Throwing<Figure>().ClaimedBy("a"),
        };
        foreach (var call in calls)
        {
            var query = (System.Collections.IEnumerable)call();
            ((Action)(() => query.GetEnumerator().MoveNext())).Should().Throw<InvalidOperationException>().WithMessage("enumerated");
        }
    }

    private static LaosRightsDataset Places() => Dataset(
        places: [Place("land", isoCode: "LD"), Place("region", "land", "LD-01"), Place("town", "region"), Place("other-land", isoCode: "OL")],
        events:
        [
            Event("in-town", null) with { PlaceIds = ["town"] },
            Event("in-land", null) with { PlaceIds = ["land"] },
            Event("in-region-and-other", null) with { PlaceIds = ["other-land", "region"] },
            Event("nowhere", null),
            Event("in-other", null) with { PlaceIds = ["other-land"] },
        ]);

    [Fact]
    public void LocatedIn_keeps_events_in_the_place_or_any_place_inside_it()
    {
        var d = Places();

        d.Events.LocatedIn(d, "land").Ids().Should().Equal("in-town", "in-land", "in-region-and-other");
        d.Events.LocatedIn(d, "ld").Ids().Should().Equal("in-town", "in-land", "in-region-and-other");
        d.Events.LocatedIn(d, "region").Ids().Should().Equal("in-town", "in-region-and-other");
        d.Events.LocatedIn(d, "Ld-01").Ids().Should().Equal("in-town", "in-region-and-other");
        d.Events.LocatedIn(d, "town").Ids().Should().Equal("in-town");
        d.Events.LocatedIn(d, "OL").Ids().Should().Equal("in-region-and-other", "in-other");
    }

    [Fact]
    public void LocatedExactlyIn_keeps_events_in_the_place_itself()
    {
        var d = Places();

        d.Events.LocatedExactlyIn(d, "land").Ids().Should().Equal("in-land");
        d.Events.LocatedExactlyIn(d, "LD").Ids().Should().Equal("in-land");
        d.Events.LocatedExactlyIn(d, "ld-01").Ids().Should().Equal("in-region-and-other");
        d.Events.LocatedExactlyIn(d, "town").Ids().Should().Equal("in-town");
        d.Events.LocatedExactlyIn(d, "other-land").Ids().Should().Equal("in-region-and-other", "in-other");
    }

    [Fact]
    public void Place_filters_check_their_arguments()
    {
        var d = Places();
        IEnumerable<Event> none = null!;

        ((Action)(() => d.Events.LocatedIn(d, "atlantis"))).Should().Throw<ArgumentException>().WithParameterName("placeIdOrIsoCode")
            .WithMessage("No place has the id or ISO 3166 code 'atlantis'.*");
        ((Action)(() => d.Events.LocatedExactlyIn(d, "LAND"))).Should().Throw<ArgumentException>().WithParameterName("placeIdOrIsoCode")
            .WithMessage("No place has the id or ISO 3166 code 'LAND'.*");
        ((Action)(() => none.LocatedExactlyIn(d, "land"))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => d.Events.LocatedExactlyIn(null!, "land"))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => d.Events.LocatedExactlyIn(d, (string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("placeIdOrIsoCode");
        ((Action)(() => d.Events.LocatedIn(null!, (string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("dataset", "arguments are checked in order");
        ((Action)(() => d.Events.LocatedExactlyIn(null!, (string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => d.FindPlace(null!))).Should().Throw<ArgumentNullException>().WithParameterName("idOrIsoCode");
        ((Action)(() => ((LaosRightsDataset)null!).FindPlace("land"))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => _ = new Event[] { null! }.LocatedIn(d, "land").ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Event[] { null! }.LocatedExactlyIn(d, "land").ToList())).Should().Throw<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = Throwing<Event>().LocatedExactlyIn(d, "land").ToList())).Should().Throw<InvalidOperationException>();
        Throwing<Event>().LocatedExactlyIn(d, "land").Should().NotBeNull("the filter is deferred");
    }

    [Fact]
    public void Navigation_names_the_argument_and_the_missing_id()
    {
        var d = Dataset(actors: [Actor("a")], places: [Place("p")], events: [Event("e", null)], cases: [Case("c", ["e"])]);
        var strangerEvent = Event("ghost", null);
        LaosRightsDataset none = null!;

        ((Action)(() => d.CasesOf(strangerEvent))).Should().Throw<ArgumentException>().WithParameterName("evt")
            .WithMessage("No Event with id 'ghost' is in this dataset.*");
        ((Action)(() => d.SourcesOf(strangerEvent))).Should().Throw<ArgumentException>().WithParameterName("evt");
        ((Action)(() => d.RelatedEventsOf(strangerEvent))).Should().Throw<ArgumentException>().WithParameterName("evt");
        ((Action)(() => d.FiguresOf(strangerEvent))).Should().Throw<ArgumentException>().WithParameterName("evt");
        ((Action)(() => d.ClaimsOf(strangerEvent))).Should().Throw<ArgumentException>().WithParameterName("evt");
        ((Action)(() => d.QuotationsOf(strangerEvent))).Should().Throw<ArgumentException>().WithParameterName("evt");
        ((Action)(() => d.EventsOf(Case("ghost-case", ["e"])))).Should().Throw<ArgumentException>().WithParameterName("case")
            .WithMessage("No Case with id 'ghost-case' is in this dataset.*");
        ((Action)(() => d.InvolvementOf(Actor("ghost-actor")))).Should().Throw<ArgumentException>().WithParameterName("actor")
            .WithMessage("No Actor with id 'ghost-actor' is in this dataset.*");
        ((Action)(() => d.PlaceIdsWithin(Place("ghost-place")))).Should().Throw<ArgumentException>().WithParameterName("place")
            .WithMessage("No Place with id 'ghost-place' is in this dataset.*");
        ((Action)(() => d.ContainersOf(Place("ghost-place")))).Should().Throw<ArgumentException>().WithParameterName("place");
        ((Action)(() => d.ContainersOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("place");

        var evt = d.Events["e"];
        ((Action)(() => none.CasesOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.EventsOf(d.Cases["c"]))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.SourcesOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.RelatedEventsOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.FiguresOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.ClaimsOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.QuotationsOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.PlaceIdsWithin(d.Places["p"]))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.ContainersOf(d.Places["p"]))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => none.CaseOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
    }
}
