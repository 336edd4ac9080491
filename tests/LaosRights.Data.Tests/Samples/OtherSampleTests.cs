using FluentAssertions;
using LaosRights.Claims;
using LaosRights.Figures;
using LaosRights.Refugees;
using Xunit;
using static LaosRights.Data.Tests.Samples.SampleRunner;

namespace LaosRights.Data.Tests.Samples;

public class FiguresSampleTests
{
    [Fact]
    public void Prints_every_figure_with_value_bound_kind_date_and_the_articles_words()
    {
        var (code, output, error) = Run(FiguresApp.Run);
        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain($"{LaosRightsDataset.Default.Figures.Count} of {LaosRightsDataset.Default.Figures.Count} figures");
        var lines = output.Split('\n');
        lines.Should().Contain(l => l.StartsWith("200,000 ", StringComparison.Ordinal) && l.Contains("At most", StringComparison.Ordinal)
            && l.Contains("Hmong who went into exile in Thailand", StringComparison.Ordinal) && l.Contains("\"As many as 200,000\"", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("30 ", StringComparison.Ordinal) && l.Contains("1999-10", StringComparison.Ordinal) && l.Contains("\"30 people\"", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("\"thousands\"", StringComparison.Ordinal));
        output.Should().Contain("[Reported by The New York Times]");
    }

    [Fact]
    public void Filters_by_kind_and_by_what_is_counted()
    {
        var (code, output, _) = Run(FiguresApp.Run, "--kind", "estimate");
        code.Should().Be(0);
        output.Should().Contain("\"Around 5,000\"").And.Contain("\"some thousand\"").And.NotContain("\"As many as 200,000\"");
        Run(FiguresApp.Run, "--counting", "Wat Tham Krabok").Output.Should().Contain("2 of ").And.Contain("\"more than 10,000\"");
        Run(FiguresApp.Run, "--counting", "unicorns").Output.Should().Contain("No figure matches these filters.");
    }

    [Theory]
    [InlineData("--kind", "guess")]
    [InlineData("--counting", " ")]
    [InlineData("--unknown")]
    public void Bad_arguments_exit_non_zero_with_a_message(params string[] args)
    {
        var (code, _, error) = Run(FiguresApp.Run, args);
        code.Should().NotBe(0);
        error.Should().NotBeNullOrWhiteSpace();
    }
}

public class ClaimsSampleTests
{
    [Fact]
    public void Groups_claims_by_claimant_and_standing_with_the_quote_and_names_the_unattributed()
    {
        var (code, output, error) = Run(ClaimsApp.Run);
        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().Contain("== The New York Times\n  -- Reported\n     The New York Times' report that the Thai military was preparing to forcibly return 4,000");
        output.Should().Contain("\"about the ratification record of the Laos Government on human rights standards\"");
        var unattributed = output.IndexOf("== " + ClaimsApp.NoNamedClaimant, StringComparison.Ordinal);
        unattributed.Should().BePositive();
        output.IndexOf("\"The government of Laos has been accused of committing genocide against that country's Hmong ethnic minority.\"", StringComparison.Ordinal)
            .Should().BeGreaterThan(unattributed);
        output.IndexOf("  -- Alleged", unattributed, StringComparison.Ordinal).Should().BePositive();
    }

    [Fact]
    public void Filters_by_claimant_and_standing()
    {
        var (code, output, _) = Run(ClaimsApp.Run, "--claimant", "bbc");
        code.Should().Be(0);
        output.Should().Contain("== BBC").And.Contain("The BBC's report that repatriations had started").And.NotContain("genocide");
        Run(ClaimsApp.Run, "--standing", "alleged").Output.Should().Contain("genocide").And.NotContain("-- Concern raised");
        Run(ClaimsApp.Run).Output.Should().Contain("  -- Concern raised").And.NotContain("ConcernRaised");
    }

    [Theory]
    [InlineData("Unknown actor 'nobody'", "--claimant", "nobody")]
    [InlineData("'bogus'", "--standing", "bogus")]
    public void Bad_arguments_exit_non_zero_with_a_message(string message, params string[] args)
    {
        var (code, _, error) = Run(ClaimsApp.Run, args);
        code.Should().NotBe(0);
        error.Should().Contain(message);
    }
}

public class RefugeesSampleTests
{
    [Fact]
    public void Tells_the_story_in_the_articles_order_with_dates_cases_and_numbers()
    {
        var (code, output, error) = Run(RefugeesApp.Run);
        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().ContainAll(
            "number: \"the 60,000\" (exact) Lao refugees living in Thailand",
            "[case: The Hmong refugees at Wat Tham Krabok]",
            "number: \"Around 5,000\" (approximate)",
            "number: \"more than 10,000\" (more than)",
            $"{"2003",-22} The U.S. agrees to accept 15,000 of the refugees",
            "number: \"4,000\" (exact)",
            "[Reported by The New York Times]");
        output.IndexOf("23 October 1995 ", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("1996 ", StringComparison.Ordinal));
        output.IndexOf("the 60,000", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("Around 5,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Chronological_puts_the_dated_events_first()
    {
        var (code, output, _) = Run(RefugeesApp.Run, "--chronological");
        code.Should().Be(0);
        var lines = output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).Skip(2).ToList();
        lines[0].Should().StartWith("since the 19th century ");
        lines.FindLastIndex(l => !l.StartsWith("undated", StringComparison.Ordinal)).Should().BeLessThan(lines.FindIndex(l => l.StartsWith("undated", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bad_arguments_exit_non_zero()
    {
        var (code, _, error) = Run(RefugeesApp.Run, "--chronologically");
        code.Should().NotBe(0);
        error.Should().Contain("--chronologically");
    }
}
