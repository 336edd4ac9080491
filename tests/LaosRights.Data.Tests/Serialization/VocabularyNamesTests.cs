using System.Text.RegularExpressions;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>The vocabulary tables are written out by hand; these tests hold them to the enums they name.</summary>
public partial class VocabularyNamesTests
{
    [Fact]
    public void Every_table_has_one_kebab_case_name_per_member_in_declaration_order()
    {
        Check<Standing>(10);
        Check<ActorKind>(12);
        Check<PlaceKind>(8);
        Check<SourceKind>(9);
        Check<ActorRole>(12);
        Check<EventRelationKind>(2);
        Check<QuantityBound>(7);
        Check<QuantityUnit>(2);
        Check<RankDirection>(2);
        Check<Topic>(25);
        Check<DatePrecision>(5);
        Check<DateMeaning>(9);

        static void Check<TEnum>(int expectedCount)
            where TEnum : struct, Enum
        {
            var members = Enum.GetNames<TEnum>();
            members.Should().HaveCount(expectedCount, typeof(TEnum).Name);
            Enum.GetValues<TEnum>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture))
                .Should().Equal(Enumerable.Range(0, expectedCount), "a name's index in its table is its value");
            VocabularyNames.AllNames<TEnum>().Should().Equal(members.Select(Kebab), typeof(TEnum).Name);
            foreach (var value in Enum.GetValues<TEnum>())
            {
                var name = VocabularyNames.ToName(value);
                name.Should().Be(Kebab(value.ToString()));
                VocabularyNames.TryParse<TEnum>(name, out var parsed).Should().BeTrue(name);
                parsed.Should().Be(value);
            }
        }
    }

    [Fact]
    public void Every_public_enum_the_data_format_uses_has_a_table()
    {
        // The enums that only the query API uses (not the data files or the export) are listed here; any other public enum needs a table.
        Type[] notInTheFormat = [typeof(QuantityKind), typeof(DateMatch), typeof(ChronologyPlacement), typeof(ChronologyRecordKind), typeof(ChronologyBoundSide)];
        var vocabularies = typeof(LaosRightsDataset).Assembly.GetExportedTypes().Where(t => t.IsEnum).Except(notInTheFormat).ToArray();

        vocabularies.Should().HaveCount(12);
        foreach (var type in vocabularies)
        {
            var allNames = typeof(VocabularyNames).GetMethod(nameof(VocabularyNames.AllNames))!.MakeGenericMethod(type);
            ((IReadOnlyList<string>)allNames.Invoke(null, null)!).Should().HaveCount(Enum.GetNames(type).Length, type.Name);
        }
    }

    [Fact]
    public void Parsing_is_exact_and_unknown_values_have_no_name()
    {
        VocabularyNames.TryParse<Standing>("concern-raised", out var standing).Should().BeTrue();
        standing.Should().Be(Standing.ConcernRaised);
        VocabularyNames.TryParse<Standing>("Concern-Raised", out _).Should().BeFalse("names are matched ordinally");
        VocabularyNames.TryParse<Standing>("ConcernRaised", out _).Should().BeFalse();
        VocabularyNames.TryParse<Standing>(" concern-raised", out _).Should().BeFalse();
        VocabularyNames.TryParse<Standing>("", out _).Should().BeFalse();
        VocabularyNames.TryParse<Standing>(null, out var none).Should().BeFalse();
        none.Should().Be(default(Standing));

        FluentActions.Invoking(() => VocabularyNames.ToName((Standing)10)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value").WithMessage("Not a defined Standing value.*");
        FluentActions.Invoking(() => VocabularyNames.ToName((Topic)(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static string Kebab(string pascal) => UpperAfterFirst().Replace(pascal, "-$0").ToLowerInvariant();

    [GeneratedRegex("(?<!^)[A-Z]")]
    private static partial Regex UpperAfterFirst();
}
