using FluentAssertions;
using Xunit;
using static LaosRights.Data.Tests.Queries.QueryTestData;

namespace LaosRights.Data.Tests.Queries;

public class SubjectQueriesTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void By_topic()
    {
        Data.Events.WithTopic(Topic.ForcedReturn).Should().Contain(Data.Events["repatriations-started"])
            .And.OnlyContain(e => e.Topics.Contains(Topic.ForcedReturn));
        Data.Claims.WithTopic(Topic.Genocide).Ids().Should().Equal("genocide-accusation");
        Data.Cases.WithTopic(Topic.FreedomOfExpression).Ids().Should().Equal("case-dissidents-1990", "case-posters-october-1999");
    }

    [Fact]
    public void By_ICCPR_article()
    {
        Data.Events.WithIccprArticle(9).Should().Contain(Data.Events["poster-arrests-1999"]).And.OnlyContain(e => e.Topics.Contains(Topic.Detention));
        Data.Events.WithIccprArticle(8).Ids().Should().Equal("officials-police-sex-trafficking");
        Data.Claims.WithIccprArticle(6).Ids().Should().Contain(["genocide-accusation", "concern-death-penalty", "concern-extrajudicial-killing"]);
        Data.Cases.WithIccprArticle(9).Ids().Should().Contain("case-dissidents-1990");
        Data.Events.WithIccprArticle(1).Should().BeEmpty("no topic corresponds to article 1");
        Data.Events.WithIccprArticle(53).Should().BeEmpty();
    }

    [Fact]
    public void By_standing()
    {
        Data.Claims.WithStanding(Standing.Alleged).Ids().Should().Contain("genocide-accusation").And.NotContain("concern-torture");
        Data.Events.WithStanding(Standing.Expected).Ids().Should().Equal("poster-survivors-expected-release");
        Data.Figures.WithStanding(Standing.Reported).Ids().Should().Equal("hmong-asylum-seekers-to-return-2009");
    }

    [Fact]
    public void By_section_including_subsections()
    {
        Data.Events.InSection("Freedom of religion").Ids().Should().Contain("christians-detained").And.NotContain("poster-arrests-1999");
        var hmong = Data.Events.InSection("Hmong conflict and attacks on unarmed Hmong civilians").Ids();
        hmong.Should().Contain(["hmong-fought-with-royalists", "hmong-sought-asylum-wat-tham-krabok"]);
        Data.Events.InSection("Hmong refugees and forced repatriation").Ids().Should().Contain("hmong-sought-asylum-wat-tham-krabok").And.NotContain("hmong-fought-with-royalists");
        Data.Figures.InSection(Data.Article.Title).Should().HaveCount(Data.Figures.Count);
        Data.Claims.InSection("freedom of religion").Should().BeEmpty("headings match exactly");
    }

    [Fact]
    public void Empty_input_and_bad_arguments()
    {
        Array.Empty<Event>().WithTopic(Topic.Genocide).Should().BeEmpty();
        Array.Empty<Case>().WithIccprArticle(9).Should().BeEmpty();
        Array.Empty<Figure>().WithStanding(Standing.Stated).Should().BeEmpty();
        Array.Empty<Claim>().InSection("Freedom of religion").Should().BeEmpty();
        ((Action)(() => Data.Events.WithTopic((Topic)999))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("topic");
        ((Action)(() => Data.Claims.WithStanding((Standing)999))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("standing");
        ((Action)(() => Data.Events.WithIccprArticle(0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("article");
        ((Action)(() => Data.Events.WithIccprArticle(54))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("article");
        ((Action)(() => ((IEnumerable<Claim>)null!).WithTopic(Topic.Genocide))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => Data.Events.InSection((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("heading");
        ((Action)(() => Data.Events.InSection(""))).Should().Throw<ArgumentException>().WithParameterName("heading");
        var deferred = Throwing<Event>().WithTopic(Topic.Genocide);
        ((Action)(() => _ = deferred.ToList())).Should().Throw<InvalidOperationException>();
    }
}

public class FigureQueriesTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Theory]
    [InlineData(QuantityBound.Exact, QuantityKind.Exact)]
    [InlineData(QuantityBound.Approximate, QuantityKind.Estimate)]
    [InlineData(QuantityBound.AtLeast, QuantityKind.Bound)]
    [InlineData(QuantityBound.MoreThan, QuantityKind.Bound)]
    [InlineData(QuantityBound.AtMost, QuantityKind.Bound)]
    [InlineData(QuantityBound.Between, QuantityKind.Bound)]
    [InlineData(QuantityBound.Unquantified, QuantityKind.Unquantified)]
    public void Every_bound_has_a_kind(QuantityBound bound, QuantityKind kind)
    {
        var quantity = new Quantity { Bound = bound, Unit = QuantityUnit.People, Wording = "w", Value = 1 };
        quantity.Kind.Should().Be(kind);
        quantity.IsEstimate.Should().Be(kind == QuantityKind.Estimate);
    }

    [Fact]
    public void Estimates_bounds_and_exact_figures_of_the_article()
    {
        Data.Figures.OfKind(QuantityKind.Estimate).Ids().Should().Contain(["hmong-seeking-asylum-wat-tham-krabok", "hmong-fled-camp"])
            .And.NotContain("hmong-exile-thailand-count");
        Data.Figures.OfKind(QuantityKind.Bound).Ids().Should().Contain(["hmong-exile-thailand-count", "hmong-already-at-wat-tham-krabok", "poster-arrests-1999-sentence-length"]);
        Data.Figures.OfKind(QuantityKind.Exact).Ids().Should().Contain(["poster-arrests-1999-arrested", "refugees-accepted-by-us-2003"]);
        Data.Figures.OfKind(QuantityKind.Unquantified).Should().OnlyContain(f => f.Quantity.Value == null).And.NotBeEmpty();
        Data.Figures.WithBound(QuantityBound.AtMost).Ids().Should().Contain("hmong-exile-thailand-count").And.NotContain("hmong-already-at-wat-tham-krabok");
    }

    [Fact]
    public void By_what_is_counted_and_unit()
    {
        Data.Figures.Counting("wat tham krabok").Ids().Should().Equal("hmong-seeking-asylum-wat-tham-krabok", "hmong-already-at-wat-tham-krabok");
        Data.Figures.InUnit(QuantityUnit.Years).Ids().Should().Contain(["iccpr-signing-to-ratification-years", "poster-arrests-1999-sentence-length"])
            .And.OnlyContain(id => Data.Figures[id].Quantity.Unit == QuantityUnit.Years);
        Data.Figures.Counting("unicorns").Should().BeEmpty();
    }

    [Fact]
    public void Empty_input_and_bad_arguments()
    {
        Array.Empty<Figure>().OfKind(QuantityKind.Exact).Should().BeEmpty();
        Array.Empty<Figure>().Counting("Hmong").Should().BeEmpty();
        ((Action)(() => Data.Figures.Counting(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => Data.Figures.Counting(" "))).Should().Throw<ArgumentException>().WithParameterName("text");
        ((Action)(() => Data.Figures.OfKind((QuantityKind)9))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        ((Action)(() => Data.Figures.WithBound((QuantityBound)99))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("bound");
        ((Action)(() => Data.Figures.InUnit((QuantityUnit)99))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("unit");
        ((Action)(() => ((IEnumerable<Figure>)null!).OfKind(QuantityKind.Exact))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => _ = new Quantity { Bound = (QuantityBound)99, Unit = QuantityUnit.People, Wording = "w" }.Kind))
            .Should().Throw<InvalidOperationException>().WithMessage("*99*QuantityBound*");
        var deferred = Throwing<Figure>().OfKind(QuantityKind.Exact);
        ((Action)(() => _ = deferred.ToList())).Should().Throw<InvalidOperationException>();
    }
}
