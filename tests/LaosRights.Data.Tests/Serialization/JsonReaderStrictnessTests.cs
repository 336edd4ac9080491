using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// For every property the format has (its first occurrence in the shipped file), the reader rejects the property
/// repeated, renamed, or given a value of the wrong type, and names the property's JSON path.
/// </summary>
public class JsonReaderStrictnessTests
{
    private static readonly JsonObject Shipped = JsonNode.Parse(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName))!.AsObject();

    public static TheoryData<string> PropertyPaths()
    {
        var seen = new HashSet<string>();
        var paths = new TheoryData<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        var path = value is null ? $"{o.GetPath()}.{name}" : value.GetPath();
                        if (seen.Add(System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]")))
                        {
                            paths.Add(path);
                        }

                        Walk(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(Shipped);
        return paths;
    }

    [Fact]
    public void Every_property_of_the_format_is_exercised()
    {
        PropertyPaths().Count.Should().BeGreaterThan(90);
    }

    [Theory]
    [MemberData(nameof(PropertyPaths))]
    public void A_repeated_property_is_rejected_at_its_path(string path) =>
        Problem(Rewrite(path, (writer, name, value) =>
        {
            Write(writer, name, value);
            Write(writer, name, value);
        })).Should().Be(new DatasetProblem(path, $"the property '{Name(path)}' appears more than once."));

    [Theory]
    [MemberData(nameof(PropertyPaths))]
    public void A_misspelt_property_is_rejected_at_its_path(string path) =>
        Problem(Rewrite(path, (writer, name, value) => Write(writer, name + "x", value)))
            .Should().Be(new DatasetProblem(path + "x", $"'{Name(path)}x' is not a property of this object."));

    [Theory]
    [MemberData(nameof(PropertyPaths))]
    public void A_value_of_the_wrong_type_is_rejected_at_its_path(string path)
    {
        var problem = Problem(Rewrite(path, (writer, name, _) =>
        {
            writer.WritePropertyName(name);
            writer.WriteBooleanValue(true);
        }));
        problem.Path.Should().Be(path);
        problem.Message.Should().MatchRegex("^expected (an object|an array|a string|a whole number from -?[0-9]+ to [0-9]+|a decimal number), found a boolean\\.$");
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1.5", "$.schemaVersion", "expected a whole number from -2147483648 to 2147483647, found a number.")]
    [InlineData("\"schemaVersion\": \"1\"", "$.schemaVersion", "expected a whole number from -2147483648 to 2147483647, found a string.")]
    [InlineData("\"schemaVersion\": null", "$.schemaVersion", "'schemaVersion' is null; leave out an optional property that has no value, and give a required one its value.")]
    [InlineData("\"actors\": [{\"description\": null}]", "$.actors[0].description", "'description' is null; leave out an optional property that has no value, and give a required one its value.")]
    [InlineData("\"schemaVersion\": 3E9", "$.schemaVersion", "expected a whole number from -2147483648 to 2147483647, found a number.")]
    [InlineData("\"schemaVersion\": 1E-30", "$.schemaVersion", "expected a whole number from -2147483648 to 2147483647, found a number.")]
    [InlineData("\"dataVersion\": 1", "$.dataVersion", "expected a string, found a number.")]
    [InlineData("\"dataVersion\": {}", "$.dataVersion", "expected a string, found an object.")]
    [InlineData("\"actors\": {}", "$.actors", "expected an array, found an object.")]
    [InlineData("\"actors\": [[]]", "$.actors[0]", "expected an object, found an array.")]
    [InlineData("\"actors\": [\"x\"]", "$.actors[0]", "expected an object, found a string.")]
    [InlineData("\"actors\": [false]", "$.actors[0]", "expected an object, found a boolean.")]
    [InlineData("\"scores\": [{\"value\": \"1\"}]", "$.scores[0].value", "expected a decimal number, found a string.")]
    [InlineData("\"figures\": [{\"value\": 1.5}]", "$.figures[0].value", "expected a whole number from -9223372036854775808 to 9223372036854775807, found a number.")]
    [InlineData("\"figures\": [{\"value\": 1, \"value\": 1}]", "$.figures[0].value", "the property 'value' appears more than once.")]
    [InlineData("\"figures\": [{\"value\": 9223372036854775808}]", "$.figures[0].value", "expected a whole number from -9223372036854775808 to 9223372036854775807, found a number.")]
    [InlineData("\"actors\": [{\"evidence\": [{\"length\": 3}]}]", "$.actors[0].evidence[0].start", "'start' is missing; it is required.")]
    [InlineData("\"actors\": [{\"evidence\": [{\"start\": 3}]}]", "$.actors[0].evidence[0].length", "'length' is missing; it is required.")]
    public void Wrong_values_are_described_exactly(string property, string path, string message)
    {
        Problem(Encoding.UTF8.GetBytes("{" + property + "}")).Should().Be(new DatasetProblem(path, message));
    }

    [Fact]
    public void Null_is_not_a_value_of_the_format_even_for_a_record_or_list_that_may_be_missing()
    {
        // The JSON Schema allows null nowhere, so neither does the loader: an optional property is left out instead.
        var problems = FluentActions.Invoking(() => LaosRightsDataset.Parse("{\"schemaVersion\": 1, \"article\": null}"))
            .Should().Throw<DatasetValidationException>().Which.Problems;
        problems.Should().Equal(new DatasetProblem("$.article", "'article' is null; leave out an optional property that has no value, and give a required one its value."));
    }

    [Theory]
    [InlineData("2E5", 200000)]
    [InlineData("200000.0", 200000)]
    [InlineData("2.0e5", 200000)]
    [InlineData("20000000e-2", 200000)]
    [InlineData("-0", 0)]
    [InlineData("0.000", 0)]
    [InlineData("0e99999999999999999999", 0)]
    [InlineData("9223372036854775807.000", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("92233720368547758070e-1", long.MaxValue)]
    public void A_number_with_a_zero_fractional_part_is_a_whole_number_as_JSON_Schema_counts_it(string json, long expected)
    {
        DatasetJsonReader.TryParseWhole(Encoding.ASCII.GetBytes(json), out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1E-30")]
    [InlineData("9223372036854775808")]
    [InlineData("1E19")]
    [InlineData("1E400")]
    [InlineData("123456789012345678901")]
    [InlineData("-9223372036854775809")]
    public void A_number_with_a_fractional_part_or_out_of_range_is_not_a_whole_number(string json)
    {
        DatasetJsonReader.TryParseWhole(Encoding.ASCII.GetBytes(json), out _).Should().BeFalse();
    }

    private static DatasetProblem Problem(byte[] json) =>
        FluentActions.Invoking(() => DatasetJsonReader.Read(json, DatasetLoadOptions.Default))
            .Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle().Which;

    private static string Name(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static void Write(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    // Writes the shipped document again, letting `replace` write the property at `path` instead.
    private static byte[] Rewrite(string path, Action<Utf8JsonWriter, string, JsonNode?> replace)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            void Node(JsonNode? node, string at)
            {
                switch (node)
                {
                    case JsonObject o:
                        writer.WriteStartObject();
                        foreach (var (name, value) in o)
                        {
                            var child = $"{at}.{name}";
                            if (child == path)
                            {
                                replace(writer, name, value);
                            }
                            else
                            {
                                writer.WritePropertyName(name);
                                Node(value, child);
                            }
                        }

                        writer.WriteEndObject();
                        break;
                    case JsonArray a:
                        writer.WriteStartArray();
                        for (var i = 0; i < a.Count; i++)
                        {
                            Node(a[i], $"{at}[{i}]");
                        }

                        writer.WriteEndArray();
                        break;
                    case null:
                        writer.WriteNullValue();
                        break;
                    default:
                        node.WriteTo(writer);
                        break;
                }
            }

            Node(Shipped, "$");
        }

        return buffer.ToArray();
    }
}
