using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>No parent, response or related-event chain may lead back to where it starts: each cycle is reported once, with its records.</summary>
public class CycleTests
{
    private static readonly byte[] Shipped = EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName);

    [Fact]
    public void A_place_inside_itself_is_rejected()
    {
        var problems = Problems(d => Record(d, "places", "thailand")["parentId"] = "thailand");

        problems.Should().Equal(new DatasetProblem("places 'thailand'.parentId", "closes a cycle: 'thailand' → 'thailand'; no record may lead back to itself."));
    }

    [Fact]
    public void Two_places_inside_each_other_are_rejected_with_both()
    {
        var problems = Problems(d => Record(d, "places", "thailand")["parentId"] = "central-thailand");

        problems.Should().Equal(new DatasetProblem("places 'central-thailand'.parentId", "closes a cycle: 'thailand' → 'central-thailand' → 'thailand'; no record may lead back to itself."));
    }

    [Fact]
    public void A_longer_place_cycle_lists_every_place_on_it()
    {
        var problems = Problems(d => Record(d, "places", "laos")["parentId"] = "xiangkhouang-mountains");

        problems.Should().ContainSingle().Which.Message.Should().Be(
            "closes a cycle: 'laos' → 'xiangkhouang-mountains' → 'xiangkhouang-province' → 'laos'; no record may lead back to itself.");
    }

    [Fact]
    public void An_actor_its_own_parent_is_rejected()
    {
        var id = JsonNode.Parse(Shipped)!["actors"]!.AsArray().First(a => a!["parentId"] is not null)!["parentId"]!.GetValue<string>();

        Problems(d => Record(d, "actors", id)["parentId"] = id).Should().ContainSingle().Which.Path.Should().Be($"actors '{id}'.parentId");
    }

    [Fact]
    public void A_claim_responding_to_itself_through_another_is_rejected()
    {
        var claims = JsonNode.Parse(Shipped)!["claims"]!.AsArray();
        var responder = claims.First(c => c!["respondsToId"] is not null)!;
        var (from, to) = (responder["id"]!.GetValue<string>(), responder["respondsToId"]!.GetValue<string>());

        Problems(d => Record(d, "claims", to)["respondsToId"] = from).Should().ContainSingle()
            .Which.Message.Should().Contain($"'{from}'").And.Contain($"'{to}'");
    }

    [Fact]
    public void Events_that_follow_each_other_are_rejected()
    {
        var events = JsonNode.Parse(Shipped)!["events"]!.AsArray();
        var later = events.First(e => e!["related"] is JsonArray { Count: > 0 })!;
        var (from, to) = (later["id"]!.GetValue<string>(), later["related"]![0]!["eventId"]!.GetValue<string>());

        var problems = Problems(d =>
        {
            var earlier = Record(d, "events", to);
            earlier["related"] = new JsonArray(new JsonObject { ["relation"] = "follows", ["eventId"] = from });
        });

        problems.Should().ContainSingle().Which.Message.Should().StartWith("closes a cycle: ").And.Contain($"'{from}'").And.Contain($"'{to}'");
    }

    [Fact]
    public void A_long_cycle_is_described_in_one_short_line()
    {
        var problems = Problems(d =>
        {
            var places = d["places"]!.AsArray();
            var template = places[0]!;
            for (var i = 0; i < 1000; i++)
            {
                var place = template.DeepClone().AsObject();
                place["id"] = $"ring-{i}";
                place.Remove("iso3166");
                place["kind"] = "area";
                place["parentId"] = $"ring-{(i + 1) % 1000}";
                places.Add(place);
            }
        });

        var message = problems.Should().ContainSingle().Which.Message;
        message.Should().Contain("… 993 more …").And.HaveLength(message.Length).And.Subject.Length.Should().BeLessThan(300);
    }

    [Fact]
    public void The_shipped_data_has_no_cycle_and_containers_end_at_a_country()
    {
        var data = LaosRightsDataset.Default;
        foreach (var place in data.Places)
        {
            var containers = data.ContainersOf(place);
            containers.Should().NotContain(place).And.OnlyHaveUniqueItems();
            (containers.Count == 0 ? place : containers[^1]).Kind.Should().Be(PlaceKind.Country);
        }
    }

    private static JsonObject Record(JsonNode document, string collection, string id) =>
        document[collection]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == id)!.AsObject();

    private static List<DatasetProblem> Problems(Action<JsonNode> change)
    {
        var document = JsonNode.Parse(Shipped)!;
        change(document);
        return [.. FluentActions.Invoking(() => LaosRightsDataset.Parse(Encoding.UTF8.GetBytes(document.ToJsonString())))
            .Should().Throw<DatasetValidationException>().Which.Problems];
    }
}
