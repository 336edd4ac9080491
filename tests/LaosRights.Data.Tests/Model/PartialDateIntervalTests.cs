using FluentAssertions;
using NodaTime;
using Xunit;

namespace LaosRights.Data.Tests.Model;

public sealed class PartialDateIntervalTests
{
    private static readonly PartialDate Year1989 = PartialDate.FromYear(1989);
    private static readonly PartialDate Year2009 = PartialDate.FromYear(2009);
    private static readonly PartialDate October2009 = PartialDate.FromYearMonth(2009, 10);

    private static DateInterval Days(int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay) =>
        new(new LocalDate(startYear, startMonth, startDay), new LocalDate(endYear, endMonth, endDay));

    /// <summary>Every valid interval that can be built from the sample dates, plus open ones.</summary>
    private static List<PartialDateInterval> AllSampleIntervals()
    {
        PartialDate[] dates = PartialDateTests.Samples;
        var intervals = new List<PartialDateInterval> { default };
        foreach (PartialDate start in dates)
        {
            intervals.Add(PartialDateInterval.Since(start));
            intervals.Add(PartialDateInterval.Until(start));
            foreach (PartialDate end in dates)
            {
                if (end.Latest >= start.Earliest)
                {
                    intervals.Add(new PartialDateInterval(start, end));
                }
            }
        }

        return intervals;
    }

    [Fact]
    public void Single_has_the_date_at_both_ends()
    {
        PartialDateInterval interval = PartialDateInterval.Single(October2009);

        interval.Start.Should().Be(October2009);
        interval.End.Should().Be(October2009);
        interval.IsSingle.Should().BeTrue();
        interval.IsOpenStart.Should().BeFalse();
        interval.IsOpenEnd.Should().BeFalse();
        interval.Earliest.Should().Be(new LocalDate(2009, 10, 1));
        interval.Latest.Should().Be(new LocalDate(2009, 10, 31));
        ((object)interval.ToDateInterval()).Should().Be(Days(2009, 10, 1, 2009, 10, 31));
        interval.ToString().Should().Be("2009-10");
    }

    [Fact]
    public void Implicit_conversion_and_equal_ends_give_the_single_date()
    {
        PartialDateInterval converted = October2009;

        converted.Should().Be(PartialDateInterval.Single(October2009));
        new PartialDateInterval(October2009, October2009).Should().Be(converted);
        new PartialDateInterval(October2009, October2009).IsSingle.Should().BeTrue();
        PartialDateInterval.Parse("2009-10/2009-10").Should().Be(converted);
        PartialDateInterval.Parse("2009-10/2009-10").ToString().Should().Be("2009-10");
    }

    [Fact]
    public void Span_covers_from_the_start_of_its_start_to_the_end_of_its_end()
    {
        var interval = new PartialDateInterval(PartialDate.FromYear(2004), PartialDate.FromYear(2005));

        interval.IsSingle.Should().BeFalse();
        interval.IsOpenStart.Should().BeFalse();
        interval.IsOpenEnd.Should().BeFalse();
        interval.Earliest.Should().Be(new LocalDate(2004, 1, 1));
        interval.Latest.Should().Be(new LocalDate(2005, 12, 31));
        ((object)interval.ToDateInterval()).Should().Be(Days(2004, 1, 1, 2005, 12, 31));
        interval.ToString().Should().Be("2004/2005");
    }

    [Fact]
    public void Since_is_open_at_the_end()
    {
        PartialDateInterval interval = PartialDateInterval.Since(Year1989);

        interval.Start.Should().Be(Year1989);
        interval.End.Should().BeNull();
        interval.IsOpenStart.Should().BeFalse();
        interval.IsOpenEnd.Should().BeTrue();
        interval.IsSingle.Should().BeFalse();
        interval.Earliest.Should().Be(new LocalDate(1989, 1, 1));
        interval.Latest.Should().BeNull();
        ((object)interval.ToDateInterval()).Should().Be(new DateInterval(new LocalDate(1989, 1, 1), LocalDate.MaxIsoValue));
        interval.ToString().Should().Be("1989/..");
        new PartialDateInterval(Year1989, null).Should().Be(interval);
    }

