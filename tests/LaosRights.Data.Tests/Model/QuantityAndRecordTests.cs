using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Model;

/// <summary>What a <see cref="Quantity"/>'s bound says about its range, and where a record first appears.</summary>
public class QuantityAndRecordTests
{
    [Theory]
    [InlineData(QuantityBound.Exact, 30L, null, 30L, 30L)]
    [InlineData(QuantityBound.AtLeast, 30L, null, 30L, null)]
    [InlineData(QuantityBound.MoreThan, 30L, null, null, null)]
    [InlineData(QuantityBound.AtMost, 30L, null, null, 30L)]
    [InlineData(QuantityBound.Approximate, 30L, null, null, null)]
    [InlineData(QuantityBound.Between, 30L, 40L, 30L, 40L)]
    [InlineData(QuantityBound.Unquantified, null, null, null, null)]
    public void The_bound_decides_the_smallest_and_largest_amount(QuantityBound bound, long? value, long? upper, long? minimum, long? maximum)
    {
        var quantity = new Quantity { Bound = bound, Value = value, UpperValue = upper, Unit = QuantityUnit.People, Wording = "some" };

        quantity.Minimum.Should().Be(minimum);
        quantity.Maximum.Should().Be(maximum);
        quantity.IsExact.Should().Be(bound == QuantityBound.Exact);
        quantity.ToString().Should().Be("some");
    }

    [Fact]
    public void A_record_is_placed_by_its_earliest_quote_whatever_the_order_of_its_evidence()
    {
        var actor = new Actor
        {
            Id = "a",
            Name = "A",
            Kind = ActorKind.Government,
            Evidence = [new Evidence("later", 500, ["Tiny"]), new Evidence("first", 20, ["Tiny"]), new Evidence("middle", 100, ["Tiny"])],
        };

        actor.NarrativePosition.Should().Be(20);
        (actor with { Evidence = [] }).NarrativePosition.Should().Be(int.MaxValue);
        LaosRightsDataset.Default.Actors.Should().Contain(a => a.Evidence.Count > 1 && a.NarrativePosition == a.Evidence.Min(e => e.Start) && a.NarrativePosition != a.Evidence[a.Evidence.Count - 1].Start);
    }
}
