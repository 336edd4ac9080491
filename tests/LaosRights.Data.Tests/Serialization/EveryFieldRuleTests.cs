using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// The loader's rules applied to every field they cover, not one example each (<see cref="ValidationRuleTests"/>):
/// every reference to a missing record or to a record of the wrong kind, every required text, vocabulary value, list
/// item and date, and a duplicate id in every collection — each reported at its exact path.
/// </summary>
public class EveryFieldRuleTests
{
    private const string Missing = "no-such-record";

    private static readonly string Shipped = System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName));

    /// <summary>Every reference of the format: collection, property, the kind it must name, and how it holds ids.</summary>
    private static readonly (string Collection, string Property, string Kind, Holds Holds)[] References =
    [
        ("actors", "countryId", "places", Holds.One),
        ("actors", "parentId", "actors", Holds.One),
        ("places", "parentId", "places", Holds.One),
        ("sources", "authorIds", "actors", Holds.List),
        ("sources", "publisherId", "actors", Holds.One),
        ("sources", "recipientId", "actors", Holds.One),
        ("events", "claimantIds", "actors", Holds.List),
        ("events", "sourceIds", "sources", Holds.List),
        ("events", "actors", "actors", Holds.ActorItem),
        ("events", "placeIds", "places", Holds.List),
        ("events", "related", "events", Holds.RelationItem),
        ("cases", "eventIds", "events", Holds.List),
        ("cases", "subjectIds", "actors", Holds.List),
        ("figures", "eventId", "events", Holds.One),
        ("figures", "claimantIds", "actors", Holds.List),
        ("scores", "subjectId", "places", Holds.One),
        ("scores", "publisherId", "actors", Holds.One),
        ("rankings", "subjectId", "places", Holds.One),
        ("rankings", "publisherId", "actors", Holds.One),
        ("claims", "claimantIds", "actors", Holds.List),
        ("claims", "subjectIds", "actors", Holds.List),
        ("claims", "sourceIds", "sources", Holds.List),
        ("claims", "respondsToId", "claims", Holds.One),
        ("claims", "eventIds", "events", Holds.List),
        ("quotations", "speakerId", "actors", Holds.One),
        ("quotations", "sourceId", "sources", Holds.One),
        ("quotations", "subjectIds", "actors", Holds.List),
        ("quotations", "eventId", "events", Holds.One),
    ];

    private enum Holds
    {
        One,
        List,
        ActorItem,
        RelationItem,
    }

    public static TheoryData<string, string> ReferenceFields() => [.. References.Select(r => (r.Collection, r.Property))];

    [Theory]
    [MemberData(nameof(ReferenceFields))]
    public void A_reference_to_a_missing_record_is_reported_at_its_field(string collection, string property)
    {
        var (document, id) = WithReference(collection, property, Missing);

        ProblemsOf(document).Should().Contain(new DatasetProblem($"{collection} '{id}'.{property}", $"refers to '{Missing}', which is not in the dataset."));
    }

    [Theory]
    [MemberData(nameof(ReferenceFields))]
    public void A_reference_to_a_record_of_another_kind_is_reported_with_both_kinds(string collection, string property)
    {
        var kind = References.Single(r => r.Collection == collection && r.Property == property).Kind;
        var (other, otherKind) = kind == "places" ? ("amnesty-international", "actors") : ("laos", "places");
        var (document, id) = WithReference(collection, property, other);

        ProblemsOf(document).Should().Contain(new DatasetProblem($"{collection} '{id}'.{property}", $"refers to '{other}', which is in {otherKind}, not {kind}."));
    }

    [Theory]
    [InlineData("actors", "name")]
    [InlineData("places", "name")]
    [InlineData("sources", "title")]
    [InlineData("events", "summary")]
    [InlineData("cases", "title")]
    [InlineData("figures", "counted")]
    [InlineData("figures", "wording")]
    [InlineData("scores", "indicator")]
    [InlineData("scores", "subjectId")]
    [InlineData("rankings", "indicator")]
    [InlineData("rankings", "subjectId")]
    [InlineData("claims", "statement")]
    [InlineData("quotations", "text")]
    [InlineData("quotations", "speakerId")]
    public void A_missing_required_text_is_reported_at_its_field(string collection, string property)
    {
        var document = Parse();
        var record = First(document, collection);
        record.Remove(property);

        ProblemsOf(document).Should().Contain(new DatasetProblem($"{collection}[0] '{record["id"]}'.{property}", "required."));
    }

    [Theory]
    [InlineData("actors", "kind", "government, government-agency")]
    [InlineData("places", "kind", "country")]
    [InlineData("sources", "kind", "constitution")]
    [InlineData("events", "standing", "stated")]
    [InlineData("figures", "bound", "exact")]
    [InlineData("figures", "unit", "people")]
    [InlineData("figures", "standing", "stated")]
    [InlineData("rankings", "direction", "best, worst")]
    [InlineData("claims", "standing", "stated")]
    public void An_unknown_vocabulary_value_is_reported_with_the_values_allowed(string collection, string property, string allowed)
    {
        var document = Parse();
        var record = First(document, collection);
        record[property] = "no-such-value";

        ProblemsOf(document).Should().Contain(p =>
            p.Path == $"{collection}[0] '{record["id"]}'.{property}" &&
            p.Message.StartsWith("'no-such-value' is not one of: ", StringComparison.Ordinal) &&
            p.Message.Contains(allowed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("events")]
    [InlineData("cases")]
    [InlineData("claims")]
    public void An_unknown_topic_is_reported_at_its_item(string collection)
    {
        var document = Parse();
        var record = First(document, collection);
        record["topics"] = new JsonArray("freedom-of-expression", "no-such-topic");

        ProblemsOf(document).Should().Contain(p =>
            p.Path == $"{collection}[0] '{record["id"]}'.topics[1]" && p.Message.StartsWith("'no-such-topic' is not one of: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("actors", "otherNames")]
    [InlineData("places", "otherNames")]
    [InlineData("sources", "authorIds")]
    [InlineData("events", "claimantIds")]
    [InlineData("events", "sourceIds")]
    [InlineData("events", "placeIds")]
    [InlineData("cases", "eventIds")]
    [InlineData("cases", "subjectIds")]
    [InlineData("figures", "claimantIds")]
    [InlineData("claims", "claimantIds")]
    [InlineData("claims", "subjectIds")]
    [InlineData("claims", "sourceIds")]
    [InlineData("claims", "eventIds")]
    [InlineData("quotations", "subjectIds")]
    public void A_blank_list_item_is_reported_at_its_index(string collection, string property)
    {
        var document = Parse();
        var record = First(document, collection);
        record[property] = new JsonArray(" ");

        ProblemsOf(document).Should().Contain(new DatasetProblem($"{collection}[0] '{record["id"]}'.{property}[0]", "cannot be null, empty or white space."));
    }

    [Theory]
    [InlineData("sources", "date")]
    [InlineData("events", "date")]
    [InlineData("figures", "date")]
    [InlineData("claims", "date")]
    [InlineData("quotations", "date")]
    [InlineData("scores", "edition")]
    [InlineData("rankings", "edition")]
    public void An_impossible_date_is_reported_at_its_field(string collection, string property)
    {
        var document = Parse();
        var record = First(document, collection);
        record[property] = "2009-13";

        ProblemsOf(document).Should().Contain(p => p.Path == $"{collection}[0] '{record["id"]}'.{property}" && p.Message.Contains("2009-13", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("actors", "places", "actors")]
    [InlineData("places", "places", "places")]
    [InlineData("sources", "sources", "places")]
    [InlineData("events", "events", "places")]
    [InlineData("cases", "cases", "places")]
    [InlineData("figures", "figures", "places")]
    [InlineData("scores", "scores", "places")]
    [InlineData("rankings", "rankings", "places")]
    [InlineData("claims", "claims", "places")]
    [InlineData("quotations", "quotations", "places")]
    public void A_duplicate_id_is_reported_in_every_collection(string collection, string reportedIn, string firstIn)
    {
        // 'laos' is the first place's id; collections are registered in file order, so the later one is reported.
        var document = Parse();
        First(document, collection, index: collection == "places" ? 1 : 0)["id"] = "laos";

        ProblemsOf(document).Should().Contain(new DatasetProblem($"{reportedIn} 'laos'", $"duplicate id (already used by a record in {firstIn})."));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("license")]
    [InlineData("licenseUrl")]
    [InlineData("attribution")]
    [InlineData("sourceUrl")]
    [InlineData("sha256")]
    public void A_missing_article_field_is_reported_at_its_field(string property)
    {
        var document = Parse();
        document["article"]!.AsObject().Remove(property);

        ProblemsOf(document).Should().Contain(new DatasetProblem($"article.{property}", "required."));
    }

    [Theory]
    [InlineData("licenseUrl")]
    [InlineData("sourceUrl")]
    public void A_relative_article_url_is_reported_at_its_field(string property)
    {
        var document = Parse();
        document["article"]![property] = "wiki/Laos";

        ProblemsOf(document).Should().Contain(new DatasetProblem($"article.{property}", "'wiki/Laos' is not an absolute http or https URL."));
    }

    private static readonly Dictionary<string, Action<JsonObject>> EdgesThatAreValid = new()
    {
        ["a 'between' figure whose upper value equals its value"] = d => { Figure(d)["bound"] = "between"; Figure(d)["upperValue"] = Figure(d)["value"]!.GetValue<long>(); },
        ["a figure of zero"] = d => Figure(d)["value"] = 0,
        ["a score equal to its scale"] = d => First(d, "scores")["value"] = First(d, "scores")["scale"]!.GetValue<decimal>(),
        ["a score of zero"] = d => First(d, "scores")["value"] = 0,
        ["rank 1"] = d => First(d, "rankings")["position"] = 1,
        ["a one-character subdivision code"] = d => First(d, "places", 6)["iso3166"] = "LA-1",
        ["a three-character subdivision code"] = d => First(d, "places", 6)["iso3166"] = "LA-X9Z",
    };

    public static TheoryData<string> ValidEdges() => [.. EdgesThatAreValid.Keys];

    [Theory]
    [MemberData(nameof(ValidEdges))]
    public void Values_at_the_edge_of_a_rule_are_accepted(string edge)
    {
        var document = Parse();
        EdgesThatAreValid[edge](document);

        var act = () => LaosRightsDataset.Parse(document.ToJsonString());

        act.Should().NotThrow();
    }

    private static readonly Dictionary<string, (Action<JsonObject> Edit, string Path, string Message)> EdgesThatAreNot = new()
    {
        ["a four-character subdivision code"] = (d => First(d, "places", 6)["iso3166"] = "LA-XIXI", "places[6] 'xiangkhouang-province'.iso3166", "'LA-XIXI' is not an ISO 3166-1"),
        ["a subdivision code with nothing after the hyphen"] = (d => First(d, "places", 6)["iso3166"] = "LA-", "places[6] 'xiangkhouang-province'.iso3166", "'LA-' is not an ISO 3166-1"),
        ["a country code with a lower-case second letter"] = (d => First(d, "places")["iso3166"] = "La", "places[0] 'laos'.iso3166", "'La' is not an ISO 3166-1"),
        ["a one-letter country code"] = (d => First(d, "places")["iso3166"] = "L", "places[0] 'laos'.iso3166", "'L' is not an ISO 3166-1"),
        ["an id starting with a hyphen"] = (d => First(d, "events")["id"] = "-e", "events[0].id", "'-e' is not kebab-case"),
        ["an id ending with a hyphen"] = (d => First(d, "events")["id"] = "e-", "events[0].id", "'e-' is not kebab-case"),
        ["a score without a value"] = (d => First(d, "scores").Remove("value"), "scores[0] 'religious-freedom-score-2023'.value", "a score needs a value between 0 and a positive scale (value , scale 4)."),
        ["a score without a scale"] = (d => First(d, "scores").Remove("scale"), "scores[0] 'religious-freedom-score-2023'.value", "a score needs a value between 0 and a positive scale (value 1, scale )."),
        ["a figure below zero by one"] = (d => Figure(d)["value"] = -1, "figures[0] 'iccpr-signing-to-ratification-years'.value", "cannot be negative."),
    };

    public static TheoryData<string> InvalidEdges() => [.. EdgesThatAreNot.Keys];

    [Theory]
    [MemberData(nameof(InvalidEdges))]
    public void Values_just_past_the_edge_of_a_rule_are_rejected(string edge)
    {
        var (edit, path, message) = EdgesThatAreNot[edge];
        var document = Parse();
        edit(document);

        ProblemsOf(document).Should().Contain(p => p.Path == path && p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("e", true)]
    [InlineData("e2", true)]
    [InlineData("iccpr-ratification-2009", true)]
    [InlineData("", false)]
    [InlineData("-e", false)]
    [InlineData("e-", false)]
    [InlineData("-", false)]
    [InlineData("a--b", false)]
    [InlineData("a_b", false)]
    [InlineData("A", false)]
    public void Ids_are_kebab_case_exactly(string id, bool expected) => DatasetMapper.IsKebabCase(id).Should().Be(expected);

    private static JsonObject Figure(JsonObject document) => First(document, "figures");

    private static (JsonObject Document, string Id) WithReference(string collection, string property, string value)
    {
        var document = Parse();
        var holds = References.Single(r => r.Collection == collection && r.Property == property).Holds;
        var record = holds switch
        {
            Holds.ActorItem or Holds.RelationItem => document[collection]!.AsArray().First(r => r![property] is JsonArray { Count: > 0 })!.AsObject(),
            _ => First(document, collection),
        };
        switch (holds)
        {
            case Holds.One:
                record[property] = value;
                break;
            case Holds.List:
                record[property] = new JsonArray(value);
                break;
            case Holds.ActorItem:
                record[property]![0]!["actorId"] = value;
                break;
            case Holds.RelationItem:
                record[property]![0]!["eventId"] = value;
                break;
        }

        return (document, (string)record["id"]!);
    }

    private static JsonObject Parse() => JsonNode.Parse(Shipped)!.AsObject();

    private static JsonObject First(JsonObject document, string collection, int index = 0) => document[collection]![index]!.AsObject();

    private static IReadOnlyList<DatasetProblem> ProblemsOf(JsonObject document) =>
        FluentActions.Invoking(() => LaosRightsDataset.Parse(document.ToJsonString()))
            .Should().Throw<DatasetValidationException>().Which.Problems;
}
