using System.Globalization;
using System.Text.RegularExpressions;

namespace LaosRights.Data.Reanchor.Text;

/// <summary>
/// The repository's coverage rule, also used by tests/LaosRights.Data.Tests/Data/NumericCoverageTests.cs: every numeric token of
/// the article must be held as a typed value (a date's year, month or day, a century, a quantity or its upper bound, a
/// score, its scale, a rank, a provision number) by a record whose evidence quotes it.
/// </summary>
internal static partial class NumericCoverage
{
    // As the tests' rule, but a thousands separator must be followed by a digit: "2009," is the token "2009".
    [GeneratedRegex(@"\d(?:[\d,]*\d)?(?<ordinal>st|nd|rd|th)?", RegexOptions.CultureInvariant)]
    public static partial Regex Token();

    /// <summary>The number a token stands for: its digits (a thousands separator and an ordinal suffix set aside).</summary>
    public static long? Value(string token)
    {
        var digits = new string([.. token.Where(char.IsAsciiDigit)]);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The numbers a record holds as typed values.</summary>
    public static HashSet<long> TypedNumbers(DatasetRecord record)
    {
        var numbers = new HashSet<long>();
        void AddDate(PartialDateInterval? interval)
        {
            if (interval is not { } i)
            {
                return;
            }

            foreach (var d in new[] { i.Start, i.End })
            {
                if (d is not { } date)
                {
                    continue;
                }

                if (date.Precision == DatePrecision.Century)
                {
                    numbers.Add((date.Year / 100) + 1); // 18XX is the 19th century
                }

                numbers.Add(date.Year);
                if (date.Month is { } month)
                {
                    numbers.Add(month);
                }

                if (date.Day is { } day)
                {
                    numbers.Add(day);
                }
            }
        }

        switch (record)
        {
            case Event e:
                AddDate(e.Date);
                break;
            case Source s:
                AddDate(s.Date);
                break;
            case Figure f:
                AddDate(f.Date);
                if (f.Quantity.Value is { } v)
                {
                    numbers.Add(v);
                }

                if (f.Quantity.UpperValue is { } u)
                {
                    numbers.Add(u);
                }

                break;
            case Score s:
                numbers.Add((long)s.Value);
                numbers.Add((long)s.ScaleMaximum);
                AddDate(s.Edition);
                break;
            case Ranking r:
                numbers.Add(r.Position);
                AddDate(r.Edition);
                break;
            case Claim c:
                AddDate(c.Date);
                if (c.Provision is { } p)
                {
                    numbers.Add(p);
                }

                break;
            case Quotation q:
                AddDate(q.Date);
                break;
        }

        return numbers;
    }
}
