using CsCheck;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using Xunit;

namespace LaosRights.Data.Tests.Model;

/// <summary>Issue 13, item 2: the natural order of the date types is the chronological order of <see cref="TimeQueries"/>.</summary>
public class ChronologicalOrderTests
{
    private static readonly int Iterations = TestScale.Iterations(2000);

    private static Event EventOn(PartialDateInterval date, string id) => new()
    {
        Id = id,
        Summary = id,
        Date = date,
        Standing = Standing.Stated,
        Evidence = [new Evidence("quote", 0, ["Human rights in Laos"])],
    };

    [Fact]
    public void CompareTo_of_intervals_agrees_with_the_chronological_comparer_and_with_equality()
    {
        Property.ForAll(Gen.Select(PartialDatePropertyTests.Intervals, PartialDatePropertyTests.Intervals), Iterations, pair =>
        {
            var (a, b) = pair;
            // Same narrative position and id, so the comparer can only tell the events apart by their dates.
            int byComparer = TimeQueries.ChronologicalComparer.Compare(EventOn(a, "e"), EventOn(b, "e"));
            Math.Sign(a.CompareTo(b)).Should().Be(Math.Sign(byComparer), $"{a} vs {b}");
            (a.CompareTo(b) == 0).Should().Be(a.Equals(b));
            (a.CompareTo(b) == 0).Should().Be(a.GetHashCode() == b.GetHashCode() && a == b);
        }, stream: 31);
    }

    [Fact]
    public void CompareTo_of_close_intervals_agrees_with_the_chronological_comparer()
    {
        // Dates from a few years only, so equal first points (1989 vs ../1989 vs 1989/..) are common.
        var close = Gen.Select(Gen.Int[0, 3], Gen.Int[1987, 1991], Gen.Int[1987, 1991], (shape, x, y) =>
        {
            var (start, end) = (PartialDate.FromYear(Math.Min(x, y)), PartialDate.FromYear(Math.Max(x, y)));
            return shape switch
            {
                0 => PartialDateInterval.Single(start),
                1 => PartialDateInterval.Since(start),
                2 => PartialDateInterval.Until(end),
                _ => new PartialDateInterval(start, end),
            };
        });
        Property.ForAll(Gen.Select(close, close), Iterations, pair =>
        {
            var (a, b) = pair;
            int byComparer = TimeQueries.ChronologicalComparer.Compare(EventOn(a, "e"), EventOn(b, "e"));
            Math.Sign(a.CompareTo(b)).Should().Be(Math.Sign(byComparer), $"{a} vs {b}");
            (a.CompareTo(b) == 0).Should().Be(a.Equals(b));
        }, stream: 32);
    }

    [Fact]
    public void OrderBy_date_equals_InChronologicalOrder_for_the_dated_events_of_the_dataset()
    {
        var events = LaosRightsDataset.Default.Events;
        var dated = events.Where(e => e.Date is not null).ToArray();
        dated.Should().HaveCountGreaterThan(15);

        var byDate = dated.OrderBy(e => e.Date).ThenBy(e => e.NarrativePosition).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var chronological = events.InChronologicalOrder().Where(e => e.Date is not null).ToArray();

        byDate.Should().Equal(chronological);
        dated.OrderBy(e => e.Date).Select(e => e.Date).Should().Equal(chronological.Select(e => e.Date));

        // The article's open intervals sit where a reader expects them: "since the 19th century" first, "by October 2009" in 2009.
        var order = chronological.Select(e => e.Date!.Value.ToString()).ToList();
        order.IndexOf("18XX/..").Should().Be(0);
        order.IndexOf("../2009-10").Should().BeGreaterThan(order.IndexOf("2009-09-25"));
    }

    [Fact]
    public void Nullable_dates_sort_undated_first_as_dotnet_orders_nulls()
    {
        PartialDateInterval?[] dates = [PartialDateInterval.Parse("2009"), null, PartialDateInterval.Parse("18XX/..")];
        dates.Order().Select(d => d?.ToString()).Should().Equal(null, "18XX/..", "2009");
    }
}
