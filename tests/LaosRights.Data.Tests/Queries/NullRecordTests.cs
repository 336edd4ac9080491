using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Queries;

public class NullRecordTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;
    private static readonly Event[] EventsWithNull = [Data.Events[0], null!];
    private static readonly Claim[] ClaimsWithNull = [Data.Claims[0], null!];
    private static readonly Figure[] FiguresWithNull = [Data.Figures[0], null!];

    public static TheoryData<string> Queries() =>
    [
        "InYear", "InChronologicalOrder", "Involving", "ClaimedBy", "About", "WithTopic", "WithStanding", "WithIccprArticle",
        "InSection", "LocatedIn", "Counting", "OfKind", "WithBound", "InUnit", "WithoutNamedClaimant",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_null_record_in_the_source_is_an_argument_error_not_a_null_reference(string query)
    {
        Func<object> act = query switch
        {
            "InYear" => () => EventsWithNull.InYear(2009).ToList(),
            "InChronologicalOrder" => () => EventsWithNull.InChronologicalOrder().ToList(),
            "Involving" => () => EventsWithNull.Involving("hmong").ToList(),
            "ClaimedBy" => () => ClaimsWithNull.ClaimedBy("bbc").ToList(),
            "About" => () => ClaimsWithNull.About("hmong").ToList(),
            "WithTopic" => () => EventsWithNull.WithTopic(Topic.Detention).ToList(),
            "WithStanding" => () => ClaimsWithNull.WithStanding(Standing.Alleged).ToList(),
            "WithIccprArticle" => () => EventsWithNull.WithIccprArticle(9).ToList(),
            "InSection" => () => EventsWithNull.InSection("Individual cases").ToList(),
            "LocatedIn" => () => EventsWithNull.LocatedIn(Data, "TH").ToList(),
            "Counting" => () => FiguresWithNull.Counting("Hmong").ToList(),
            "OfKind" => () => FiguresWithNull.OfKind(QuantityKind.Estimate).ToList(),
            "WithBound" => () => FiguresWithNull.WithBound(QuantityBound.Exact).ToList(),
            "InUnit" => () => FiguresWithNull.InUnit(QuantityUnit.People).ToList(),
            _ => () => ClaimsWithNull.WithoutNamedClaimant().ToList(),
        };
        act.Should().Throw<ArgumentException>().WithMessage("The sequence contains a null record.*").Which.ParamName.Should().Be("source");
    }
}
