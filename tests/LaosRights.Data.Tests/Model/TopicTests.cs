using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Model;

public class TopicTests
{
    [Theory]
    [InlineData(Topic.Detention, new[] { 9 })]
    [InlineData(Topic.TortureAndIllTreatment, new[] { 7 })]
    [InlineData(Topic.AttacksOnCivilians, new[] { 6 })]
    [InlineData(Topic.FreedomOfExpression, new[] { 19 })]
    [InlineData(Topic.FreedomOfAssociation, new[] { 22 })]
    [InlineData(Topic.FreedomOfAssembly, new[] { 21 })]
    [InlineData(Topic.FreedomOfReligion, new[] { 18 })]
    [InlineData(Topic.PrisonConditions, new[] { 10 })]
    [InlineData(Topic.ExtrajudicialKilling, new[] { 6 })]
    [InlineData(Topic.DeathPenalty, new[] { 6 })]
    [InlineData(Topic.HumanTrafficking, new[] { 8 })]
    [InlineData(Topic.NonDiscrimination, new[] { 2, 26 })]
    [InlineData(Topic.GenderEquality, new[] { 3 })]
    [InlineData(Topic.MinorityRights, new[] { 27 })]
    [InlineData(Topic.Genocide, new[] { 6 })]
    [InlineData(Topic.Disappearance, new int[0])]
    [InlineData(Topic.RefugeesAndAsylumSeekers, new int[0])]
    [InlineData(Topic.TreatyRatification, new int[0])]
    [InlineData(Topic.CivilAndPoliticalLiberties, new int[0])]
    public void Topics_map_to_their_ICCPR_articles(Topic topic, int[] articles)
    {
        topic.GetIccprArticles().Should().Equal(articles);
        topic.GetIccprArticles().Should().BeSameAs(topic.GetIccprArticles(), "the lists are built once");
    }

    [Fact]
    public void Every_topic_has_a_list_and_the_lists_are_read_only()
    {
        foreach (var topic in Enum.GetValues<Topic>())
        {
            var articles = topic.GetIccprArticles();
            articles.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            articles.Should().NotBeAssignableTo<int[]>();
        }

        Enum.GetValues<Topic>().SelectMany(t => t.GetIccprArticles()).Should().OnlyContain(a => a >= 1 && a <= 53, "the Covenant has 53 articles");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(25)]
    public void Undefined_topic_values_throw(int value)
    {
        FluentActions.Invoking(() => ((Topic)value).GetIccprArticles()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("topic")
            .WithMessage("Not a defined Topic value.*").Which.ActualValue.Should().Be((Topic)value);
    }
}
