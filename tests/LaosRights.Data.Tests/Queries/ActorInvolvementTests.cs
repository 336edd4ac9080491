using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;
using static LaosRights.Data.Tests.Queries.QueryTestData;

namespace LaosRights.Data.Tests.Queries;

/// <summary>Everything an actor is involved in, on small datasets built per test (each with its own index) and on the shipped data.</summary>
public class ActorInvolvementTests
{
    private static LaosRightsDataset Sample() => Dataset(
        actors: [Actor("me"), Actor("you"), Actor("my-ministry") with { ParentId = "me" }, Actor("idle")],
        sources:
        [
            Source("s-author", authorIds: ["me", "me"]),
            Source("s-publisher", publisherId: "me"),
            Source("s-recipient", recipientId: "me"),
            Source("s-all", authorIds: ["me"], publisherId: "me", recipientId: "me"),
            Source("s-other", authorIds: ["you"], publisherId: "you"),
            Source("s-ministry", publisherId: "my-ministry"),
        ],
        events:
        [
            Event("e-acts", null) with { Actors = [new("me", ActorRole.Acted)] },
            Event("e-two-roles", null) with { Actors = [new("me", ActorRole.Acted), new("me", ActorRole.Affected)] },
            Event("e-claims", null) with { ClaimantIds = ["me"] },
            Event("e-role-and-claim", null) with { Actors = [new("me", ActorRole.Protested)], ClaimantIds = ["me"] },
            Event("e-you", null) with { Actors = [new("you", ActorRole.Acted)], ClaimantIds = ["you"] },
            Event("e-ministry", null) with { Actors = [new("my-ministry", ActorRole.Acted)] },
        ],
        cases: [Case("c-me", ["e-acts"], "me", "me"), Case("c-you", ["e-you"], "you"), Case("c-both", ["e-claims"], "you", "me")],
        figures: [Figure("f-me", "e-acts", "me", "me"), Figure("f-you", null, "you"), Figure("f-both", null, "you", "me")],
        claims:
        [
            Claim("cl-made", claimantIds: ["me", "me"]),
            Claim("cl-about", subjectIds: ["me", "me"]),
            Claim("cl-self", claimantIds: ["me"], subjectIds: ["me"]),
            Claim("cl-you", claimantIds: ["you"], subjectIds: ["you"]),
        ],
        quotations:
        [
            Quotation("q-spoken", "me"),
            Quotation("q-about", "you", null, "me"),
            Quotation("q-self", "me", null, "me", "you"),
            Quotation("q-you", "you"),
        ]);

    [Fact]
    public void Every_kind_of_record_is_found_once_in_file_order()
    {
        var d = Sample();
        var me = d.InvolvementOf(d.Actors["me"]);

        me.Actor.Should().BeSameAs(d.Actors["me"]);
        me.Events.Ids().Should().Equal("e-acts", "e-two-roles", "e-claims", "e-role-and-claim");
        me.Cases.Ids().Should().Equal("c-me", "c-both");
        me.ClaimsMade.Ids().Should().Equal("cl-made", "cl-self");
        me.ClaimsAbout.Ids().Should().Equal("cl-about", "cl-self");
        me.FiguresGiven.Ids().Should().Equal("f-me", "f-both");
        me.Quotations.Ids().Should().Equal("q-spoken", "q-about", "q-self");
        me.Sources.Ids().Should().Equal("s-author", "s-publisher", "s-recipient", "s-all");
    }

    [Fact]
    public void Another_actor_gets_its_own_records()
    {
        var d = Sample();
        var you = d.InvolvementOf(d.Actors["you"]);

        you.Events.Ids().Should().Equal("e-you");
        you.Cases.Ids().Should().Equal("c-you", "c-both");
        you.ClaimsMade.Ids().Should().Equal("cl-you");
        you.ClaimsAbout.Ids().Should().Equal("cl-you");
        you.FiguresGiven.Ids().Should().Equal("f-you", "f-both");
        you.Quotations.Ids().Should().Equal("q-about", "q-self", "q-you");
        you.Sources.Ids().Should().Equal("s-other");
    }

    [Fact]
    public void A_part_of_an_actor_is_not_the_actor()
    {
        var d = Sample();
        var ministry = d.InvolvementOf(d.Actors["my-ministry"]);

        ministry.Events.Ids().Should().Equal("e-ministry");
        ministry.Sources.Ids().Should().Equal("s-ministry");
        d.InvolvementOf(d.Actors["me"]).Events.Ids().Should().NotContain("e-ministry");
        d.InvolvementOf(d.Actors["me"]).Sources.Ids().Should().NotContain("s-ministry");
    }

