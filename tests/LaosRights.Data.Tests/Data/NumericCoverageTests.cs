using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Data;

/// <summary>
/// Every number in the article (years, days, counts, bounds, durations, an article number, scores, a rank, a century)
/// must be held as a typed value by a record whose evidence quotes it.
/// </summary>
public partial class NumericCoverageTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [GeneratedRegex(@"\d[\d,]*(?<ordinal>st|nd|rd|th)?")]
    private static partial Regex NumericToken();

    public static TheoryData<int, string> Tokens()
    {
        var data = new TheoryData<int, string>();
        foreach (Match m in NumericToken().Matches(Data.Article.Text))
        {
            data.Add(m.Index, m.Value);
        }

        return data;
    }

    [Fact]
    public void The_article_has_43_numeric_tokens()
    {
        NumericToken().Matches(Data.Article.Text).Should().HaveCount(43);
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Numeric_token_is_held_as_a_typed_value_by_a_record_that_quotes_it(int position, string token)
    {
        var number = long.Parse(Regex.Replace(token, "[^0-9]", ""), CultureInfo.InvariantCulture);
        var covering = Data.AllRecords.Where(r => r.Evidence.Any(e => e.Covers(position))).ToList();
        covering.Should().NotBeEmpty($"some record must quote '{token}' at {position}");
        covering.Should().Contain(
            r => TypedNumbers(r).Contains(number),
            $"a record quoting '{token}' at {position} must hold {number} as a typed value; records quoting it: {string.Join(", ", covering.Select(r => r.Id))}");
    }

    [Fact]
    public void Typed_numbers_reads_dates_quantities_scores_ranks_and_provisions()
    {
        TypedNumbers(Data.Events["iccpr-ratification-2009"]).Should().BeEquivalentTo(new long[] { 2009, 9, 25 });
        TypedNumbers(Data.Events["hmong-present-in-thailand-since-19th-century"]).Should().Contain(19);
        TypedNumbers(Data.Scores["religious-freedom-score-2023"]).Should().BeEquivalentTo(new long[] { 1, 4, 2023 });
        TypedNumbers(Data.Claims["constitution-article-8-ethnic-equality"]).Should().Contain(8);
        TypedNumbers(Data.Rankings["worst-place-to-be-christian-rank-2023"]).Should().Contain(31);
    }

    // One rule for the tests and for the re-anchoring tool's report of numbers no record holds (issue 18): the engine's.
    private static HashSet<long> TypedNumbers(DatasetRecord record) => LaosRights.Data.Reanchor.Text.NumericCoverage.TypedNumbers(record);
}
