using FluentAssertions;
using NodaTime;
using Xunit;
using static LaosRights.Data.Tests.Queries.QueryTestData;

namespace LaosRights.Data.Tests.Queries;

public class TimeQueriesTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    private static readonly Event[] Sample =
    [
        Event("year-2009", "2009", 50),
        Event("month-2009-09", "2009-09", 40),
        Event("day-2009-09-25", "2009-09-25", 30),
        Event("since-1989", "1989/..", 20),
        Event("until-2009-10", "../2009-10", 10),
        Event("span-2004-2005", "2004/2005", 60),
        Event("century-18xx-open", "18XX/..", 70),
        Event("undated-b", null, 5),
        Event("undated-a", null, 5),
        Event("undated-first", null, 1),
    ];

    [Fact]
    public void A_year_possibly_holds_every_date_that_may_fall_in_it_and_never_an_undated_event()
    {
        Sample.InYear(2009).Ids().Should().Equal("year-2009", "month-2009-09", "day-2009-09-25", "since-1989", "until-2009-10", "century-18xx-open");
    }

    [Fact]
    public void A_year_certainly_holds_only_dates_wholly_inside_it()
    {
        Sample.InYear(2009, DateMatch.Certainly).Ids().Should().Equal("year-2009", "month-2009-09", "day-2009-09-25");
        Sample.InYear(2005, DateMatch.Certainly).Should().BeEmpty("2004/2005 reaches into 2004");
        Sample.InYear(2005, DateMatch.Possibly).Ids().Should().Contain("span-2004-2005");
    }

    [Fact]
    public void A_year_possibly_but_not_certainly_falls_in_a_month_inside_it()
    {
        var september = Days("2009-09-01", "2009-09-30");
        Sample.During(september, DateMatch.Possibly).Ids().Should().Contain(["year-2009", "month-2009-09", "day-2009-09-25"]);
        Sample.During(september, DateMatch.Certainly).Ids().Should().Equal("month-2009-09", "day-2009-09-25");
    }

    [Fact]
    public void Interval_ends_are_included()
    {
        Sample.During(Days("2009-09-25", "2009-09-25"), DateMatch.Certainly).Ids().Should().Equal("day-2009-09-25");
        Sample.During(Days("2009-09-26", "2009-12-31"), DateMatch.Certainly).Should().BeEmpty();
        Sample.During(Days("2009-01-01", "2009-12-31"), DateMatch.Certainly).Ids().Should().Contain("year-2009");
        Sample.During(Days("2009-01-02", "2009-12-31"), DateMatch.Certainly).Ids().Should().NotContain("year-2009");
        Sample.During(Days("2009-10-31", "2010-12-31")).Ids().Should().Contain("until-2009-10").And.NotContain("day-2009-09-25");
        Sample.During(Days("2009-11-01", "2010-12-31")).Ids().Should().NotContain("until-2009-10");
    }

    [Fact]
    public void Open_ended_dates_possibly_fall_in_any_period_they_reach_and_certainly_in_none_bounded()
    {
        Sample.InYear(2020).Ids().Should().Equal("since-1989", "century-18xx-open");
        Sample.InYear(1988).Ids().Should().Equal("until-2009-10", "century-18xx-open");
        Sample.InYear(2020, DateMatch.Certainly).Should().BeEmpty();
        Sample.During(new DateInterval(new LocalDate(1989, 1, 1), LocalDate.MaxIsoValue), DateMatch.Certainly).Ids()
            .Should().Contain("since-1989").And.NotContain("century-18xx-open");
    }

    [Fact]
    public void Figures_and_claims_filter_by_date_too()
    {
        Data.Figures.InYear(2003, DateMatch.Certainly).Ids().Should().Contain("refugees-accepted-by-us-2003");
        Data.Figures.InYear(2003).Should().OnlyContain(f => f.Date != null);
        Data.Claims.During(Days("2009-12-01", "2009-12-31"), DateMatch.Certainly).Ids().Should().Contain("nyt-thai-military-preparing-return");
        Data.Claims.InYear(1990).Should().BeEmpty();
    }

    [Fact]
    public void The_shipped_data_has_one_event_certainly_in_2009_and_more_possibly()
    {
        Data.Events.InYear(2009, DateMatch.Certainly).Ids().Should().Contain("iccpr-ratification-2009")
            .And.NotContain(["no-executions-reported-since-1989", "poster-survivors-expected-release"]);
        Data.Events.InYear(2009).Ids().Should().Contain(["iccpr-ratification-2009", "no-executions-reported-since-1989", "poster-survivors-expected-release"]);
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Array.Empty<Event>().InYear(2009).Should().BeEmpty();
        Array.Empty<Event>().During(Days("2009", "2009"), DateMatch.Certainly).Should().BeEmpty();
        Array.Empty<Event>().InChronologicalOrder().Should().BeEmpty();
        Array.Empty<Figure>().InYear(2009).Should().BeEmpty();
        Array.Empty<Claim>().InYear(2009).Should().BeEmpty();
    }

    [Fact]
    public void InYear_takes_the_years_of_PartialDate_from_0_to_9999()
    {
        // Year 0 is a valid PartialDate (EDTF's and ISO 8601's 1 BCE), so a query for it must be possible too.
        Event At(string date) => Sample[0] with { Id = "at-" + date, Date = PartialDateInterval.Parse(date) };
        Event[] events = [At("0000"), At("0000-06-15"), At("0001"), At("9999-12-31")];

        events.InYear(0).Select(e => e.Id).Should().Equal("at-0000", "at-0000-06-15");
        events.InYear(0, DateMatch.Certainly).Select(e => e.Id).Should().Equal("at-0000", "at-0000-06-15");
        events.InYear(9999).Select(e => e.Id).Should().Equal("at-9999-12-31");
    }

    [Fact]
    public void Bad_arguments_throw_at_the_call_not_at_enumeration()
    {
        IEnumerable<Event> none = null!;
        ((Action)(() => none.InYear(2009))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => none.InChronologicalOrder())).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => Sample.During(null!))).Should().Throw<ArgumentNullException>().WithParameterName("interval");
        ((Action)(() => Sample.InYear(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        ((Action)(() => Sample.InYear(10000))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        ((Action)(() => Sample.InYear(2009, (DateMatch)7))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("match");
        ((Action)(() => Data.Figures.InYear(2009, (DateMatch)7))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("match");
        var julian = new DateInterval(new LocalDate(2009, 1, 1, CalendarSystem.Julian), new LocalDate(2009, 12, 31, CalendarSystem.Julian));
        ((Action)(() => Sample.During(julian))).Should().Throw<ArgumentException>().WithParameterName("interval");
    }

    [Fact]
    public void Filters_and_ordering_are_deferred()
    {
        var source = Throwing<Event>();
        var filtered = source.InYear(2009);
        var during = source.During(Days("2009", "2009"), DateMatch.Certainly);
        var ordered = source.InChronologicalOrder();
        ((Action)(() => _ = filtered.ToList())).Should().Throw<InvalidOperationException>();
        ((Action)(() => _ = during.ToList())).Should().Throw<InvalidOperationException>();
        ((Action)(() => _ = ordered.ToList())).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Chronological_order_puts_dated_events_by_first_known_point_then_undated_in_narrative_order()
    {
        Sample.InChronologicalOrder().Ids().Should().Equal(
            "century-18xx-open",
            "since-1989",
            "span-2004-2005",
            "year-2009",
            "month-2009-09",
            "day-2009-09-25",
            "until-2009-10",
            "undated-first",
            "undated-a",
            "undated-b");
    }

    [Fact]
    public void Chronological_order_is_the_same_whatever_the_input_order()
    {
        var expected = Sample.InChronologicalOrder().Ids();
        var random = new Random(20091225);
        for (int i = 0; i < 50; i++)
        {
            Sample.OrderBy(_ => random.Next()).InChronologicalOrder().Ids().Should().Equal(expected);
        }
    }

    [Fact]
    public void Same_date_ties_break_by_narrative_position_then_id()
    {
        Event[] ties = [Event("b", "1990", 10), Event("a", "1990", 10), Event("c", "1990", 5), Event("d", "1990/1991", 1)];
        ties.InChronologicalOrder().Ids().Should().Equal("c", "a", "b", "d");
    }

    [Fact]
    public void The_comparer_is_a_total_order_on_the_shipped_events()
    {
        var comparer = TimeQueries.ChronologicalComparer;
        var events = Data.Events.ToArray();
        foreach (var x in events)
        {
            foreach (var y in events)
            {
                int xy = Math.Sign(comparer.Compare(x, y));
                Math.Sign(comparer.Compare(y, x)).Should().Be(-xy);
                (xy == 0).Should().Be(x.Id == y.Id);
            }
        }

        comparer.Compare(null, null).Should().Be(0);
        comparer.Compare(null, events[0]).Should().BeNegative();
    }

    [Fact]
    public void Chronological_order_of_the_shipped_events_ends_with_the_undated_in_narrative_order()
    {
        var ordered = Data.Events.InChronologicalOrder().ToList();
        ordered.Should().HaveCount(Data.Events.Count);
        var undated = ordered.SkipWhile(e => e.Date is not null).ToList();
        undated.Should().NotBeEmpty().And.OnlyContain(e => e.Date == null);
        undated.Select(e => e.NarrativePosition).Should().BeInAscendingOrder();
        ordered.Select(e => e.Id).Should().ContainInOrder("dissidents-arrested-1990", "poster-arrests-1999", "iccpr-ratification-2009");
    }
}
