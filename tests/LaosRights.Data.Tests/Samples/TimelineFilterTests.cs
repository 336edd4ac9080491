using FluentAssertions;
using LaosRights.Timeline;
using Xunit;
using static LaosRights.Data.Tests.Samples.SampleRunner;

namespace LaosRights.Data.Tests.Samples;

public class TimelineFilterTests
{
    [Fact]
    public void No_arguments_prints_every_entry()
    {
        var (code, output, error) = Run(TimelineApp.Run);
        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().NotContain("Filtered:").And.Contain("25 September 2009 ").And.Contain("undated ").And.Contain(" (sequence) ");
    }

    [Fact]
    public void From_and_to_keep_what_may_fall_in_the_period_and_drop_undated_events()
    {
        var (code, output, _) = Run(TimelineApp.Run, "--from", "2009", "--to", "2009-12-31");
        code.Should().Be(0);
        output.Should().Contain("Filtered: possibly from 2009 to 2009-12-31").And.Contain("25 September 2009 ").And.Contain("1989 onwards ")
            .And.Contain("27 December 2009 onwards (derived)").And.Contain("May 2006 onwards (sequence)");
        output.Should().NotContain("\nundated ").And.NotContain("\nin sequence ").And.NotContain("30 people arrested");

        // The start of the repatriations has no date: the article dates the reports ("On December 27, 2009, The New York Times
        // reported ... the BBC later reported that repatriations had started"), not the start, so no time filter keeps it.
        output.Should().NotContain("Repatriations of the Hmong asylum seekers start")
            .And.NotContain("United States and United Nations officials protest");

        // A section the filters leave empty is not printed, header and all.
        output.Should().Contain("== The chronology ==").And.NotContain("== Undated events");
        var kindOnly = Run(TimelineApp.Run, "--kind", "score").Output;
        kindOnly.Should().Contain("== The chronology ==").And.NotContain("== Undated events");
        var none = Run(TimelineApp.Run, "--from", "1200", "--to", "1300", "--match", "certainly").Output;
        none.Should().NotContain("== The chronology ==").And.NotContain("== Undated events").And.Contain("No entry matches these filters.");
    }

    [Fact]
    public void Match_certainly_keeps_only_what_falls_wholly_inside()
    {
        var (code, output, _) = Run(TimelineApp.Run, "--from", "2009", "--to", "2009", "--match", "certainly");
        code.Should().Be(0);
        output.Should().Contain("25 September 2009 ").And.Contain("27 December 2009 ").And.NotContain("1989 onwards ").And.NotContain("by October 2009 ")
            .And.NotContain("Repatriations of the Hmong asylum seekers start", "nothing the article says dates it");
    }

    [Fact]
    public void Kind_keeps_only_those_kinds_of_record()
    {
        var (code, output, _) = Run(TimelineApp.Run, "--kind", "score", "--kind", "ranking");
        code.Should().Be(0);
        output.Should().Contain("Filtered: kind score, ranking (3 of ");
        output.Split('\n').Count(l => l.StartsWith("2023", StringComparison.Ordinal)).Should().Be(3);
        output.Should().NotContain(" event ").And.NotContain(" source ");

        Run(TimelineApp.Run, "--kind", "source").Output.Should().Contain("1991                     promulgated source    Constitution of Laos").And.NotContain(" event ");
    }

    [Fact]
    public void Role_narrows_the_actor_filter()
    {
        var (code, output, _) = Run(TimelineApp.Run, "--actor", "new-york-times", "--role", "reported");
        code.Should().Be(0);
        output.Should().Contain("actor The New York Times as reported (3 of ");
        Run(TimelineApp.Run, "--actor", "thai-military", "--role", "affected").Output.Should().Contain("No entry matches these filters.");
    }

