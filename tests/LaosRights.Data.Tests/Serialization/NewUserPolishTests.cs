using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>What a .NET developer trying the library from the README ran into: the dataset through System.Text.Json,
/// unknown ids, record-level reading rules, the loader's JSON messages, printing, vocabulary names, Article equality.</summary>
public class NewUserPolishTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    private static readonly JsonSerializerOptions CanonicalLayout = new() { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // ---- 1. the dataset through System.Text.Json ------------------------------------------------------------

    [Fact]
    public void Serializing_the_dataset_with_default_options_writes_the_canonical_dataset_json()
    {
        var json = JsonSerializer.Serialize(Data);

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonTestSupport.ShippedJson)).Should().BeTrue();
        json.Should().NotContain("\"Actors\"").And.NotContain("AllRecords");
    }

    [Fact]
    public void Serializing_the_dataset_with_the_canonical_layout_gives_the_same_bytes_as_DatasetJson_Write()
    {
        var json = JsonSerializer.Serialize(Data, CanonicalLayout) + "\n";

        json.Should().Be(Encoding.UTF8.GetString(JsonTestSupport.ToJson(Data)));
    }

    [Fact]
    public void The_dataset_round_trips_through_default_options_and_through_the_source_generated_context()
    {
        var viaDefault = JsonSerializer.Deserialize<LaosRightsDataset>(JsonSerializer.Serialize(Data))!;
        var viaContext = JsonSerializer.Deserialize(JsonSerializer.Serialize(Data, LaosRightsJsonContext.Default.LaosRightsDataset), LaosRightsJsonContext.Default.LaosRightsDataset)!;

        foreach (var read in new[] { viaDefault, viaContext })
        {
            read.Should().NotBeSameAs(Data);
            read.DataVersion.Should().Be(Data.DataVersion);
            read.AllRecords.Should().Equal(Data.AllRecords);
            read.Events["iccpr-ratification-2009"].Date!.Value.ToString().Should().Be("2009-09-25");
            JsonTestSupport.ToJson(read).Should().Equal(JsonTestSupport.ToJson(Data));
        }
    }

    [Fact]
    public void Reading_a_dataset_checks_every_rule_and_reports_a_JsonException_with_the_problems_and_the_original()
    {
        var node = JsonNode.Parse(JsonTestSupport.ShippedJson)!.AsObject();
        node["events"]![0]!["id"] = "Not Kebab";
        node["dataVersion"] = "one";

        var act = () => JsonSerializer.Deserialize<LaosRightsDataset>(node.ToJsonString());

        var thrown = act.Should().Throw<JsonException>().Which;
        thrown.Message.Should().Contain("'Not Kebab' is not kebab-case").And.Contain("'one' is not a semantic version");
        thrown.InnerException.Should().BeOfType<DatasetValidationException>().Which.Problems.Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Reading_a_dataset_from_a_value_that_is_not_an_object_is_a_JsonException_and_null_is_null()
    {
        var act = () => JsonSerializer.Deserialize<LaosRightsDataset>("[1]");

        act.Should().Throw<JsonException>().WithMessage("Expected a LaosRightsDataset object, found an array.");
        JsonSerializer.Deserialize<LaosRightsDataset>("null").Should().BeNull();
    }

    // ---- 2. unknown ids ------------------------------------------------------------------------------------

    [Fact]
    public void GetRecord_with_a_mistyped_id_suggests_the_closest_ids()
    {
        var act = () => Data.GetRecord("thai-militray");

        act.Should().Throw<KeyNotFoundException>().WithMessage("No record with id 'thai-militray' is in the dataset. Did you mean 'thai-military'*");
    }

    [Fact]
    public void A_collection_asked_for_an_id_of_another_kind_says_which_kind_has_it()
    {
        var act = () => Data.Events["thai-military"];

        act.Should().Throw<KeyNotFoundException>()
            .WithMessage("No Event with id 'thai-military' is in the dataset. 'thai-military' is an Actor: look it up in the dataset's Actors collection or with GetRecord.");
    }

    // ---- 3. record-level reading ---------------------------------------------------------------------------

    private static JsonObject EventJson(string id) => JsonNode.Parse(JsonSerializer.Serialize(Data.Events[id]))!.AsObject();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_event_with_a_date_meaning_but_a_missing_or_null_date_says_that_the_date_is_missing(bool asNull)
    {
        var json = EventJson("iccpr-ratification-2009");
        json.Remove("date");
        if (asNull)
        {
            json["date"] = null;
        }

        var act = () => JsonSerializer.Deserialize<Event>(json.ToJsonString());

        act.Should().Throw<JsonException>().WithMessage("Event: 'dateMeaning' is given but 'date' is missing or null*");
    }

    [Theory]
    [InlineData("Not Kebab")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("")]
    public void Record_level_reading_applies_the_loaders_id_rule(string id)
    {
        var json = EventJson("iccpr-ratification-2009");
        json["id"] = id;

        var act = () => JsonSerializer.Deserialize<Event>(json.ToJsonString());

        act.Should().Throw<JsonException>().WithMessage($"Event.id: '{id}' is not kebab-case*");
    }

    [Fact]
    public void Record_level_reading_applies_the_loaders_ISO_3166_rule()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Data.Places.First(p => p.Kind == PlaceKind.Country && p.Iso3166Code is not null)))!.AsObject();
        json["iso3166"] = "LAO";

        var act = () => JsonSerializer.Deserialize<Place>(json.ToJsonString());

        act.Should().Throw<JsonException>().WithMessage("Place.iso3166: 'LAO' is not an ISO 3166-1 alpha-2*");
    }

    [Fact]
    public void Record_level_reading_applies_the_loaders_provision_and_case_rules()
    {
        var claim = JsonNode.Parse(JsonSerializer.Serialize(Data.Claims.First(c => c.Provision is not null)))!.AsObject();
        claim["provision"] = 0;
        var @case = JsonNode.Parse(JsonSerializer.Serialize(Data.Cases[0]))!.AsObject();
        @case["eventIds"] = new JsonArray();

        var readClaim = () => JsonSerializer.Deserialize<Claim>(claim.ToJsonString());
        var readCase = () => JsonSerializer.Deserialize<Case>(@case.ToJsonString());

        readClaim.Should().Throw<JsonException>().WithMessage("*provision*");
        readCase.Should().Throw<JsonException>().WithMessage("Case.eventIds: a case needs at least one event.");
    }

    // ---- 4. the loader's JSON messages in our own words ---------------------------------------------------

    [Theory]
    [InlineData("", "$: not valid JSON at line 1, column 1: the input is empty (or only white space); expected a JSON object")]
    [InlineData("   \n  ", "$: not valid JSON at line 2, column 3: the input is empty (or only white space); expected a JSON object")]
    [InlineData("{\"schemaVersion\": 1,}", "$: not valid JSON at line 1, column 21: a comma before the closing '}' of an object: remove it")]
    [InlineData("{\"actors\": [{}, {},]}", "$.actors: not valid JSON at line 1, column 20: a comma before the closing ']' of an array: remove it")]
    [InlineData("{\"actors\": [", "$.actors: not valid JSON at line 1, column 13: the input ends before every object and array is closed")]
    public void The_loader_reports_malformed_JSON_in_its_own_words_with_one_position(string json, string expected)
    {
        var act = () => LaosRightsDataset.Parse(json);

        var problem = act.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.ToString().Should().Be(expected);
        problem.Message.Should().NotContain("reader options").And.NotContain("isFinalBlock").And.NotContain("LineNumber");
    }

    // ---- 6. printing ---------------------------------------------------------------------------------------

    [Fact]
    public void A_record_with_a_derived_date_says_so_after_the_date()
    {
        Data.Events["iccpr-signing"].ToString().Should().StartWith("Event iccpr-signing, September 1999 to March 2001 (derived): ");
        Data.Events["iccpr-ratification-2009"].ToString().Should().NotContain("(derived)");
    }

    // ---- 7. vocabulary names -------------------------------------------------------------------------------

    [Fact]
    public void Vocabulary_names_parse_to_their_values_and_back()
    {
        Vocabulary.Parse<Topic>("freedom-of-religion").Should().Be(Topic.FreedomOfReligion);
        Vocabulary.Parse<Standing>("concern-raised").Should().Be(Standing.ConcernRaised);
        Vocabulary.ToName(ActorKind.NonGovernmentalOrganization).Should().Be("non-governmental-organization");
        Vocabulary.Names<QuantityUnit>().Should().Equal("people", "years");
        Vocabulary.TryParse<Topic>("genocide", out var genocide).Should().BeTrue();
        genocide.Should().Be(Topic.Genocide);
        Vocabulary.TryParse<Topic>("Freedom of religion", out var none).Should().BeFalse();
        none.Should().Be(default(Topic));
        Vocabulary.TryParse<Topic>(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Vocabulary_Parse_of_an_unknown_name_lists_the_accepted_names()
    {
        var act = () => Vocabulary.Parse<QuantityUnit>("persons");

        act.Should().Throw<FormatException>().WithMessage("'persons' is not a QuantityUnit name; expected one of: people, years.");
    }

    [Fact]
    public void Vocabulary_of_an_enum_that_is_not_a_vocabulary_is_an_ArgumentException()
    {
        var parse = () => Vocabulary.Parse<DayOfWeek>("monday");
        var tryParse = () => Vocabulary.TryParse<DayOfWeek>("monday", out _);
        var nullName = () => Vocabulary.Parse<Topic>(null!);

        parse.Should().Throw<ArgumentException>().WithMessage("DayOfWeek is not a vocabulary of LaosRights.Data*");
        tryParse.Should().Throw<ArgumentException>();
        nullName.Should().Throw<ArgumentNullException>();
    }

    // ---- 8. Article equality -------------------------------------------------------------------------------

    [Fact]
    public void The_articles_of_two_loads_of_the_same_file_are_equal_with_equal_hash_codes()
    {
        var first = LaosRightsDataset.Parse(JsonTestSupport.ShippedJson).Article;
        var second = LaosRightsDataset.Parse(JsonTestSupport.ShippedJson).Article;

        first.Should().NotBeSameAs(second);
        first.Equals(second).Should().BeTrue();
        (first == second).Should().BeTrue();
        (first != second).Should().BeFalse();
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Equals(null).Should().BeFalse();
        first.Should().Be(Data.Article);
    }

    [Fact]
    public void Articles_with_different_text_are_not_equal()
    {
        var node = JsonNode.Parse(JsonTestSupport.ShippedJson)!.AsObject();
        var article = node["article"]!.AsObject();
        const string text = "= Human rights in Laos =\nA different text.\n";
        article["text"] = text;
        article["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        foreach (var kind in new[] { "actors", "places", "sources", "events", "cases", "figures", "scores", "rankings", "claims", "quotations" })
        {
            node[kind] = new JsonArray();
        }

        var act = () => LaosRightsDataset.Parse(node.ToJsonString()).Article;

        act.Should().NotThrow().Which.Should().NotBe(Data.Article);
    }
}
