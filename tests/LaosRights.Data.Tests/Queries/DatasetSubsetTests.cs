using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;
using static LaosRights.Data.Tests.Serialization.JsonTestSupport;

namespace LaosRights.Data.Tests.Queries;

public class DatasetSubsetTests
{
    [Fact]
    public void A_subset_of_events_pulls_in_everything_they_reference_and_loads_again()
    {
        var chosen = Whole.Events.Where(e => e.Topics.Contains(Topic.ForcedReturn)).ToList();
        chosen.Should().NotBeEmpty();

        var subset = Whole.Subset(chosen);

        subset.Events.Select(e => e.Id).Should().Contain(chosen.Select(e => e.Id));
        foreach (var record in subset.AllRecords)
        {
            foreach (var id in DatasetSubset.References(record))
            {
                subset.TryGetRecord(id, out _).Should().BeTrue($"'{record.Id}' refers to '{id}'");
            }
        }

        var loaded = LaosRightsDataset.Parse(ToJson(subset));
        loaded.ShouldEqual(subset);
        loaded.AllRecords.Count.Should().BeLessThan(Whole.AllRecords.Count);
    }

    [Fact]
    public void A_subset_brings_places_with_their_parents_and_actors_with_their_countries()
    {
        var camp = Whole.Places.First(p => p.ParentId is not null && Whole.Places[p.ParentId].ParentId is not null);
        var e = Whole.Events.First(ev => ev.PlaceIds.Contains(camp.Id));

        var subset = Whole.Subset([e]);

        subset.Places.Contains(camp.Id).Should().BeTrue();
        subset.Places.Contains(camp.ParentId!).Should().BeTrue();
        subset.Places.Contains(Whole.Places[camp.ParentId!].ParentId!).Should().BeTrue();
        foreach (var actor in subset.Actors.Where(a => a.CountryId is not null))
        {
            subset.Places.Contains(actor.CountryId!).Should().BeTrue();
        }
    }

    [Fact]
    public void Figures_quotations_claims_and_cases_of_the_chosen_events_come_along()
    {
        var @case = Whole.Cases[0];
        var events = @case.EventIds.Select(id => Whole.Events[id]).ToList();

        var subset = Whole.Subset(events);

        subset.Cases.Contains(@case.Id).Should().BeTrue();
        var figures = Whole.Figures.Where(f => f.EventId is not null && @case.EventIds.Contains(f.EventId)).Select(f => f.Id).ToList();
        figures.Should().NotBeEmpty();
        subset.Figures.Select(f => f.Id).Should().Contain(figures);
    }

    [Fact]
    public void A_subset_keeps_the_order_and_the_identity_of_the_records()
    {
        var subset = Whole.Subset(Whole.Events.Reverse().Take(5));

        subset.Events.Select(e => Whole.Events.ToList().IndexOf(e)).Should().BeInAscendingOrder();
        subset.Events[0].Should().BeSameAs(Whole.Events[subset.Events[0].Id]);
        subset.DataVersion.Should().Be(Whole.DataVersion);
        subset.Article.Should().BeSameAs(Whole.Article);
    }

    [Fact]
    public void The_subset_of_everything_is_the_whole_dataset()
    {
        Whole.Subset(Whole.AllRecords).ShouldEqual(Whole);
    }

    [Fact]
    public void Subset_rejects_records_of_another_dataset_and_null()
    {
        var other = Whole.Events[0] with { Id = "not-in-the-dataset" };

        FluentActions.Invoking(() => Whole.Subset([other])).Should().Throw<ArgumentException>().WithMessage("*not-in-the-dataset*");
        FluentActions.Invoking(() => Whole.Subset(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ((LaosRightsDataset)null!).Subset([])).Should().Throw<ArgumentNullException>();
    }
}
