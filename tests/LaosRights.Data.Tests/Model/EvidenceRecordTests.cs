using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Model;

/// <summary>The members of <see cref="Evidence"/> on hand-made values; the shipped evidence is checked in Data/EvidenceTests.</summary>
public class EvidenceRecordTests
{
    private static readonly string[] Lead = ["Human rights in Laos"];
    private static readonly string[] Nested = ["Human rights in Laos", "Hmong conflict", "Refugees"];

    [Fact]
    public void Length_end_and_section_come_from_the_quote_and_path()
    {
        var e = new Evidence("Laos ratified the ICCPR.", 10, Nested);

        e.Quote.Should().Be("Laos ratified the ICCPR.");
        e.Start.Should().Be(10);
        e.Length.Should().Be(24);
        e.End.Should().Be(34);
        e.SectionPath.Should().Equal(Nested);
        e.Section.Should().Be("Refugees");
        new Evidence("x", 0, Lead).Section.Should().Be("Human rights in Laos");
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(11, true)]
    [InlineData(13, true)]
    [InlineData(14, false)]
    [InlineData(15, false)]
    public void Covers_the_positions_from_start_up_to_but_not_including_end(int position, bool covered)
    {
        new Evidence("abcd", 10, Lead).Covers(position).Should().Be(covered);
    }

    [Fact]
    public void A_one_character_quote_at_zero_covers_only_zero()
    {
        var e = new Evidence("a", 0, Lead);

        e.Covers(-1).Should().BeFalse();
        e.Covers(0).Should().BeTrue();
        e.Covers(1).Should().BeFalse();
        e.End.Should().Be(1);
    }

    [Fact]
    public void The_constructor_checks_its_arguments()
    {
        FluentActions.Invoking(() => new Evidence(null!, 0, Lead)).Should().Throw<ArgumentNullException>().WithParameterName("quote");
        FluentActions.Invoking(() => new Evidence("", 0, Lead)).Should().Throw<ArgumentException>().WithParameterName("quote");
        FluentActions.Invoking(() => new Evidence("q", -1, Lead)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("start");
        FluentActions.Invoking(() => new Evidence("q", 0, null!)).Should().Throw<ArgumentNullException>().WithParameterName("sectionPath");
        new Evidence("q", 0, Lead).Start.Should().Be(0, "zero is a valid start");
    }

    [Fact]
    public void Equal_when_quote_start_and_section_path_are_equal()
    {
        var e = new Evidence("quote", 5, Nested);

        e.Equals(new Evidence("quote", 5, [.. Nested])).Should().BeTrue("the section path is compared by its items");
        e.GetHashCode().Should().Be(new Evidence("quote", 5, [.. Nested]).GetHashCode());
        e.Equals(new Evidence("quote", 6, Nested)).Should().BeFalse();
        e.Equals(new Evidence("quote!", 5, Nested)).Should().BeFalse();
        e.Equals(new Evidence("quote", 5, Lead)).Should().BeFalse();
        ((object)e).Equals(new Evidence("quote", 5, Nested)).Should().BeTrue();
        (e == new Evidence("quote", 5, [.. Nested])).Should().BeTrue();
        (e != new Evidence("quote", 6, Nested)).Should().BeTrue();
        new Evidence("quote", 5, Nested).Equals((Evidence?)null).Should().BeFalse();
        ((object)new Evidence("quote", 5, Nested)).Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_gives_start_length_and_quote()
    {
        new Evidence("On 25 September 2009, Laos ratified", 1978, Lead).ToString().Should().Be("[1978+35] \"On 25 September 2009, Laos ratified\"");
    }
}