    [Fact]
    public void Until_is_open_at_the_start()
    {
        PartialDateInterval interval = PartialDateInterval.Until(October2009);

        interval.Start.Should().BeNull();
        interval.End.Should().Be(October2009);
        interval.IsOpenStart.Should().BeTrue();
        interval.IsOpenEnd.Should().BeFalse();
        interval.IsSingle.Should().BeFalse();
        interval.Earliest.Should().BeNull();
        interval.Latest.Should().Be(new LocalDate(2009, 10, 31));
        ((object)interval.ToDateInterval()).Should().Be(new DateInterval(LocalDate.MinIsoValue, new LocalDate(2009, 10, 31)));
        interval.ToString().Should().Be("../2009-10");
        new PartialDateInterval(null, October2009).Should().Be(interval);
    }

    [Fact]
    public void Default_is_the_single_first_century()
    {
        PartialDateInterval interval = default;

        interval.Start.Should().Be(default(PartialDate));
        interval.End.Should().Be(default(PartialDate));
        interval.IsSingle.Should().BeTrue();
        interval.IsOpenStart.Should().BeFalse();
        interval.IsOpenEnd.Should().BeFalse();
        interval.Earliest.Should().Be(new LocalDate(0, 1, 1));
        interval.Latest.Should().Be(new LocalDate(99, 12, 31));
        interval.ToString().Should().Be("00XX");
        interval.Should().Be(PartialDateInterval.Single(default));
        PartialDateInterval.Parse("00XX").Should().Be(interval);
    }

    [Fact]
    public void Constructor_rejects_both_ends_open()
    {
        Action act = () => _ = new PartialDateInterval(null, null);

        act.Should().Throw<ArgumentException>().WithMessage("*open at both ends*");
    }

    [Theory]
    [InlineData("2005", "2004")]
    [InlineData("2009-10", "2009-09")]
    [InlineData("2009-09-25", "2009-09-24")]
    [InlineData("19XX", "18XX")]
    public void Constructor_rejects_an_end_before_the_start(string startText, string endText)
    {
        Action act = () => _ = new PartialDateInterval(PartialDate.Parse(startText), PartialDate.Parse(endText));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("end")
            .WithMessage($"The end {endText} is before the start {startText}.*");
    }

    [Theory]
    [InlineData("2009", "2009-05")]
    [InlineData("2009-05", "2009")]
    [InlineData("199X", "1995")]
    [InlineData("2009-09-25", "2009-09-25~")]
    public void Constructor_accepts_ends_that_overlap(string start, string end)
    {
        var interval = new PartialDateInterval(PartialDate.Parse(start), PartialDate.Parse(end));

        interval.IsSingle.Should().BeFalse();
        interval.ToString().Should().Be($"{start}/{end}");
    }

    [Fact]
    public void A_year_is_within_its_own_days()
    {
        PartialDateInterval interval = Year2009;
        DateInterval year = Days(2009, 1, 1, 2009, 12, 31);

        interval.IsWithin(year).Should().BeTrue();
        interval.Overlaps(year).Should().BeTrue();
    }

    [Fact]
    public void A_year_overlaps_but_is_not_within_one_of_its_months()
    {
        PartialDateInterval interval = Year2009;
        DateInterval september = Days(2009, 9, 1, 2009, 9, 30);

        interval.Overlaps(september).Should().BeTrue();
        interval.IsWithin(september).Should().BeFalse();
    }

