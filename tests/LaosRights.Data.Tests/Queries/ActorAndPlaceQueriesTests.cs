using FluentAssertions;
using Xunit;
using static LaosRights.Data.Tests.Queries.QueryTestData;

namespace LaosRights.Data.Tests.Queries;

public class ActorQueriesTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void Involving_finds_events_by_actor_in_any_role_or_in_one_role()
    {
        Data.Events.Involving("government-of-thailand").Ids().Should().Contain("thai-attempted-repatriation-wat-tham-krabok");
        Data.Events.Involving("us-officials", ActorRole.Protested).Ids().Should().Equal("us-un-officials-protested");
        Data.Events.Involving("us-government", ActorRole.Agreed).Ids().Should().Contain(["us-agreed-to-resettle-1996", "us-agreed-to-accept-15000-2003"])
            .And.NotContain("us-un-officials-protested");
        Data.Events.Involving("no-such-actor").Should().BeEmpty();
    }

    [Fact]
    public void Involving_matches_the_actor_exactly_not_its_parts()
    {
        Data.Events.Involving("government-of-thailand").Ids().Should().NotContain("thai-halt-deportation-nong-khai", "the foreign ministry acted, not the government as such");
    }

    [Fact]
    public void ClaimedBy_finds_claims_events_and_figures_by_claimant()
    {
        Data.Claims.ClaimedBy("amnesty-international").Should().HaveCount(14).And.OnlyContain(c => c.Standing == Standing.ConcernRaised);
        Data.Events.ClaimedBy("new-york-times").Ids().Should().Equal("thai-military-preparing-forced-return-2009");
        Data.Figures.ClaimedBy("new-york-times").Ids().Should().Equal("hmong-asylum-seekers-to-return-2009");
        Data.Claims.ClaimedBy("nobody").Should().BeEmpty();
    }

    [Fact]
    public void Claims_without_a_named_claimant_and_claims_about_an_actor()
    {
        Data.Claims.WithoutNamedClaimant().Ids().Should().Contain("genocide-accusation").And.NotContain("concern-torture");
        Data.Claims.WithoutNamedClaimant().Should().OnlyContain(c => c.ClaimantIds.Count == 0);
        Data.Claims.About("hmong").Ids().Should().Contain(["genocide-accusation", "forced-repatriation-allegations"]);
    }

    [Fact]
    public void Empty_input_and_bad_arguments()
    {
        Array.Empty<Event>().Involving("hmong").Should().BeEmpty();
        Array.Empty<Event>().Involving("hmong", ActorRole.Acted).Should().BeEmpty();
        Array.Empty<Claim>().ClaimedBy("bbc").Should().BeEmpty();
        Array.Empty<Claim>().WithoutNamedClaimant().Should().BeEmpty();
        ((Action)(() => ((IEnumerable<Event>)null!).Involving("hmong"))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => Data.Events.Involving((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actorId");
        ((Action)(() => Data.Events.Involving(" "))).Should().Throw<ArgumentException>().WithParameterName("actorId");
        ((Action)(() => Data.Events.Involving("hmong", (ActorRole)99))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
        ((Action)(() => Data.Claims.ClaimedBy(""))).Should().Throw<ArgumentException>().WithParameterName("actorId");
        ((Action)(() => Data.Figures.ClaimedBy((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actorId");
        ((Action)(() => ((IEnumerable<Claim>)null!).WithoutNamedClaimant())).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => Data.Claims.About((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actorId");
        var deferred = Throwing<Event>().Involving("hmong", ActorRole.Acted);
        ((Action)(() => _ = deferred.ToList())).Should().Throw<InvalidOperationException>();
    }
}

public class PlaceQueriesTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void A_site_in_central_Thailand_is_in_Thailand()
    {
        var inThailand = Data.Events.LocatedIn(Data, "thailand").Ids();
        inThailand.Should().Contain([
            "hmong-sought-asylum-wat-tham-krabok",        // wat-tham-krabok → central-thailand → thailand
            "thai-halt-deportation-nong-khai",            // Detention Centers Nong Khai → thailand
            "hmong-fled-to-phetchabun-2004-2005",         // camp → Phetchabun province → thailand
            "thai-threats-of-forcible-removal",           // thailand itself
        ]);
        inThailand.Should().NotContain("poster-arrests-1999");
        Data.Events.LocatedExactlyIn(Data, "thailand").Ids().Should().Contain("thai-threats-of-forcible-removal")
            .And.NotContain("hmong-sought-asylum-wat-tham-krabok");
    }

    [Fact]
    public void Containment_goes_down_not_up()
    {
        Data.Events.LocatedIn(Data, "wat-tham-krabok").Ids().Should().Contain("hmong-sought-asylum-wat-tham-krabok")
            .And.NotContain("thai-threats-of-forcible-removal");
    }

    [Theory]
    [InlineData("TH")]
    [InlineData("th")]
    [InlineData("thailand")]
    public void Places_are_found_by_id_or_ISO_code(string key)
    {
        Data.FindPlace(key)!.Id.Should().Be("thailand");
        Data.Events.LocatedIn(Data, key).Ids().Should().Equal(Data.Events.LocatedIn(Data, "thailand").Ids());
    }

    [Fact]
    public void Subdivision_codes_and_containers()
    {
        Data.FindPlace("LA-XI")!.Id.Should().Be("xiangkhouang-province");
        Data.Events.LocatedIn(Data, "LA-XI").Ids().Should().Equal("hmong-fighters-hid-in-mountains");
        Data.FindPlace("ZZ").Should().BeNull();
        Data.ContainersOf(Data.Places["wat-tham-krabok"]).Ids().Should().Equal("central-thailand", "thailand");
        Data.ContainersOf(Data.Places["laos"]).Should().BeEmpty();
        Data.PlaceIdsWithin(Data.Places["laos"]).Should().Contain(["laos", "xiangkhouang-province", "xiangkhouang-mountains", "jungles-of-laos"])
            .And.NotContain("thailand");
        Data.PlaceIdsWithin(Data.Places["wat-tham-krabok"]).Should().BeEquivalentTo(["wat-tham-krabok"]);
    }

    [Fact]
    public void Empty_input_and_bad_arguments()
    {
        Array.Empty<Event>().LocatedIn(Data, "TH").Should().BeEmpty();
        ((Action)(() => Data.Events.LocatedIn(Data, "atlantis"))).Should().Throw<ArgumentException>().WithParameterName("placeIdOrIsoCode");
        ((Action)(() => Data.Events.LocatedIn(Data, (string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("placeIdOrIsoCode");
        ((Action)(() => Data.Events.LocatedIn(null!, "TH"))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => ((IEnumerable<Event>)null!).LocatedIn(Data, "TH"))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => Data.Events.LocatedExactlyIn(Data, "atlantis"))).Should().Throw<ArgumentException>().WithParameterName("placeIdOrIsoCode");
        ((Action)(() => Data.FindPlace(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Data.ContainersOf(Data.Places["laos"] with { Id = "elsewhere" }))).Should().Throw<ArgumentException>().WithParameterName("place");
        var deferred = Throwing<Event>().LocatedIn(Data, "TH");
        ((Action)(() => _ = deferred.ToList())).Should().Throw<InvalidOperationException>();
    }
}
