using CsCheck;
using FluentAssertions;
using LaosRights.Data.Tests.Support;
using NodaTime;
using Xunit;

namespace LaosRights.Data.Tests.Model;

public class PartialDatePropertyTests
{
    private static readonly int Iterations = TestScale.Iterations(2000);

    internal static readonly Gen<PartialDate> Dates =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 9999], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 3], (precision, year, month, day, qualifiers) =>
        {
            var date = (DatePrecision)precision switch
            {
                DatePrecision.Century => PartialDate.FromCentury(year / 100 * 100),
                DatePrecision.Decade => PartialDate.FromDecade(year / 10 * 10),
                DatePrecision.Year => PartialDate.FromYear(year),
                DatePrecision.Month => PartialDate.FromYearMonth(year, month),
                _ => PartialDate.FromDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month))),
            };
            return date.WithApproximate((qualifiers & 1) != 0).WithUncertain((qualifiers & 2) != 0);
        });

    // Years near each other, so that equal and overlapping dates are common.
    private static readonly Gen<PartialDate> CloseDates =
        Gen.Select(Gen.Int[0, 4], Gen.Int[1988, 2011], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 1], (precision, year, month, day, approximate) =>
            ((DatePrecision)precision switch
            {
                DatePrecision.Century => PartialDate.FromCentury(year / 100 * 100),
                DatePrecision.Decade => PartialDate.FromDecade(year / 10 * 10),
                DatePrecision.Year => PartialDate.FromYear(year),
                DatePrecision.Month => PartialDate.FromYearMonth(year, month),
                _ => PartialDate.FromDate(year, month, Math.Min(day, 28)),
            }).WithApproximate(approximate == 1));

    internal static readonly Gen<PartialDateInterval> Intervals =
        Gen.Select(Dates, Dates, Gen.Int[0, 3], (a, b, shape) =>
        {
            var (start, end) = a.Earliest <= b.Earliest ? (a, b) : (b, a);
            return shape switch
            {
                0 => PartialDateInterval.Single(start),
                1 => PartialDateInterval.Since(start),
                2 => PartialDateInterval.Until(end),
                _ => new PartialDateInterval(start, end),
            };
        });

    private static readonly Gen<PartialDateInterval> CloseIntervals =
        Gen.Select(CloseDates, CloseDates, Gen.Int[0, 3], (a, b, shape) =>
        {
            var (start, end) = a.Earliest <= b.Earliest ? (a, b) : (b, a);
            return shape switch
            {
                0 => PartialDateInterval.Single(start),
                1 => PartialDateInterval.Since(start),
                2 => PartialDateInterval.Until(end),
                _ => new PartialDateInterval(start, end),
            };
        });

    [Fact]
    public void Edtf_text_round_trips_for_every_date()
    {
        Property.ForAll(Dates, Iterations, d =>
        {
            PartialDate.Parse(d.ToString()).Should().Be(d);
            PartialDate.TryParse(d.ToString(), out var parsed).Should().BeTrue();
            parsed.Should().Be(d);
        });
    }

    [Fact]
    public void Edtf_text_round_trips_for_every_interval()
    {
        Property.ForAll(Intervals, Iterations, i => PartialDateInterval.Parse(i.ToString()).Should().Be(i), stream: 2);
    }

    [Fact]
    public void Ordering_of_dates_is_antisymmetric_and_consistent_with_equality()
    {
        Property.ForAll(Gen.Select(CloseDates, CloseDates), Iterations, pair =>
        {
            var (a, b) = pair;
            Math.Sign(a.CompareTo(b)).Should().Be(-Math.Sign(b.CompareTo(a)));
            (a.CompareTo(b) == 0).Should().Be(a.Equals(b));
            if (a.Equals(b))
            {
                a.GetHashCode().Should().Be(b.GetHashCode());
            }
        }, stream: 3);
    }

    [Fact]
    public void Ordering_of_dates_is_transitive_and_total()
    {
        Property.ForAll(Gen.Select(CloseDates, CloseDates, CloseDates), Iterations, triple =>
        {
            var sorted = new[] { triple.Item1, triple.Item2, triple.Item3 };
            Array.Sort(sorted);
            (sorted[0] <= sorted[1] && sorted[1] <= sorted[2] && sorted[0] <= sorted[2]).Should().BeTrue();
        }, stream: 4);
    }

    [Fact]
    public void Ordering_of_intervals_is_antisymmetric_transitive_and_consistent_with_equality()
    {
        Property.ForAll(Gen.Select(CloseIntervals, CloseIntervals, CloseIntervals), Iterations, triple =>
        {
            var (a, b, c) = triple;
            Math.Sign(a.CompareTo(b)).Should().Be(-Math.Sign(b.CompareTo(a)));
            (a.CompareTo(b) == 0).Should().Be(a.Equals(b));
            if (a <= b && b <= c)
            {
                (a <= c).Should().BeTrue();
            }
        }, stream: 5);
    }

    [Fact]
    public void A_date_contains_exactly_the_days_of_its_interval()
    {
        Property.ForAll(Gen.Select(Dates, Gen.Int[-40, 40]), Iterations, pair =>
        {
            var (d, offset) = pair;
            (d.Earliest <= d.Latest).Should().BeTrue();
            d.Contains(d.Earliest).Should().BeTrue();
            d.Contains(d.Latest).Should().BeTrue();
            if (offset > 0 && d.Latest.Year == 9999)
            {
                return; // no calendar day after the year 9999 to probe
            }

            var probe = (offset < 0 ? d.Earliest : d.Latest).PlusDays(offset);
            d.Contains(probe).Should().Be(probe >= d.Earliest && probe <= d.Latest);
        }, stream: 6);
    }

    [Fact]
    public void Within_implies_overlaps_and_an_interval_is_within_its_own_days()
    {
        Property.ForAll(Gen.Select(CloseIntervals, CloseDates), Iterations, pair =>
        {
            var (interval, other) = pair;
            var window = other.ToDateInterval();
            if (interval.IsWithin(window))
            {
                interval.Overlaps(window).Should().BeTrue();
            }

            var own = interval.ToDateInterval();
            interval.IsWithin(own).Should().BeTrue();
            interval.Overlaps(own).Should().BeTrue();
            interval.Overlaps(window).Should().Be(own.Start <= window.End && window.Start <= own.End);
        }, stream: 7);
    }

    [Fact]
    public void Random_text_never_makes_the_parsers_throw_anything_but_FormatException()
    {
        var edtfLike = Gen.Char["0123456789-X/.?~%x "].Array[0, 24].Select(chars => new string(chars));
        var anything = Gen.String;
        Property.ForAll(Gen.OneOf(edtfLike, anything), TestScale.Iterations(20_000), text =>
        {
            var dateOk = PartialDate.TryParse(text, out var date);
            var intervalOk = PartialDateInterval.TryParse(text, out var interval);
            try
            {
                PartialDate.Parse(text).Should().Be(date);
                dateOk.Should().BeTrue();
            }
            catch (FormatException)
            {
                dateOk.Should().BeFalse();
            }

            try
            {
                PartialDateInterval.Parse(text).Should().Be(interval);
                intervalOk.Should().BeTrue();
            }
            catch (FormatException)
            {
                intervalOk.Should().BeFalse();
            }
        }, stream: 8);
    }
}

public class PartialDateKeyTests
{
    [Fact]
    public void Days_in_month_and_day_keys_agree_with_NodaTime_for_every_year()
    {
        for (var year = 0; year <= 9999; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                PartialDate.DaysInMonth(year, month).Should().Be(NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month));
            }
        }

        Property.ForAll(Gen.Select(PartialDatePropertyTests.Dates, PartialDatePropertyTests.Dates), 5000, pair =>
        {
            var (a, b) = pair;
            a.EarliestKey.CompareTo(b.EarliestKey).Should().Be(a.Earliest.CompareTo(b.Earliest));
            a.LatestKey.CompareTo(b.LatestKey).Should().Be(a.Latest.CompareTo(b.Latest));
            a.LatestKey.CompareTo(b.EarliestKey).Should().Be(a.Latest.CompareTo(b.Earliest));
        }, stream: 9);
    }
}
