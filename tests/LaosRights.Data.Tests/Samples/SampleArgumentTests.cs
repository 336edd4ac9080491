using FluentAssertions;
using LaosRights.Claims;
using LaosRights.Figures;
using LaosRights.Refugees;
using LaosRights.Timeline;
using Xunit;
using static LaosRights.Data.Tests.Samples.SampleRunner;

namespace LaosRights.Data.Tests.Samples;

/// <summary>
/// No argument ends a sample in a stack trace: a bad one is one line that says what was wrong and what is accepted,
/// exit code 2, and nothing on the output. Numbers are not names of a vocabulary value.
/// </summary>
public class SampleArgumentTests
{
    public static TheoryData<string, string[], string> BadArguments() => new()
    {
        { "timeline", ["--match", "7"], "--match '7' is not accepted; use one of: possibly, certainly." },
        { "timeline", ["--match", "1"], "--match '1' is not accepted; use one of: possibly, certainly." },
        { "timeline", ["--match", "-1"], "--match '-1' is not accepted" },
        { "timeline", ["--topic", "3"], "--topic '3' is not accepted; use one of: treaty-ratification" },
        { "timeline", ["--from", "yesterday"], "'yesterday' is not a date" },
        { "timeline", ["--from", "2010", "--to", "2000"], "--from 2010 is after --to 2000" },
        { "timeline", ["--actor", "nobody"], "Unknown actor 'nobody'" },
        { "timeline", ["--colour", "red"], "--colour" },
        { "timeline", ["--match"], "--match" },
        { "timeline", ["--kind", "2"], "--kind '2' is not accepted; use one of: event, source" },
        { "timeline", ["--actor", "bbc", "--role", "3"], "--role '3' is not accepted" },
        { "timeline", ["--role", "acted"], "--role needs --actor" },
        { "claims", ["--standing", "42"], "--standing '42' is not accepted; use one of: stated, reported, alleged, concern-raised" },
        { "claims", ["--standing", "0"], "--standing '0' is not accepted" },
        { "claims", ["--claimant", "nobody"], "Unknown actor 'nobody'" },
        { "figures", ["--kind", "99"], "--kind '99' is not accepted; use one of: exact, estimate, bound, unquantified." },
        { "figures", ["--kind", "1"], "--kind '1' is not accepted" },
        { "figures", ["--counting", " "], "--counting needs some text" },
        { "refugees", ["--chronologically"], "--chronologically" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void A_bad_argument_is_one_line_with_exit_code_2_and_no_output(string sample, string[] args, string message)
    {
        var (code, output, error) = Run(SampleOf(sample), args);

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain(message);
        error.TrimEnd().Should().NotContain("\n", "one line per bad argument").And.NotContain("   at ").And.NotContain("Exception");
    }

    [Theory]
    [InlineData("timeline", "--match", "certainly")]
    [InlineData("timeline", "--match", "Possibly")]
    [InlineData("timeline", "--topic", "forced-return")]
    [InlineData("claims", "--standing", "concern-raised")]
    [InlineData("claims", "--standing", "ConcernRaised")]
    [InlineData("figures", "--kind", "estimate")]
    public void Vocabulary_values_are_taken_by_name(string sample, string option, string value)
    {
        var (code, output, error) = Run(SampleOf(sample), option, value);

        code.Should().Be(0, error);
        output.Should().NotBeEmpty();
    }

    private static SampleMain SampleOf(string sample) => sample switch
    {
        "timeline" => TimelineApp.Run,
        "claims" => ClaimsApp.Run,
        "figures" => FiguresApp.Run,
        "refugees" => RefugeesApp.Run,
        _ => throw new ArgumentOutOfRangeException(nameof(sample)),
    };
}
