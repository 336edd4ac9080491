using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Model;

public class DatasetValidationExceptionTests
{
    [Fact]
    public void The_parameterless_constructor_has_one_problem_at_the_root()
    {
        var e = new DatasetValidationException();

        e.Problems.Should().Equal(new DatasetProblem("$", "The dataset is not valid."));
        e.Message.Should().Be("The dataset is not valid: $: The dataset is not valid.");
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void A_message_is_one_problem_at_the_root()
    {
        var e = new DatasetValidationException("Too deep.");

        e.Problems.Should().Equal(new DatasetProblem("$", "Too deep."));
        e.Message.Should().Be("The dataset is not valid: $: Too deep.");
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void A_message_with_a_cause_keeps_both()
    {
        var cause = new FormatException("bad token");

        var e = new DatasetValidationException("Not JSON.", cause);

        e.InnerException.Should().BeSameAs(cause);
        e.Problems.Should().Equal(new DatasetProblem("$", "Not JSON."));
        e.Message.Should().Be("The dataset is not valid: $: Not JSON.");
        new DatasetValidationException("Not JSON.", null).InnerException.Should().BeNull();
    }

    [Fact]
    public void One_problem_in_a_list_is_formatted_as_one_problem()
    {
        var e = new DatasetValidationException([new DatasetProblem("events[2] 'x'.date", "Not a date.")]);

        e.Message.Should().Be("The dataset is not valid: events[2] 'x'.date: Not a date.");
        e.Problems.Should().Equal(new DatasetProblem("events[2] 'x'.date", "Not a date."));
        e.InnerException.Should().BeNull();
    }

    [Fact]
    public void Several_problems_are_counted_and_listed_one_a_line_in_order()
    {
        var problems = new List<DatasetProblem> { new("a", "One."), new("b", "Two."), new("c", "Three.") };

        var e = new DatasetValidationException(problems);

        var nl = Environment.NewLine;
        e.Message.Should().Be($"The dataset has 3 problems:{nl}a: One.{nl}b: Two.{nl}c: Three.");
        e.Problems.Should().Equal(problems);
        problems.Add(new DatasetProblem("d", "Four."));
        e.Problems.Should().HaveCount(3, "the exception keeps its own copy");
        e.Problems.Should().NotBeAssignableTo<DatasetProblem[]>();
    }

    [Fact]
    public void The_internal_constructor_keeps_the_problems_and_the_cause()
    {
        var cause = new InvalidOperationException("inner");
        var e = new DatasetValidationException([new DatasetProblem("x", "One."), new DatasetProblem("y", "Two.")], cause);

        e.InnerException.Should().BeSameAs(cause);
        e.Problems.Select(p => p.Path).Should().Equal("x", "y");
        e.Message.Should().StartWith("The dataset has 2 problems:");
    }

    [Fact]
    public void Problems_must_be_given_not_empty_and_without_nulls()
    {
        FluentActions.Invoking(() => new DatasetValidationException((IEnumerable<DatasetProblem>)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("problems");
        FluentActions.Invoking(() => new DatasetValidationException(Enumerable.Empty<DatasetProblem>()))
            .Should().Throw<ArgumentException>().WithParameterName("problems").WithMessage("At least one problem is needed.*");
        FluentActions.Invoking(() => new DatasetValidationException(new DatasetProblem[] { new("a", "One."), null! }))
            .Should().Throw<ArgumentException>().WithParameterName("problems").WithMessage("A problem cannot be null.*");
    }

    [Fact]
    public void A_problem_is_a_value_and_prints_as_path_colon_message()
    {
        var p = new DatasetProblem("$.actors[3]", "Unknown kind.");

        p.Path.Should().Be("$.actors[3]");
        p.Message.Should().Be("Unknown kind.");
        p.ToString().Should().Be("$.actors[3]: Unknown kind.");
        p.Should().Be(new DatasetProblem("$.actors[3]", "Unknown kind.")).And.NotBe(new DatasetProblem("$.actors[4]", "Unknown kind."));
    }

    [Fact]
    public void Loading_a_broken_document_lists_its_problems()
    {
        var e = FluentActions.Invoking(() => LaosRightsDataset.Parse("[]")).Should().Throw<DatasetValidationException>().Which;

        e.Problems.Should().ContainSingle().Which.Path.Should().Be("$");
        e.Message.Should().StartWith("The dataset is not valid: $: ");
    }
}
