using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Queries;

/// <summary>
/// Every helper that takes an id also takes the record; where the dataset is at hand an unknown id or heading is an
/// error that names it and the closest existing names; where it is not, an unknown id finds nothing (as documented).
/// </summary>
public class NamesAndOverloadsTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;
    private static readonly Actor ThaiMilitary = Data.Actors["thai-military"];

    private static IEnumerable<string> Ids<T>(IEnumerable<T> records)
        where T : DatasetRecord => records.Select(r => r.Id);

    [Fact]
    public void ClosestIds_names_what_the_indexer_suggests_and_nothing_when_none_is_close()
    {
        Data.Actors.ClosestIds("thai-militray").Should().Equal("thai-military");
        Data.Places.ClosestIds("Thailand").Should().Equal("thailand");
        Data.Actors.ClosestIds("zzzzzzzzzzzzzzzz").Should().BeEmpty();
        ((Action)(() => Data.Actors.ClosestIds(null!))).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Actor_filters_take_the_record_and_find_what_the_id_finds()
    {
        var government = Data.Actors["government-of-laos"];
        var cppa = Data.Actors["centre-for-public-policy-analysis"];
        var nyt = Data.Actors["new-york-times"];

        Ids(Data.Events.Involving(ThaiMilitary)).Should().NotBeEmpty().And.Equal(Ids(Data.Events.Involving("thai-military")));
        Ids(Data.Events.Involving(government, ActorRole.Acted)).Should().NotBeEmpty().And.Equal(Ids(Data.Events.Involving("government-of-laos", ActorRole.Acted)));
        Ids(Data.Claims.ClaimedBy(cppa)).Should().HaveCount(15).And.Equal(Ids(Data.Claims.ClaimedBy("centre-for-public-policy-analysis")));
        Ids(Data.Events.ClaimedBy(nyt)).Should().NotBeEmpty().And.Equal(Ids(Data.Events.ClaimedBy("new-york-times")));
        Ids(Data.Figures.ClaimedBy(nyt)).Should().Equal("hmong-asylum-seekers-to-return-2009");
        Ids(Data.Claims.About(government)).Should().Contain("genocide-accusation").And.Equal(Ids(Data.Claims.About("government-of-laos")));
    }

    [Fact]
    public void Actor_filters_check_the_source_then_the_actor()
    {
        IEnumerable<Event> none = null!;
        ((Action)(() => none.Involving(ThaiMilitary))).Should().Throw<ArgumentNullException>().WithParameterName("source");
        ((Action)(() => Data.Events.Involving((Actor)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        ((Action)(() => Data.Events.Involving((Actor)null!, ActorRole.Affected))).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        ((Action)(() => Data.Events.Involving(ThaiMilitary, (ActorRole)99))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
        ((Action)(() => Data.Claims.ClaimedBy((Actor)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        ((Action)(() => Data.Events.ClaimedBy((Actor)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        ((Action)(() => Data.Figures.ClaimedBy((Actor)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actor");
        ((Action)(() => Data.Claims.About((Actor)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actor");
    }

    [Fact]
    public void Without_the_dataset_an_unknown_id_finds_nothing_as_documented()
    {
        Data.Events.Involving("thai-militray").Should().BeEmpty();
        Data.Claims.ClaimedBy("Thai military").Should().BeEmpty();
        Data.Events.InSection("freedom of religion").Should().BeEmpty();
    }

    [Fact]
    public void Looking_up_a_mistyped_id_names_the_closest_ids()
    {
        ((Action)(() => _ = Data.Actors["thai-militray"])).Should().Throw<KeyNotFoundException>()
            .WithMessage("No Actor with id 'thai-militray' is in the dataset. Did you mean 'thai-military'?");
        ((Action)(() => _ = Data.Actors["Thai military"])).Should().Throw<KeyNotFoundException>()
            .WithMessage("*Did you mean 'thai-military'?");
        ((Action)(() => _ = Data.Events["iccpr-ratification"])).Should().Throw<KeyNotFoundException>()
            .WithMessage("No Event with id 'iccpr-ratification' is in the dataset. Did you mean 'iccpr-ratification-2009'*");
        ((Action)(() => _ = Data.Actors["zzzz"])).Should().Throw<KeyNotFoundException>()
            .WithMessage("No Actor with id 'zzzz' is in the dataset.", "nothing is close, so nothing is suggested");
    }

    [Fact]
    public void InvolvementOf_takes_an_id_and_reports_an_unknown_one_with_suggestions()
    {
        var byId = Data.InvolvementOf("thai-military");
        var byRecord = Data.InvolvementOf(ThaiMilitary);
        byId.Actor.Should().BeSameAs(ThaiMilitary);
        byId.AllRecords().Should().NotBeEmpty().And.Equal(byRecord.AllRecords());

        ((Action)(() => Data.InvolvementOf("thai-militray"))).Should().Throw<ArgumentException>().WithParameterName("actorId")
            .WithMessage("No actor has the id 'thai-militray'. Did you mean 'thai-military'? (Parameter 'actorId')");
        ((Action)(() => Data.InvolvementOf((string)null!))).Should().Throw<ArgumentNullException>().WithParameterName("actorId");
        ((Action)(() => ((LaosRightsDataset)null!).InvolvementOf("thai-military"))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
    }

    [Fact]
    public void LocatedIn_takes_the_place_and_reports_a_name_given_as_an_id_with_the_id()
    {
        var thailand = Data.Places["thailand"];
        Ids(Data.Events.LocatedIn(Data, thailand)).Should().Contain("hmong-sought-asylum-wat-tham-krabok").And.Equal(Ids(Data.Events.LocatedIn(Data, "TH")));
        Ids(Data.Events.LocatedExactlyIn(Data, thailand)).Should().Equal(Ids(Data.Events.LocatedExactlyIn(Data, "TH")));
        Ids(Data.Events.LocatedExactlyIn(Data, thailand)).Should().NotContain("hmong-sought-asylum-wat-tham-krabok");

        ((Action)(() => Data.Events.LocatedIn(Data, "Thailand"))).Should().Throw<ArgumentException>().WithParameterName("placeIdOrIsoCode")
            .WithMessage("No place has the id or ISO 3166 code 'Thailand'. Did you mean 'thailand'? *");
        ((Action)(() => Data.Events.LocatedExactlyIn(Data, "wat tham krabok"))).Should().Throw<ArgumentException>()
            .WithMessage("*Did you mean 'wat-tham-krabok'? *");

        var elsewhere = thailand with { Id = "atlantis" };
        ((Action)(() => Data.Events.LocatedIn(Data, elsewhere))).Should().Throw<ArgumentException>().WithParameterName("place");
        ((Action)(() => Data.Events.LocatedExactlyIn(Data, elsewhere))).Should().Throw<ArgumentException>().WithParameterName("place");
        ((Action)(() => Data.Events.LocatedIn(Data, (Place)null!))).Should().Throw<ArgumentNullException>().WithParameterName("place");
        ((Action)(() => Data.Events.LocatedIn(null!, thailand))).Should().Throw<ArgumentNullException>().WithParameterName("dataset");
        ((Action)(() => ((IEnumerable<Event>)null!).LocatedExactlyIn(Data, thailand))).Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void InSection_takes_the_section_with_its_subsections_and_GetSection_reports_a_mistyped_heading()
    {
        var religion = Data.GetSection("Freedom of religion");
        religion.Title.Should().Be("Freedom of religion");
        Ids(Data.Claims.InSection(religion)).Should().Contain("lprp-controls-clergy").And.Equal(Ids(Data.Claims.InSection("Freedom of religion")));

        var hmong = Data.GetSection("Hmong conflict and attacks on unarmed Hmong civilians");
        var refugees = Data.GetSection("Hmong refugees and forced repatriation");
        Ids(Data.Events.InSection(hmong)).Should().Contain(Ids(Data.Events.InSection(refugees))).And.Equal(Ids(Data.Events.InSection(hmong.Title)));
        Data.Events.InSection(refugees).Should().NotBeEmpty();
        Data.Events.InSection(Data.Article.Sections[0]).Should().HaveCount(Data.Events.Count, "the article's title section holds every record");

        ((Action)(() => Data.GetSection("freedom of religion"))).Should().Throw<ArgumentException>().WithParameterName("heading")
            .WithMessage("No section of the article is headed 'freedom of religion'. Did you mean 'Freedom of religion'? *");
        ((Action)(() => Data.GetSection("Hmong refugees"))).Should().Throw<ArgumentException>()
            .WithMessage("*Did you mean 'Hmong refugees and forced repatriation'? *");
        ((Action)(() => Data.Events.InSection((ArticleSection)null!))).Should().Throw<ArgumentNullException>().WithParameterName("section");
        ((Action)(() => Data.GetSection(null!))).Should().Throw<ArgumentNullException>().WithParameterName("heading");
    }

    [Fact]
    public void Counting_finds_a_number_as_the_article_writes_it()
    {
        Ids(Data.Figures.Counting("200,000")).Should().Equal("hmong-exile-thailand-count");
        Ids(Data.Figures.Counting("as many as")).Should().Equal("hmong-exile-thailand-count");
        Data.Figures.Counting("200000").Should().BeEmpty("a number is found as the article writes it, with its comma");
        Ids(Data.Figures.Counting("Wat Tham Krabok")).Should().Equal("hmong-seeking-asylum-wat-tham-krabok", "hmong-already-at-wat-tham-krabok");
    }

    [Fact]
    public void Suggestions_are_the_closest_few_closest_first()
    {
        Suggestions.DidYouMean("ab", ["abf", "abe", "abd", "abc", "xyz"]).Should().Be(" Did you mean 'abc', 'abd' or 'abe'?");
        Suggestions.DidYouMean("thai-militray", Data.Actors.Select(a => a.Id)).Should().Be(" Did you mean 'thai-military'?");
        Suggestions.Closest("HUMAN-RIGHTS-WATCH", ["human-rights-watch", "human-rights-advocates"]).Should().Equal("human-rights-watch");
        Suggestions.Closest("amnesty", Data.Actors.Select(a => a.Id)).Should().Equal("amnesty-international");
        Suggestions.Closest("nothing-like-it", Data.Actors.Select(a => a.Id)).Should().BeEmpty();
    }
}
