using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>Issue 13, item 1: every model type through System.Text.Json, in the shape of dataset.json, and back.</summary>
public class JsonConverterTests
{
    private static readonly LaosRightsDataset Data = LaosRightsDataset.Default;

    private static readonly JsonObject File = JsonNode.Parse(typeof(LaosRightsDataset).Assembly
        .GetManifestResourceStream("LaosRights.Data.dataset.json")!)!.AsObject();

    public static TheoryData<string> Kinds => new() { "actors", "places", "sources", "events", "cases", "figures", "scores", "rankings", "claims", "quotations" };

    private static IReadOnlyList<DatasetRecord> RecordsOf(string kind) => kind switch
    {
        "actors" => Data.Actors,
        "places" => Data.Places,
        "sources" => Data.Sources,
        "events" => Data.Events,
        "cases" => Data.Cases,
        "figures" => Data.Figures,
        "scores" => Data.Scores,
        "rankings" => Data.Rankings,
        "claims" => Data.Claims,
        "quotations" => Data.Quotations,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_record_serializes_with_default_options_to_its_object_in_dataset_json(string kind)
    {
        var records = RecordsOf(kind);
        var inFile = File[kind]!.AsArray();
        records.Should().NotBeEmpty().And.HaveCount(inFile.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var json = JsonSerializer.SerializeToNode(record, record.GetType());
            JsonNode.DeepEquals(json, inFile[i]).Should().BeTrue($"{record.Id} is written as in the file:\n{json}\nnot\n{inFile[i]}");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_record_round_trips_with_default_options_and_with_the_source_generated_context(string kind)
    {
        foreach (var record in RecordsOf(kind))
        {
            var type = record.GetType();
            var json = JsonSerializer.Serialize(record, type);
            var back = (DatasetRecord)JsonSerializer.Deserialize(json, type)!;
            back.Should().Be(record);
            back.GetHashCode().Should().Be(record.GetHashCode());
            back.ToString().Should().Be(record.ToString());

            var typeInfo = LaosRightsJsonContext.Default.GetTypeInfo(type)!;
            JsonSerializer.Serialize(record, typeInfo).Should().Be(json);
            JsonSerializer.Deserialize(json, typeInfo).Should().Be(record);
        }
    }

    [Fact]
    public void Lists_of_records_round_trip_and_web_defaults_change_nothing()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var events = Data.Events.InYear(2009).ToArray();
        events.Should().NotBeEmpty();

        var json = JsonSerializer.Serialize(events, web);
        JsonSerializer.Serialize(events).Should().Be(json, "the shape is the data file's whatever the naming policy");
        JsonSerializer.Deserialize<Event[]>(json, web).Should().Equal(events);
        JsonSerializer.Deserialize(json, LaosRightsJsonContext.Default.EventArray).Should().Equal(events);
        JsonSerializer.Serialize(Data.Events.AsEnumerable(), LaosRightsJsonContext.Default.IEnumerableEvent)
            .Should().Be(JsonSerializer.Serialize(Data.Events.ToArray()));
    }

    [Fact]
    public void A_record_of_any_kind_is_written_in_the_shape_of_its_kind_and_must_be_read_as_that_kind()
    {
        var all = Data.AllRecords;
        var json = JsonSerializer.Serialize<IEnumerable<DatasetRecord>>(all);
        var array = JsonNode.Parse(json)!.AsArray();
        array.Should().HaveCount(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            JsonNode.DeepEquals(array[i], JsonSerializer.SerializeToNode(all[i], all[i].GetType())).Should().BeTrue(all[i].Id);
        }

        JsonSerializer.Serialize(all, LaosRightsJsonContext.Default.IEnumerableDatasetRecord).Should().Be(json);
        JsonSerializer.Serialize<DatasetRecord>(Data.Events["iccpr-ratification-2009"]).Should().Be(JsonSerializer.Serialize(Data.Events["iccpr-ratification-2009"]));
        var read = () => JsonSerializer.Deserialize<DatasetRecord>(JsonSerializer.Serialize(Data.Events["iccpr-ratification-2009"]));
        read.Should().Throw<NotSupportedException>().WithMessage("*deserialize the concrete type*");
    }

    [Fact]
    public void Dates_are_their_EDTF_strings_and_vocabularies_their_kebab_case_names()
    {
        JsonSerializer.Serialize(PartialDate.Parse("2009-09-25")).Should().Be("\"2009-09-25\"");
        JsonSerializer.Serialize(PartialDateInterval.Parse("18XX/..")).Should().Be("\"18XX/..\"");
        JsonSerializer.Serialize<PartialDateInterval?>(null).Should().Be("null");
        JsonSerializer.Deserialize<PartialDateInterval>("\"../2009-10\"").Should().Be(PartialDateInterval.Until(PartialDate.FromYearMonth(2009, 10)));
        JsonSerializer.Deserialize<PartialDateInterval?>("null").Should().BeNull();
        JsonSerializer.Deserialize<PartialDate>("\"199X~\"").Should().Be(PartialDate.FromDecade(1990).WithApproximate());

        JsonSerializer.Serialize(Topic.FreedomOfReligion).Should().Be("\"freedom-of-religion\"");
        JsonSerializer.Serialize(Standing.ConcernRaised).Should().Be("\"concern-raised\"");
        JsonSerializer.Serialize(ActorRole.Criticized).Should().Be("\"criticized\"");
        JsonSerializer.Serialize(DatePrecision.Decade).Should().Be("\"decade\"");
        JsonSerializer.Deserialize<ActorKind>("\"non-governmental-organization\"").Should().Be(ActorKind.NonGovernmentalOrganization);
        JsonSerializer.Serialize(new Dictionary<Topic, int> { [Topic.Detention] = 3 }).Should().Be("{\"detention\":3}");
        JsonSerializer.Deserialize<Dictionary<PartialDate, int>>("{\"2009\":1}").Should().ContainKey(PartialDate.FromYear(2009));
    }

    [Fact]
    public void Parts_have_the_shape_they_have_inside_records()
    {
        var figure = Data.Figures["hmong-exile-thailand-count"];
        var quantity = JsonSerializer.SerializeToNode(figure.Quantity)!.AsObject();
        quantity.Select(p => p.Key).Should().Equal("bound", "value", "unit", "wording");
        quantity["bound"]!.GetValue<string>().Should().Be("at-most");
        quantity["value"]!.GetValue<long>().Should().Be(200000);
        JsonSerializer.Deserialize<Quantity>(quantity.ToJsonString()).Should().Be(figure.Quantity);

        var actor = Data.Events.First(e => e.Actors.Count > 0).Actors[0];
        JsonSerializer.Deserialize<EventActor>(JsonSerializer.Serialize(actor)).Should().Be(actor);
        var relation = Data.Events.First(e => e.Related.Count > 0).Related[0];
        JsonSerializer.Serialize(relation).Should().StartWith("{\"relation\":");
        JsonSerializer.Deserialize<EventRelation>(JsonSerializer.Serialize(relation)).Should().Be(relation);

        var evidence = Data.Events["iccpr-ratification-2009"].Evidence[0];
        var evidenceJson = JsonSerializer.Serialize(evidence);
        evidenceJson.Should().StartWith("{\"start\":").And.NotContain("section", "the section is found again in the article");
        JsonSerializer.Deserialize<Evidence>(evidenceJson)!.SectionPath.Should().Equal(evidence.SectionPath);
    }

    [Theory]
    [InlineData("{\"Calendar\":{},\"Year\":2009}", "Expected an EDTF date or interval string, found an object")]
    [InlineData("2009", "found a number")]
    [InlineData("\"1985/\"", "unknown ends are not supported")]
    [InlineData("\"2009-13\"", "month 13")]
    [InlineData("\"\"", "Invalid EDTF interval ''")]
    public void A_malformed_date_is_a_JsonException_never_a_value(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<PartialDateInterval>(json);
        act.Should().Throw<JsonException>().WithMessage($"*{message}*");
        var nullable = () => JsonSerializer.Deserialize<PartialDateInterval?>(json);
        nullable.Should().Throw<JsonException>();
        var date = () => JsonSerializer.Deserialize<PartialDate>(json);
        date.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("3", "found a number")]
    [InlineData("\"FreedomOfReligion\"", "'FreedomOfReligion' is not a Topic; expected one of: treaty-ratification,")]
    [InlineData("\"freedom of religion\"", "is not a Topic")]
    public void A_malformed_vocabulary_value_is_a_JsonException(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<Topic>(json);
        act.Should().Throw<JsonException>().WithMessage($"*{message}*");
        var write = () => JsonSerializer.Serialize((Topic)99);
        write.Should().Throw<JsonException>().WithMessage("*99*Topic*");
    }

    public static TheoryData<string, string> BrokenEvents => new()
    {
        { "{}", "Event: the required property 'id' is missing or null." },
        { Event(e => e.Remove("standing")), "Event: the required property 'standing' is missing or null." },
        { Event(e => e.Remove("evidence")), "Event: the required property 'evidence' is missing or null." },
        { Event(e => e["evidence"] = new JsonArray()), "Event.evidence: a record needs at least one evidence item." },
        { Event(e => e["summary"] = null), "Event: the required property 'summary' is missing or null." },
        { Event(e => e["Summary"] = "x"), "Event: unknown property 'Summary'." },
        { Event(e => e["date"] = "2009-02-30"), "Event.date: Invalid EDTF interval '2009-02-30': day 30*" },
        { Event(e => e["date"] = 2009), "Event.date: expected a string, found a number." },
        { Event(e => e["standing"] = "fact"), "Event.standing: 'fact' is not a Standing*" },
        { Event(e => e["topics"] = new JsonArray("detention", null)), "Event.topics: an item cannot be null." },
        { Event(e => e["actors"] = new JsonArray(new JsonObject { ["actorId"] = "x" })), "EventActor: the required property 'role' is missing or null." },
        { Event(e => e["evidence"]![0]!["start"] = 0), "Evidence.quote: is not at position 0 of the article embedded in this library*" },
        { Event(e => e["evidence"]![0]!["length"] = 3), "Evidence.length: is 3 but the quote has*" },
        { Event(e => { e.Remove("date"); e["dateDerivation"] = "guessed"; }), "Event: 'dateDerivation' is given but 'date' is missing or null; a derivation needs the date it derives (leave 'dateDerivation' out of an undated Event)." },
        { Event(e => e.Remove("date")), "Event: 'dateMeaning' is given but 'date' is missing or null; a date's meaning needs the date (leave 'dateMeaning' out of an undated Event)." },
        { Event(e => e["dateMeaning"] = "happend"), "Event.dateMeaning: 'happend' is not a DateMeaning*" },
        { "[]", "Expected a Event object, found an array." },
    };

    [Theory]
    [MemberData(nameof(BrokenEvents))]
    public void A_malformed_record_is_a_JsonException_naming_the_problem(string json, string message)
    {
        var act = () => JsonSerializer.Deserialize<Event>(json);
        act.Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void A_repeated_property_and_a_quantity_that_contradicts_its_bound_are_rejected()
    {
        var json = JsonSerializer.Serialize(Data.Events["iccpr-ratification-2009"]);
        var repeated = () => JsonSerializer.Deserialize<Event>(json.Replace("{\"id\":", "{\"summary\":\"x\",\"id\":", StringComparison.Ordinal));
        repeated.Should().Throw<JsonException>().WithMessage("Event: property 'summary' appears twice.");

        var figure = JsonSerializer.SerializeToNode(Data.Figures["hmong-exile-thailand-count"])!.AsObject();
        figure["bound"] = "unquantified";
        var unquantified = () => JsonSerializer.Deserialize<Figure>(figure.ToJsonString());
        unquantified.Should().Throw<JsonException>().WithMessage("Figure.value: an unquantified amount has no value.");
        figure["bound"] = "between";
        var between = () => JsonSerializer.Deserialize<Figure>(figure.ToJsonString());
        between.Should().Throw<JsonException>().WithMessage("Figure.upperValue: a 'between' amount needs an upper value*");
        var quantity = () => JsonSerializer.Deserialize<Quantity>("{\"bound\":\"exact\",\"unit\":\"people\",\"wording\":\"30\"}");
        quantity.Should().Throw<JsonException>().WithMessage("Quantity.value: required for every bound except 'unquantified'.");
    }

    [Fact]
    public void The_converters_are_public_so_an_app_context_can_hold_records()
    {
        // What a user's own source-generated context needs: the converter types named by the attributes are accessible.
        foreach (var type in typeof(Event).Assembly.GetExportedTypes())
        {
            var attribute = type.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonConverterAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonConverterAttribute>().SingleOrDefault();
            if (attribute is not null)
            {
                attribute.ConverterType!.IsPublic.Should().BeTrue($"{type.Name}'s converter must be public");
            }
        }

        typeof(ModelJsonConverter<Event>).Should().NotBeNull();
        var notModel = () => new ModelJsonConverter<string>();
        notModel.Should().Throw<NotSupportedException>().WithMessage("String is not a model type*");
    }

    private static string Event(Action<JsonObject> change)
    {
        var node = JsonSerializer.SerializeToNode(LaosRightsDataset.Default.Events["iccpr-ratification-2009"])!.AsObject();
        change(node);
        return node.ToJsonString();
    }
}