    [Fact]
    public void An_actor_in_nothing_has_empty_lists_not_null()
    {
        var d = Sample();
        var idle = d.InvolvementOf(d.Actors["idle"]);

        idle.Events.Should().BeEmpty();
        idle.Cases.Should().BeEmpty();
        idle.ClaimsMade.Should().BeEmpty();
        idle.ClaimsAbout.Should().BeEmpty();
        idle.FiguresGiven.Should().BeEmpty();
        idle.Quotations.Should().BeEmpty();
        idle.Sources.Should().BeEmpty();
        idle.AllRecords().Should().BeEmpty();
        idle.ToString().Should().Be("idle: 0 events, 0 cases, 0 claims made, 0 claims about, 0 figures, 0 quotations, 0 sources");
    }

    [Fact]
    public void All_records_are_every_kind_in_order_each_once()
    {
        var d = Sample();
        var me = d.InvolvementOf(d.Actors["me"]);

        me.AllRecords().Select(r => r.Id).Should().Equal(
            "e-acts", "e-two-roles", "e-claims", "e-role-and-claim",
            "c-me", "c-both",
            "cl-made", "cl-self",
            "cl-about",
            "f-me", "f-both",
            "q-spoken", "q-about", "q-self",
            "s-author", "s-publisher", "s-recipient", "s-all");
    }

    [Fact]
    public void ToString_counts_each_kind()
    {
        var d = Sample();

        d.InvolvementOf(d.Actors["me"]).ToString().Should().Be(
            "me: 4 events, 2 cases, 2 claims made, 2 claims about, 2 figures, 3 quotations, 4 sources");
        d.InvolvementOf(d.Actors["you"]).ToString().Should().Be(
            "you: 1 events, 2 cases, 1 claims made, 1 claims about, 2 figures, 3 quotations, 1 sources");
    }

    [Fact]
    public void The_involvement_is_built_once_per_dataset()
    {
        var d = Sample();
        var copy = d.Actors["me"] with { Name = "copy" };

        d.InvolvementOf(copy).Should().BeSameAs(d.InvolvementOf(d.Actors["me"]));
        d.InvolvementOf(copy).Actor.Should().BeSameAs(d.Actors["me"], "the dataset's own record is used");
        Sample().InvolvementOf(copy).Should().NotBeSameAs(d.InvolvementOf(copy));
    }

    [Fact]
    public void Shipped_data_freshly_loaded()
    {
        var d = EmbeddedData.LoadDefault();

        var johns = d.InvolvementOf(d.Actors["michael-johns"]);
        johns.Quotations.Ids().Should().Equal("johns-betrayal", "johns-spilled-their-blood");
        johns.Sources.Should().BeEmpty("the article says Johns labeled the repatriation a betrayal in the article, not that he wrote it");
        johns.Cases.Should().BeEmpty();

        d.InvolvementOf(d.Actors["rebecca-sommer"]).Sources.Ids().Should().Equal(["hunted-like-animals"], "the article says she documented accounts \"in\" the report, not that she wrote it");
        d.InvolvementOf(d.Actors["sombath-somphone"]).Cases.Ids().Should().Equal("case-sombath-somphone");

        var nyt = d.InvolvementOf(d.Actors["new-york-times"]);
        nyt.Events.Ids().Should().Equal("thai-military-preparing-forced-return-2009");
        nyt.ClaimsMade.Ids().Should().Equal("nyt-thai-military-preparing-return");
        nyt.FiguresGiven.Ids().Should().Equal("hmong-asylum-seekers-to-return-2009");
        nyt.Sources.Ids().Should().Equal("nyt-report-2009-12-27");
        nyt.ClaimsAbout.Should().BeEmpty();
        nyt.AllRecords().Select(r => r.Id).Should().Equal(
            "thai-military-preparing-forced-return-2009", "nyt-thai-military-preparing-return", "hmong-asylum-seekers-to-return-2009", "nyt-report-2009-12-27");
        nyt.ToString().Should().Be("new-york-times: 1 events, 0 cases, 1 claims made, 0 claims about, 1 figures, 0 quotations, 1 sources");
    }
}
