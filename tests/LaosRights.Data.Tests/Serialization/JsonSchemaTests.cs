using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;
using static LaosRights.Data.Tests.Serialization.JsonTestSupport;

namespace LaosRights.Data.Tests.Serialization;

public class JsonSchemaTests
{
    [Fact]
    public void The_shipped_data_file_is_valid_against_the_schema()
    {
        var results = Validate(ShippedJson);

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void A_written_subset_is_valid_against_the_schema()
    {
        var subset = Whole.Subset(Whole.Events.Where(e => e.Date is { } d && d.Earliest?.Year >= 2000));
        var results = Validate(ToJson(subset));

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Theory]
    [InlineData("unknown property", "$.events[0].colour", "\"red\"")]
    [InlineData("id not kebab-case", "$.events[0].id", "\"Not_Kebab\"")]
    [InlineData("unknown standing", "$.events[0].standing", "\"proven\"")]
    [InlineData("unknown topic", "$.claims[0].topics[0]", "\"happiness\"")]
    [InlineData("date not EDTF", "$.events[0].date", "\"25 September 2009\"")]
    [InlineData("month 13", "$.events[0].date", "\"2009-13\"")]
    [InlineData("both ends open", "$.events[0].date", "\"../..\"")]
    [InlineData("negative start", "$.actors[0].evidence[0].start", "-1")]
    [InlineData("unsupported schema version", "$.schemaVersion", "2")]
    [InlineData("bad sha256", "$.article.sha256", "\"ABC\"")]
    [InlineData("null instead of absent", "$.events[0].dateDerivation", "null")]
    [InlineData("unquantified figure with a value", "$.figures[?bound=unquantified].value", "5")]
    [InlineData("between without upper value", "$.figures[0].bound", "\"between\"")]
    [InlineData("no evidence", "$.places[0].evidence", "[]")]
    [InlineData("relative url", "$.article.licenseUrl", "\"wiki/Laos\"")]
    [InlineData("ftp url", "$.article.sourceUrl", "\"ftp://example.org/laos\"")]
    [InlineData("space in url", "$.article.sourceUrl", "\"https://en.wikipedia.org/wiki/Human rights\"")]
    public void The_schema_rejects_an_invalid_document(string because, string path, string json)
    {
        var document = JsonNode.Parse(ShippedJson)!;
        Set(document, path, JsonNode.Parse(json));

        var results = Validate(Encoding.UTF8.GetBytes(document.ToJsonString()));

        results.IsValid.Should().BeFalse(because);
    }

    [Theory]
    [InlineData("$.events[0].summary", "\"Another neutral summary\"")]
    [InlineData("$.events[0].date", "\"2009-09-25/..\"")]
    [InlineData("$.figures[?bound=unquantified].bound", "\"unquantified\"")]
    [InlineData("$.article.sourceUrl", "\"http://example.org/a/b?c=d&e=%C3%A9#f\"")]
    public void The_schema_accepts_a_valid_change(string path, string json)
    {
        // The control for the negative cases above: the editing helper itself does not make documents invalid.
        var document = JsonNode.Parse(ShippedJson)!;
        Set(document, path, JsonNode.Parse(json));

        var results = Validate(Encoding.UTF8.GetBytes(document.ToJsonString()));

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void The_schema_rejects_a_document_without_a_required_list()
    {
        var document = JsonNode.Parse(ShippedJson)!.AsObject();
        document.Remove("quotations");

        Validate(Encoding.UTF8.GetBytes(document.ToJsonString())).IsValid.Should().BeFalse();
    }

    [Fact]
    public void The_schema_vocabularies_are_the_enums_of_the_model()
    {
        var defs = JsonNode.Parse(DatasetJson.Schema)!["$defs"]!;
        static string[] Names<T>()
            where T : struct, Enum => [.. System.Enum.GetValues<T>().Select(VocabularyNames.ToName)];
        string[] Vocabulary(string name) => [.. defs[name]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())];

        Vocabulary("standing").Should().Equal(Names<Standing>());
        Vocabulary("actorKind").Should().Equal(Names<ActorKind>());
        Vocabulary("placeKind").Should().Equal(Names<PlaceKind>());
        Vocabulary("sourceKind").Should().Equal(Names<SourceKind>());
        Vocabulary("actorRole").Should().Equal(Names<ActorRole>());
        Vocabulary("eventRelation").Should().Equal(Names<EventRelationKind>());
        Vocabulary("quantityBound").Should().Equal(Names<QuantityBound>());
        Vocabulary("quantityUnit").Should().Equal(Names<QuantityUnit>());
        Vocabulary("rankDirection").Should().Equal(Names<RankDirection>());
        Vocabulary("topic").Should().Equal(Names<Topic>());
        Vocabulary("dateMeaning").Should().Equal(Names<DateMeaning>());
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_embedded_as_in_the_repository()
    {
        var schema = JsonNode.Parse(DatasetJson.Schema)!;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        typeof(DatasetJson).Assembly.GetManifestResourceNames().Should().Contain("LaosRights.Data.dataset.schema.json");
    }

    [Fact]
    public void The_schema_accepts_every_date_form_the_model_writes()
    {
        var schema = JsonNode.Parse(DatasetJson.Schema)!;
        var interval = new System.Text.RegularExpressions.Regex(schema["$defs"]!["edtfInterval"]!["pattern"]!.GetValue<string>());
        foreach (var text in new[] { "2009-09-25", "1999-10", "1990", "199X", "18XX", "2004/2005", "1989/..", "../2009-10", "18XX/..", "2009~", "2009?", "2009-10%", "0042" })
        {
            interval.IsMatch(PartialDateInterval.Parse(text).ToString()).Should().BeTrue(text);
        }

        foreach (var text in new[] { "2009-1", "09", "2009/", "../..", "2009-00", "1X9X", "2009-09-32" })
        {
            interval.IsMatch(text).Should().BeFalse(text);
        }
    }

    private static void Set(JsonNode document, string path, JsonNode? value)
    {
        // A tiny path language for the tests: $.a[0].b, and [?bound=unquantified] to pick the first matching element.
        var parts = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = document;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = Step(node, parts[i]);
        }

        var last = parts[^1];
        if (last.StartsWith('['))
        {
            node.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }

        static JsonNode Step(JsonNode node, string part)
        {
            if (part.StartsWith("[?", StringComparison.Ordinal))
            {
                var (key, wanted) = (part[2..^1].Split('=')[0], part[2..^1].Split('=')[1]);
                return node.AsArray().First(n => n![key]?.GetValue<string>() == wanted)!;
            }

            return part.StartsWith('[')
                ? node.AsArray()[int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture)]!
                : node[part]!;
        }
    }
}
