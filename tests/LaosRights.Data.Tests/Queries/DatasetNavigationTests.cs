using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Queries;

public class DatasetNavigationTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void From_an_event_to_its_case_and_from_the_case_to_its_events_in_order()
    {
        var died = Data.Events["poster-detainee-died"];
        var posterCase = Data.CaseOf(died)!;
        posterCase.Id.Should().Be("case-posters-october-1999");
        Data.CasesOf(died).Should().Equal(posterCase);
        Data.EventsOf(posterCase).Ids().Should().Equal(
            "poster-arrests-1999", "poster-detainees-sentenced", "poster-detainee-died", "poster-detainee-released", "poster-survivors-expected-release");
        Data.CaseOf(Data.Events["iccpr-ratification-2009"]).Should().BeNull();
        Data.CasesOf(Data.Events["iccpr-ratification-2009"]).Should().BeEmpty();
    }

    [Fact]
    public void From_an_event_to_its_sources_figures_claims_quotations_and_related_events()
    {
        var preparing = Data.Events["thai-military-preparing-forced-return-2009"];
        Data.SourcesOf(preparing).Ids().Should().Equal("nyt-report-2009-12-27");
        Data.FiguresOf(preparing).Ids().Should().Equal("hmong-asylum-seekers-to-return-2009");
        Data.ClaimsOf(preparing).Ids().Should().Contain("nyt-thai-military-preparing-return");
        Data.RelatedEventsOf(preparing).Ids().Should().Contain(["repatriations-started", "us-un-officials-protested"]);
        Data.RelatedEventsOf(Data.Events["iccpr-ratification-2009"]).Ids().Should().Equal("iccpr-signing");
        Data.RelatedEventsOf(Data.Events["iccpr-signing"]).Ids().Should().Equal("iccpr-ratification-2009");
        Data.QuotationsOf(Data.Events["johns-national-review-article"]).Should().HaveCount(2).And.OnlyContain(q => q.SpeakerId == "michael-johns");
        Data.FiguresOf(Data.Events["christians-detained"]).Should().BeEmpty();
    }

    [Fact]
    public void From_an_actor_to_everything_it_is_involved_in()
    {
        var nyt = Data.InvolvementOf(Data.Actors["new-york-times"]);
        nyt.Events.Ids().Should().Equal("thai-military-preparing-forced-return-2009");
        nyt.ClaimsMade.Ids().Should().Equal("nyt-thai-military-preparing-return");
        nyt.FiguresGiven.Ids().Should().Equal("hmong-asylum-seekers-to-return-2009");
        nyt.AllRecords().Should().OnlyHaveUniqueItems().And.Contain(nyt.Events[0]);

        var johns = Data.InvolvementOf(Data.Actors["michael-johns"]);
        johns.Quotations.Should().HaveCount(2);
        johns.Events.Ids().Should().Contain("johns-national-review-article");

        var laos = Data.InvolvementOf(Data.Actors["government-of-laos"]);
        laos.ClaimsAbout.Ids().Should().Contain("genocide-accusation");
        laos.Events.Ids().Should().Contain("iccpr-ratification-2009");
        laos.ToString().Should().StartWith("government-of-laos: ");

        Data.InvolvementOf(Data.Actors["sombath-somphone"]).Cases.Ids().Should().Equal("case-sombath-somphone");
        Data.InvolvementOf(Data.Actors["rebecca-sommer"]).Sources.Should().NotBeEmpty();
    }

    [Fact]
    public void The_index_is_built_once_per_dataset()
    {
        DatasetIndex.For(Data).Should().BeSameAs(DatasetIndex.For(Data));
        Data.InvolvementOf(Data.Actors["bbc"]).Should().BeSameAs(Data.InvolvementOf(Data.Actors["bbc"]));
    }

    [Fact]
    public void Each_dataset_gets_its_own_index_built_once_even_when_first_used_from_many_threads()
    {
        var fresh = EmbeddedData.LoadDefault();
        var indexes = new DatasetIndex[16];
        Parallel.For(0, indexes.Length, i => indexes[i] = DatasetIndex.For(fresh));
        indexes.Distinct().Should().ContainSingle();
        DatasetIndex.For(fresh).Should().NotBeSameAs(DatasetIndex.For(Data));
        fresh.CaseOf(fresh.Events["poster-detainee-died"]).Should().BeSameAs(fresh.Cases["case-posters-october-1999"]);
        fresh.CaseOf(Data.Events["poster-detainee-died"]).Should().BeSameAs(fresh.Cases["case-posters-october-1999"], "records are found by id");
    }

    [Fact]
    public void Records_are_found_by_id_so_copies_work_and_strangers_are_rejected()
    {
        var copy = Data.Events["poster-detainee-died"] with { Summary = "changed" };
        Data.CaseOf(copy)!.Id.Should().Be("case-posters-october-1999");
        var stranger = copy with { Id = "not-in-the-dataset" };
        ((Action)(() => Data.CaseOf(stranger))).Should().Throw<ArgumentException>().WithParameterName("evt").WithMessage("*not-in-the-dataset*");
        ((Action)(() => Data.EventsOf(Data.Cases[0] with { Id = "x" }))).Should().Throw<ArgumentException>().WithParameterName("case");
        ((Action)(() => Data.InvolvementOf(Data.Actors[0] with { Id = "x" }))).Should().Throw<ArgumentException>().WithParameterName("actor");
    }

    [Fact]
    public void Null_arguments()
    {
        LaosRightsDataset none = null!;
        var evt = Data.Events[0];
        ((Action)(() => none.CaseOf(evt))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => Data.CaseOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("evt");
        ((Action)(() => Data.SourcesOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("evt");
        ((Action)(() => Data.RelatedEventsOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("evt");
        ((Action)(() => Data.FiguresOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("evt");
        ((Action)(() => Data.ClaimsOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("evt");
        ((Action)(() => Data.QuotationsOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("evt");
        ((Action)(() => Data.EventsOf(null!))).Should().Throw<ArgumentNullException>().WithParameterName("case");
        ((Action)(() => Data.InvolvementOf((Actor)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        ((Action)(() => Data.PlaceIdsWithin(null!))).Should().Throw<ArgumentNullException>().WithParameterName("place");
        ((Action)(() => none.InvolvementOf(Data.Actors[0]))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
    }
}
