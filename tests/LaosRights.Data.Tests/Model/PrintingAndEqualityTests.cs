using System.Collections;
using System.Diagnostics;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Model;

/// <summary>Issue 13, items 3 and 4: records print one readable line and compare by value, lists included.</summary>
public class PrintingAndEqualityTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    [Fact]
    public void A_record_prints_kind_id_date_standing_and_summary_on_one_line()
    {
        Data.Events["iccpr-ratification-2009"].ToString().Should()
            .Be("Event iccpr-ratification-2009, 25 September 2009: " + Data.Events["iccpr-ratification-2009"].Summary);
        Data.Events["hmong-present-in-thailand-since-19th-century"].ToString().Should()
            .StartWith("Event hmong-present-in-thailand-since-19th-century, since the 19th century");
        Data.Claims["genocide-accusation"].ToString().Should().StartWith("Claim genocide-accusation, alleged: ");
        Data.Figures["hmong-exile-thailand-count"].ToString().Should().Contain(": As many as 200,000 (at most): ");
        Data.Actors["amnesty-international"].ToString().Should().Be("Actor amnesty-international: Amnesty International (non-governmental organization)");
        Data.Scores["religious-freedom-score-2023"].ToString().Should().StartWith("Score religious-freedom-score-2023, 2023: 1 out of 4 for ");
    }

    [Fact]
    public void No_public_output_of_any_record_shows_an_internal_type_name_or_a_line_break()
    {
        Data.AllRecords.Should().NotBeEmpty();
        foreach (var record in Data.AllRecords)
        {
            var line = record.ToString();
            line.Should().StartWith($"{record.GetType().Name} {record.Id}").And.NotContain("\n").And.NotContain("LaosRights.Data.").And.NotContain("`");
            if (record is Event { Date: { } date })
            {
                line.Should().Contain(date.ToDisplayString());
            }

            foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var value = property.GetValue(record);
                var text = value?.ToString() ?? "";
                text.Should().NotContain("LaosRights.Data.", $"{record.Id}.{property.Name}").And.NotContain("`1").And.NotContain("System.Collections");
                if (value is IEnumerable items and not string)
                {
                    foreach (var item in items)
                    {
                        item.ToString().Should().NotContain("LaosRights.Data.", $"{record.Id}.{property.Name}");
                    }
                }
            }
        }

        Data.Events.ToString().Should().Be($"{Data.Events.Count} Event records");
        Data.Events["iccpr-ratification-2009"].Topics.ToString().Should().StartWith("[").And.NotContain("LaosRights");
    }

    [Fact]
    public void The_dataset_prints_the_count_of_every_kind()
    {
        var text = Data.ToString();
        text.Should().StartWith($"LaosRights.Data {Data.DataVersion}: ").And.NotContain("\n");
        foreach (var (count, kind) in new[]
        {
            (Data.Events.Count, "event"), (Data.Cases.Count, "case"), (Data.Figures.Count, "figure"), (Data.Scores.Count, "score"),
            (Data.Rankings.Count, "ranking"), (Data.Claims.Count, "claim"), (Data.Quotations.Count, "quotation"),
            (Data.Actors.Count, "actor"), (Data.Places.Count, "place"), (Data.Sources.Count, "source"),
        })
        {
            count.Should().BePositive();
            text.Should().Contain($" {count} {kind}{(count == 1 ? "" : "s")}");
        }
    }

    [Fact]
    public void Records_collections_and_the_dataset_carry_DebuggerDisplay()
    {
        Type[] types =
        [
            typeof(DatasetRecord), typeof(Actor), typeof(Place), typeof(Source), typeof(Event), typeof(Case), typeof(Figure),
            typeof(Score), typeof(Ranking), typeof(Claim), typeof(Quotation), typeof(Quantity), typeof(RecordCollection<>),
            typeof(LaosRightsDataset), typeof(PartialDate), typeof(PartialDateInterval),
            typeof(LaosRightsDataset).Assembly.GetType("LaosRights.Data.ReadOnlyArray`1", throwOnError: true)!,
        ];
        foreach (var type in types)
        {
            type.GetCustomAttributes<DebuggerDisplayAttribute>(inherit: true).Should().ContainSingle(type.Name)
                .Which.Value.Should().MatchRegex("ToString\\(\\)|Count");
        }
    }

    public static TheoryData<string> Kinds => new() { "actors", "places", "sources", "events", "cases", "figures", "scores", "rankings", "claims", "quotations" };

    private static readonly byte[] Bytes = ReadEmbedded();

    private static byte[] ReadEmbedded()
    {
        using var stream = typeof(LaosRightsDataset).Assembly.GetManifestResourceStream("LaosRights.Data.dataset.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IReadOnlyList<DatasetRecord> RecordsOf(LaosRightsDataset data, string kind) => kind switch
    {
        "actors" => data.Actors,
        "places" => data.Places,
        "sources" => data.Sources,
        "events" => data.Events,
        "cases" => data.Cases,
        "figures" => data.Figures,
        "scores" => data.Scores,
        "rankings" => data.Rankings,
        "claims" => data.Claims,
        "quotations" => data.Quotations,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Records_read_twice_from_the_same_bytes_are_equal_with_equal_hash_codes(string kind)
    {
        var first = RecordsOf(LaosRightsDataset.Parse(Bytes), kind);
        var second = RecordsOf(LaosRightsDataset.Parse(Bytes), kind);
        first.Should().NotBeEmpty().And.HaveCount(second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            ReferenceEquals(first[i], second[i]).Should().BeFalse();
            first[i].Should().Be(second[i]);
            (first[i] == second[i]).Should().BeTrue();
            first[i].GetHashCode().Should().Be(second[i].GetHashCode(), first[i].Id);
        }

        first.Except(second).Should().BeEmpty();
        first.Concat(second).Distinct().Should().HaveCount(first.Count);
        new HashSet<DatasetRecord>(first).IsSupersetOf(second).Should().BeTrue();
        second.Should().Contain(first[0]);
    }

    [Fact]
    public void Records_differing_in_one_list_item_differ_and_a_callers_list_is_copied()
    {
        var e = Data.Events["iccpr-ratification-2009"];
        (e with { Topics = [.. e.Topics] }).Should().Be(e);
        (e with { Topics = [.. e.Topics, Topic.Genocide] }).Should().NotBe(e);
        (e with { PlaceIds = [.. e.PlaceIds, "x"] }).Should().NotBe(e);

        var topics = new List<Topic> { Topic.Detention };
        var made = e with { Topics = topics };
        topics.Add(Topic.Genocide);
        made.Topics.Should().Equal(Topic.Detention);
        made.Topics.Should().BeAssignableTo<IReadOnlyList<Topic>>().And.NotBeAssignableTo<List<Topic>>();
        ((Action)(() => _ = e with { Topics = null! })).Should().Throw<ArgumentNullException>();
    }
}