    [Fact]
    public void Topic_actor_and_place_filters_combine()
    {
        var (code, output, _) = Run(TimelineApp.Run, "--topic", "forced-return", "--place", "TH", "--actor", "government-of-thailand");
        code.Should().Be(0);
        output.Should().Contain("topic forced-return; actor " + LaosRightsDataset.Default.Actors["government-of-thailand"].Name + "; in Thailand");
        output.Should().Contain("The Thai government threatens forcible removal");
        output.Should().NotContain("Laos ratifies");

        Run(TimelineApp.Run, "--topic", "ForcedReturn").Output.Should().Contain("topic forced-return");
        Run(TimelineApp.Run, "--place", "wat-tham-krabok").Output.Should().Contain("Wat Tham Krabok").And.NotContain("The Thai government threatens forcible removal");
    }

    [Fact]
    public void A_filter_that_matches_nothing_says_so()
    {
        var (code, output, _) = Run(TimelineApp.Run, "--from", "1200", "--to", "1300", "--match", "certainly");
        code.Should().Be(0);
        output.Should().Contain("No entry matches these filters.");
    }

    [Theory]
    [InlineData("--topic 'bogus' is not accepted; use one of: treaty-ratification", "--topic", "bogus")]
    [InlineData("'20x9' is not a date", "--from", "20x9")]
    [InlineData("'2009-13' is not a date", "--to", "2009-13")]
    [InlineData("--from 2010 is after --to 2009", "--from", "2010", "--to", "2009")]
    [InlineData("Unknown actor 'nobody'", "--actor", "nobody")]
    [InlineData("Unknown place 'atlantis'", "--place", "atlantis")]
    [InlineData("'--bogus'", "--bogus")]
    [InlineData("'sometimes'", "--match", "sometimes")]
    [InlineData("--role 'boss' is not accepted; use one of: acted", "--actor", "bbc", "--role", "boss")]
    [InlineData("--role needs --actor", "--role", "reported")]
    [InlineData("'poem'", "--kind", "poem")]
    public void Bad_arguments_print_a_clear_message_to_error_and_exit_non_zero(string message, params string[] args)
    {
        var (code, _, error) = Run(TimelineApp.Run, args);
        code.Should().NotBe(0);
        error.Should().Contain(message);
    }

    [Theory]
    [InlineData("Unknown actor 'Thai military'. Did you mean 'thai-military'?", "--actor", "Thai military")]
    [InlineData("Unknown actor 'thai-militray'. Did you mean 'thai-military'?", "--actor", "thai-militray")]
    [InlineData("Unknown place 'Thailand'. Did you mean 'thailand'?", "--place", "Thailand")]
    public void An_unknown_actor_or_place_suggests_the_closest_ids(string message, params string[] args)
    {
        var (code, _, error) = Run(TimelineApp.Run, args);
        code.Should().Be(2);
        error.Should().Contain(message);
        error.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void Help_names_values_in_kebab_case_and_points_to_the_topic_list()
    {
        var (code, output, _) = Run(TimelineApp.Run, "--help");
        code.Should().Be(0);
        output.Should().Contain("--topic <topic>").And.Contain("--help-topics").And.Contain("forced-return")
            .And.NotContain("ForcedReturn").And.NotContain("FreedomOfReligion").And.NotContain("Possibly");
        output.Split('\n').Should().OnlyContain(l => l.Length <= 250, "no option description is pushed hundreds of columns right");

        var (topicsCode, topics, error) = Run(TimelineApp.Run, "--help-topics");
        topicsCode.Should().Be(0, error);
        topics.Should().Contain("  forced-return").And.Contain("  freedom-of-religion").And.NotContain("ForcedReturn");
        topics.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal)).Should().Be(Enum.GetValues<Topic>().Length);
    }

    [Fact]
    public void Kind_accepts_a_comma_separated_list()
    {
        var (code, output, error) = Run(TimelineApp.Run, "--kind", "score,ranking");
        code.Should().Be(0, error);
        output.Should().Contain("Filtered: kind score, ranking (3 of ");
        Run(TimelineApp.Run, "--kind", "score,poem").Error.Should().Contain("--kind 'poem' is not accepted");
    }
}