    [Fact]
    public void An_open_end_overlaps_a_later_year_but_is_not_within_it()
    {
        PartialDateInterval interval = PartialDateInterval.Parse("1989/..");
        DateInterval year2020 = Days(2020, 1, 1, 2020, 12, 31);

        interval.Overlaps(year2020).Should().BeTrue();
        interval.IsWithin(year2020).Should().BeFalse();
        interval.Overlaps(Days(1988, 1, 1, 1988, 12, 31)).Should().BeFalse();
        interval.Overlaps(Days(1988, 1, 1, 1989, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Open_sides_are_within_only_intervals_that_reach_the_ends_of_time()
    {
        PartialDateInterval since = PartialDateInterval.Since(Year1989);
        PartialDateInterval until = PartialDateInterval.Until(October2009);

        since.IsWithin(new DateInterval(new LocalDate(1980, 1, 1), LocalDate.MaxIsoValue)).Should().BeTrue();
        since.IsWithin(new DateInterval(new LocalDate(1980, 1, 1), new LocalDate(9999, 12, 30))).Should().BeFalse();
        until.IsWithin(new DateInterval(LocalDate.MinIsoValue, new LocalDate(2009, 10, 31))).Should().BeTrue();
        until.IsWithin(new DateInterval(new LocalDate(-9998, 1, 2), new LocalDate(2009, 12, 31))).Should().BeFalse();
        until.Overlaps(Days(1, 1, 1, 1, 1, 1)).Should().BeTrue();
        until.Overlaps(Days(2009, 11, 1, 2009, 12, 31)).Should().BeFalse();
    }

    [Theory]
    [InlineData("2009", 2009, 12, 31, 2010, 1, 5, false, true)]
    [InlineData("2009", 2008, 1, 1, 2009, 1, 1, false, true)]
    [InlineData("2009", 2010, 1, 1, 2010, 12, 31, false, false)]
    [InlineData("2009", 2008, 1, 1, 2008, 12, 31, false, false)]
    [InlineData("2009", 2008, 12, 31, 2010, 1, 1, true, true)]
    [InlineData("2004/2005", 2004, 1, 1, 2005, 12, 31, true, true)]
    [InlineData("2004/2005", 2004, 1, 2, 2005, 12, 31, false, true)]
    [InlineData("2009-09-25", 2009, 9, 25, 2009, 9, 25, true, true)]
    [InlineData("2009-09-25", 2009, 9, 26, 2009, 9, 30, false, false)]
    public void IsWithin_means_certainly_inside_and_Overlaps_possibly_inside(
        string text,
        int startYear,
        int startMonth,
        int startDay,
        int endYear,
        int endMonth,
        int endDay,
        bool within,
        bool overlaps)
    {
        PartialDateInterval interval = PartialDateInterval.Parse(text);
        DateInterval days = Days(startYear, startMonth, startDay, endYear, endMonth, endDay);

        interval.IsWithin(days).Should().Be(within);
        interval.Overlaps(days).Should().Be(overlaps);
    }

    [Fact]
    public void IsWithin_and_Overlaps_reject_null_and_other_calendars()
    {
        PartialDateInterval interval = Year2009;
        var julian = new DateInterval(
            new LocalDate(2009, 1, 1, CalendarSystem.Julian),
            new LocalDate(2009, 12, 31, CalendarSystem.Julian));

        ((Action)(() => interval.IsWithin(null!))).Should().Throw<ArgumentNullException>().WithParameterName("interval");
        ((Action)(() => interval.Overlaps(null!))).Should().Throw<ArgumentNullException>().WithParameterName("interval");
        ((Action)(() => interval.IsWithin(julian))).Should().Throw<ArgumentException>().WithParameterName("interval");
        ((Action)(() => interval.Overlaps(julian))).Should().Throw<ArgumentException>().WithParameterName("interval");
    }

    [Fact]
    public void Mixed_list_sorts_chronologically_by_first_known_point_then_by_start_then_by_end()
    {
        // Issue 13: "../2009" used to sort before "18XX/.." and "1990"; "by October 2009" sits at October 2009.
        string[] texts = ["18XX", "18XX/..", "1989/..", "1990", "1999-10", "2004/2005", "2009", "2009-09-25", "../2009-10"];
        string[] expected = ["18XX", "18XX/..", "1989/..", "1990", "1999-10", "2004/2005", "2009", "2009-09-25", "../2009-10"];

        string[] sorted = [.. texts.Select(PartialDateInterval.Parse).Order().Select(i => i.ToString())];
        string[] sortedFromReverse = [.. texts.Reverse().Select(PartialDateInterval.Parse).Order().Select(i => i.ToString())];

        sorted.Should().Equal(expected);
        sortedFromReverse.Should().Equal(expected);
    }

    [Fact]
    public void Same_first_known_point_sorts_open_start_first_then_by_end_with_open_end_last()
    {
        string[] expected = ["../1989", "1989", "1989/1990", "1989/2009-10", "1989/..", "../1990", "1990", "../2000"];

        string[] sorted = [.. expected.Reverse().Select(PartialDateInterval.Parse).Order().Select(i => i.ToString())];

        sorted.Should().Equal(expected);
    }

    [Fact]
    public void CompareTo_is_zero_exactly_when_Equals_and_is_a_total_order()
    {
        PartialDateInterval[] intervals =
        [
            .. PartialDateTests.Samples.Take(12).SelectMany(d => new[]
            {
                PartialDateInterval.Single(d),
                PartialDateInterval.Since(d),
                PartialDateInterval.Until(d),
                new PartialDateInterval(d, PartialDate.FromYear(2009)),
            }),
            default,
            PartialDateInterval.Single(default),
        ];

        foreach (PartialDateInterval a in intervals)
        {
            foreach (PartialDateInterval b in intervals)
            {
                int comparison = a.CompareTo(b);
                (comparison == 0).Should().Be(a.Equals(b), $"{a} vs {b}");
                Math.Sign(b.CompareTo(a)).Should().Be(-Math.Sign(comparison), $"{a} vs {b}");
                (a == b).Should().Be(comparison == 0);
                (a != b).Should().Be(comparison != 0);
                (a < b).Should().Be(comparison < 0);
                (a <= b).Should().Be(comparison <= 0);
                (a > b).Should().Be(comparison > 0);
                (a >= b).Should().Be(comparison >= 0);
                if (a.Equals(b))
                {
                    a.GetHashCode().Should().Be(b.GetHashCode());
                }

                a.CompareTo((object)b).Should().Be(comparison);
                a.Equals((object)b).Should().Be(a.Equals(b));

                foreach (PartialDateInterval c in intervals)
                {
                    if (comparison <= 0 && b.CompareTo(c) <= 0 && a.CompareTo(c) > 0)
                    {
                        Assert.Fail($"Not transitive: {a} <= {b} <= {c} but {a} > {c}.");
                    }
                }
            }
        }
    }

    [Fact]
    public void Open_and_closed_intervals_on_the_same_date_are_all_different()
    {
        PartialDateInterval single = Year2009;
        PartialDateInterval since = PartialDateInterval.Since(Year2009);
        PartialDateInterval until = PartialDateInterval.Until(Year2009);

        single.Should().NotBe(since);
        single.Should().NotBe(until);
        since.Should().NotBe(until);
        until.Should().BeLessThan(single);
        single.Should().BeLessThan(since);
    }

    [Fact]
    public void CompareTo_object_handles_null_and_rejects_other_types()
    {
        PartialDateInterval interval = Year2009;

        interval.CompareTo(null).Should().BePositive();
        interval.CompareTo((object)PartialDateInterval.Since(Year2009)).Should().BeNegative();
        Action act = () => interval.CompareTo((object)Year2009);
        act.Should().Throw<ArgumentException>().WithParameterName("obj");
        interval.Equals(null).Should().BeFalse();
        interval.Equals((object)Year2009).Should().BeFalse();
    }

    [Theory]
    [InlineData("1999-10")]
    [InlineData("2009-09-25")]
    [InlineData("18XX")]
    [InlineData("199X~")]
    [InlineData("2004/2005")]
    [InlineData("1989/..")]
    [InlineData("../2009-10")]
    [InlineData("18XX/199X")]
    [InlineData("2009~/2010?")]
    [InlineData("../2009-10%")]
    [InlineData("199X?/..")]
    [InlineData("2009/2009-05")]
    [InlineData("2009-05/2009")]
    [InlineData("2009-09-25/2009-09-25~")]
    [InlineData("0000-01-01/9999-12-31")]
    [InlineData("../00XX")]
    [InlineData("9999-12-31/..")]
    public void Edtf_text_round_trips(string text)
    {
        PartialDateInterval interval = PartialDateInterval.Parse(text);

        interval.ToString().Should().Be(text);
        PartialDateInterval.Parse(interval.ToString()).Should().Be(interval);
        PartialDateInterval.TryParse(text, out PartialDateInterval parsed).Should().BeTrue();
        parsed.Should().Be(interval);
    }

    [Fact]
    public void Every_sample_interval_round_trips_through_text()
    {
        foreach (PartialDateInterval interval in AllSampleIntervals())
        {
            string text = interval.ToString();
            if (PartialDateInterval.Parse(text) != interval)
            {
                Assert.Fail($"'{text}' did not round trip.");
            }
        }
    }

    [Theory]
    [InlineData("../..", "Invalid EDTF interval '../..': an interval cannot be open at both ends ('../..'): at least one side must be a date.")]
    [InlineData("1989/", "Invalid EDTF interval '1989/': the end after '/' at position 5 is empty: unknown ends are not supported; write '1989/..' for an open end.")]
    [InlineData("/2009", "Invalid EDTF interval '/2009': the start before '/' at position 0 is empty: unknown starts are not supported; write '../2009' for an open start.")]
    [InlineData("/", "Invalid EDTF interval '/': the start before '/' at position 0 is empty: unknown starts are not supported; write a date, or '..' for an open start if the end is a date.")]
    [InlineData("/..", "Invalid EDTF interval '/..': the start before '/' at position 0 is empty: unknown starts are not supported; write a date, or '..' for an open start if the end is a date.")]
    [InlineData("../", "Invalid EDTF interval '../': the end after '/' at position 3 is empty: unknown ends are not supported; write a date, or '..' for an open end if the start is a date.")]
    [InlineData("2005/2004", "Invalid EDTF interval '2005/2004': the end '2004' at position 5 is before the start '2005'.")]
    [InlineData("2009-10/2009-09-30", "Invalid EDTF interval '2009-10/2009-09-30': the end '2009-09-30' at position 8 is before the start '2009-10'.")]
    [InlineData("2004/2005/2006", "Invalid EDTF interval '2004/2005/2006': expected the end of the text at position 9, found a second '/': an interval has exactly one '/'.")]
    [InlineData("..", "Invalid EDTF interval '..': '..' at position 0 is an open side, which needs a '/' and a date on the other side, as in '1989/..' or '../2009'.")]
    [InlineData("1999-13/2000", "Invalid EDTF interval '1999-13/2000': month 13 at position 5 is out of range 01-12.")]
    [InlineData("1999/2000-13", "Invalid EDTF interval '1999/2000-13': month 13 at position 10 is out of range 01-12.")]
    [InlineData("1999-02-30/..", "Invalid EDTF interval '1999-02-30/..': day 30 at position 8 is out of range 01-28 for 1999-02.")]
    [InlineData("199/2000", "Invalid EDTF interval '199/2000': expected a year digit (years have exactly four digits) at position 3, found '/'.")]
    [InlineData("1999-/2000", "Invalid EDTF interval '1999-/2000': expected a month digit (months and days have exactly two digits) at position 5, found '/'.")]
    [InlineData(".../2009", "Invalid EDTF interval '.../2009': expected a year digit at position 0, found '.'.")]
    [InlineData("1989/...", "Invalid EDTF interval '1989/...': expected a year digit at position 5, found '.'.")]
    [InlineData("1989/.", "Invalid EDTF interval '1989/.': expected a year digit at position 5, found '.'.")]
    [InlineData("1989 /2000", "Invalid EDTF interval '1989 /2000': expected '-', a qualifier ('~', '?' or '%') or the end of the date at position 4, found white space (U+0020).")]
    [InlineData("1989/ 2000", "Invalid EDTF interval '1989/ 2000': expected a year digit at position 5, found white space (U+0020).")]
    [InlineData("19XX-05/2000", "Invalid EDTF interval '19XX-05/2000': '-' at position 4 cannot follow '19XX': unspecified digits 'X' are only allowed in a whole century ('DDXX') or decade ('DDDX'), not in a date with a month or day.")]
    [InlineData("1989/199x", "Invalid EDTF interval '1989/199x': lower-case 'x' at position 8 is not supported: write unspecified digits as upper-case 'X'.")]
    [InlineData("-1989/..", "Invalid EDTF interval '-1989/..': sign '-' at position 0 is not supported: years are exactly four digits, 0000-9999.")]
    [InlineData("", "Invalid EDTF interval '': expected a year digit (years have exactly four digits) at position 0, found the end of the text.")]
    [InlineData("1989~~/..", "Invalid EDTF interval '1989~~/..': expected the end of the date at position 5, found '~'.")]
    public void Parse_rejects_invalid_text_with_position_and_expectation(string text, string message)
    {
        Action act = () => PartialDateInterval.Parse(text);

        // The expected messages contain '?', which FluentAssertions treats as a wildcard; compare exactly instead.
        act.Should().Throw<FormatException>().Which.Message.Should().Be(message);
        PartialDateInterval.TryParse(text, out PartialDateInterval result).Should().BeFalse();
        result.Should().Be(default(PartialDateInterval));
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Action act = () => PartialDateInterval.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        PartialDateInterval.TryParse(null, out PartialDateInterval result).Should().BeFalse();
        result.Should().Be(default(PartialDateInterval));
    }

    [Fact]
    public void Unknown_end_message_says_unknown_ends_are_not_supported()
    {
        Action act = () => PartialDateInterval.Parse("1989/");

        act.Should().Throw<FormatException>().WithMessage("*unknown ends are not supported*");
    }
}
