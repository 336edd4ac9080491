using System.Text.Json.Nodes;
using FluentAssertions;
using LaosRights.Data.Serialization;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// One test case per rule of the loader: a single edit of the shipped file, and the exact problem it must produce
/// (where, and what). Together with the fuzz tests these prove that bad input is named, not crashed on.
/// </summary>
public class ValidationRuleTests
{
    private static readonly string Shipped = System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadResource(EmbeddedData.DatasetResourceName));

    private static readonly Dictionary<string, (Action<JsonObject> Edit, string Path, string Message)> Rules = new()
    {
        ["missing article"] = (d => d.Remove("article"), "article", "required."),
        ["missing title"] = (d => Article(d).Remove("title"), "article.title", "required."),
        ["relative licence url"] = (d => Article(d)["licenseUrl"] = "licenses/by-sa", "article.licenseUrl", "'licenses/by-sa' is not an absolute http or https URL."),
        ["text that does not match its hash"] = (d => Article(d)["text"] = "= X =\n", "article.sha256", "but the SHA-256 of article.text is"),
        ["text without a title heading"] = (d => { Article(d)["text"] = "no heading"; Article(d)["sha256"] = EmbeddedData.Sha256Hex("no heading"u8); }, "article.text", "must start with a level-1 heading"),
        ["missing data version"] = (d => d.Remove("dataVersion"), "dataVersion", "required."),
        ["missing collection"] = (d => d.Remove("rankings"), "rankings", "required (use [] for none)."),
        ["null record"] = (d => Records(d, "places").Add(null), "places[17]", "a record cannot be null."),
        ["missing id"] = (d => Record(d, "events", 0).Remove("id"), "events[0].id", "required."),
        ["id not in kebab case"] = (d => Record(d, "events", 0)["id"] = "Sombath_Somphone", "events[0].id", "is not kebab-case"),
        ["id with a double hyphen"] = (d => Record(d, "events", 0)["id"] = "a--b", "events[0].id", "is not kebab-case"),
        ["no evidence"] = (d => Record(d, "actors", 0)["evidence"] = new JsonArray(), "actors[0] 'amnesty-international'.evidence", "at least one evidence item."),
        ["evidence without quote"] = (d => Evidence(d, "actors", 0).Remove("quote"), "actors[0] 'amnesty-international'.evidence[0].quote", "required."),
        ["evidence length off by one"] = (d => Evidence(d, "actors", 0)["length"] = Evidence(d, "actors", 0)["length"]!.GetValue<int>() + 1, "actors[0] 'amnesty-international'.evidence[0].length", "but the quote has"),
        ["quote not in the article"] = (d => Evidence(d, "actors", 0)["quote"] = Evidence(d, "actors", 0)["quote"]!.GetValue<string>()[..^1] + "#", "actors[0] 'amnesty-international'.evidence[0]", "the quote is not in the article"),
        ["evidence start past the end"] = (d => Evidence(d, "actors", 0)["start"] = 9000, "actors[0] 'amnesty-international'.evidence[0]", "the quote is not at 9000"),
        ["negative evidence start"] = (d => Evidence(d, "actors", 0)["start"] = -1, "actors[0] 'amnesty-international'.evidence[0]", "the quote is not at -1"),
        ["missing actor name"] = (d => Record(d, "actors", 0).Remove("name"), "actors[0] 'amnesty-international'.name", "required."),
        ["blank actor name"] = (d => Record(d, "actors", 0)["name"] = "  ", "actors[0] 'amnesty-international'.name", "required."),
        ["unknown actor kind"] = (d => Record(d, "actors", 0)["kind"] = "charity", "actors[0] 'amnesty-international'.kind", "'charity' is not one of: government, government-agency"),
        ["pascal-case vocabulary"] = (d => Record(d, "actors", 0)["kind"] = "Person", "actors[0] 'amnesty-international'.kind", "'Person' is not one of"),
        ["numeric vocabulary"] = (d => Record(d, "actors", 0)["kind"] = "3", "actors[0] 'amnesty-international'.kind", "'3' is not one of"),
        ["null other name"] = (d => Record(d, "actors", 5)["otherNames"]!.AsArray().Add(null), "actors[5] 'ngos'.otherNames[2]", "cannot be null, empty or white space."),
        ["three-letter country code"] = (d => Record(d, "places", 0)["iso3166"] = "LAO", "places[0] 'laos'.iso3166", "'LAO' is not an ISO 3166-1"),
        ["lower-case subdivision code"] = (d => Record(d, "places", 6)["iso3166"] = "LA-xi", "places[6] 'xiangkhouang-province'.iso3166", "is not an ISO 3166-1"),
        ["subdivision code without hyphen"] = (d => Record(d, "places", 6)["iso3166"] = "LAXI", "places[6] 'xiangkhouang-province'.iso3166", "is not an ISO 3166-1"),
        ["country given a subdivision code"] = (d => Record(d, "places", 0)["iso3166"] = "LA-XI", "places[0] 'laos'.iso3166", "is not an ISO 3166-1"),
        ["unknown source kind"] = (d => Record(d, "sources", 0)["kind"] = "book", "sources[0] 'constitution-of-laos-1991'.kind", "'book' is not one of"),
        ["impossible day"] = (d => Record(d, "sources", 2)["date"] = "1995-02-30", "sources[2] 'national-review-1995-10-23'.date", "day 30"),
        ["end before start"] = (d => Event(d, "hmong-fled-to-phetchabun-2004-2005")["date"] = "2005/2004", "'hmong-fled-to-phetchabun-2004-2005'.date", "before"),
        ["derivation without a date"] = (d => Event(d, "sombath-somphone-disappearance")["dateDerivation"] = "guessed", "'sombath-somphone-disappearance'.dateDerivation", "the event has no date."),
        ["missing standing"] = (d => Event(d, "sombath-somphone-disappearance").Remove("standing"), "'sombath-somphone-disappearance'.standing", "required."),
        ["unknown role"] = (d => Event(d, "sombath-somphone-disappearance")["actors"]![0]!["role"] = "victim", "'sombath-somphone-disappearance'.actors[0].role", "'victim' is not one of"),
        ["null event actor"] = (d => Event(d, "sombath-somphone-disappearance")["actors"]!.AsArray().Add(null), "'sombath-somphone-disappearance'.actors[1].actorId", "required."),
        ["unknown topic"] = (d => Event(d, "sombath-somphone-disappearance")["topics"]!.AsArray().Add("enforced-disappearance"), "'sombath-somphone-disappearance'.topics[1]", "'enforced-disappearance' is not one of"),
        ["unknown relation"] = (d => Event(d, "iccpr-ratification-2009")["related"]![0]!["relation"] = "causes", "'iccpr-ratification-2009'.related[0].relation", "'causes' is not one of"),
        ["relation without event"] = (d => Event(d, "iccpr-ratification-2009")["related"]![0]!.AsObject().Remove("eventId"), "'iccpr-ratification-2009'.related[0].eventId", "required."),
        ["case without events"] = (d => Record(d, "cases", 0)["eventIds"] = new JsonArray(), "cases[0] 'case-dissidents-1990'.eventIds", "at least one event."),
        ["unquantified figure with a value"] = (d => Figure(d, "hmong-refusing-return")["value"] = 2000, "'hmong-refusing-return'.value", "an unquantified figure has no value."),
        ["exact figure without a value"] = (d => Figure(d, "poster-arrests-1999-arrested").Remove("value"), "'poster-arrests-1999-arrested'.value", "required for every bound except 'unquantified'."),
        ["between without upper value"] = (d => Figure(d, "poster-arrests-1999-arrested")["bound"] = "between", "'poster-arrests-1999-arrested'.upperValue", "needs an upper value"),
        ["between with upper below value"] = (d => { Figure(d, "poster-arrests-1999-arrested")["bound"] = "between"; Figure(d, "poster-arrests-1999-arrested")["upperValue"] = 29; }, "'poster-arrests-1999-arrested'.upperValue", "not below its value"),
        ["upper value without between"] = (d => Figure(d, "poster-arrests-1999-arrested")["upperValue"] = 40, "'poster-arrests-1999-arrested'.upperValue", "only a 'between' figure has an upper value."),
        ["negative figure"] = (d => Figure(d, "poster-arrests-1999-arrested")["value"] = -30, "'poster-arrests-1999-arrested'.value", "cannot be negative."),
        ["figure derivation without a date"] = (d => Figure(d, "hmong-exile-thailand-count")["dateDerivation"] = "guessed", "'hmong-exile-thailand-count'.dateDerivation", "the figure has no date."),
        ["unknown unit"] = (d => Figure(d, "hmong-exile-thailand-count")["unit"] = "households", "'hmong-exile-thailand-count'.unit", "'households' is not one of"),
        ["score above its scale"] = (d => Record(d, "scores", 0)["value"] = 5, "scores[0] 'religious-freedom-score-2023'.value", "a score needs a value between 0 and a positive scale"),
        ["score with zero scale"] = (d => Record(d, "scores", 0)["scale"] = 0, "scores[0] 'religious-freedom-score-2023'.value", "a positive scale"),
        ["negative score"] = (d => Record(d, "scores", 0)["value"] = -1, "scores[0] 'religious-freedom-score-2023'.value", "a positive scale"),
        ["score without edition"] = (d => Record(d, "scores", 0).Remove("edition"), "scores[0] 'religious-freedom-score-2023'.edition", "required."),
        ["score with a bad edition"] = (d => Record(d, "scores", 0)["edition"] = "2023/2024", "scores[0] 'religious-freedom-score-2023'.edition", "Invalid EDTF date"),
        ["rank zero"] = (d => Record(d, "rankings", 0)["position"] = 0, "rankings[0] 'worst-place-to-be-christian-rank-2023'.position", "required, from 1."),
        ["unknown rank direction"] = (d => Record(d, "rankings", 0)["direction"] = "bottom", "rankings[0] 'worst-place-to-be-christian-rank-2023'.direction", "'bottom' is not one of: best, worst."),
        ["claim without statement"] = (d => Record(d, "claims", 0).Remove("statement"), "claims[0] 'concern-ratification-record'.statement", "required."),
        ["quotation words not in its evidence"] = (d => Record(d, "quotations", 0)["text"] = "treason", "quotations[0] 'johns-betrayal'.text", "must appear verbatim"),
        ["duplicate id across kinds"] = (d => Record(d, "claims", 0)["id"] = "laos", "claims 'laos'", "duplicate id (already used by a record in places)."),
        ["reference to a missing record"] = (d => Record(d, "places", 6)["parentId"] = "saraburi", "places 'xiangkhouang-province'.parentId", "refers to 'saraburi', which is not in the dataset."),
        ["reference to the wrong kind"] = (d => Record(d, "actors", 0)["countryId"] = "human-rights-watch", "actors 'amnesty-international'.countryId", "which is in actors, not places."),
        ["event reference to a place"] = (d => Event(d, "iccpr-ratification-2009")["related"]![0]!["eventId"] = "laos", "events 'iccpr-ratification-2009'.related", "which is in places, not events."),
        ["figure of a missing event"] = (d => Figure(d, "hmong-exile-thailand-count")["eventId"] = "nothing", "figures 'hmong-exile-thailand-count'.eventId", "refers to 'nothing'"),
        ["claim answering a missing claim"] = (d => Record(d, "claims", 0)["respondsToId"] = "nothing", "claims 'concern-ratification-record'.respondsToId", "refers to 'nothing'"),
        ["quotation by a missing speaker"] = (d => Record(d, "quotations", 0)["speakerId"] = "nobody", "quotations 'johns-betrayal'.speakerId", "refers to 'nobody'"),
    };

    public static TheoryData<string> RuleNames() => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Each_rule_names_the_problem_and_where_it_is(string rule)
    {
        var (edit, path, message) = Rules[rule];
        var document = JsonNode.Parse(Shipped)!.AsObject();
        edit(document);
        var act = () => LaosRightsDataset.Parse(document.ToJsonString());
        var problems = act.Should().Throw<DatasetValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Path.EndsWith(path, StringComparison.Ordinal) && p.Message.Contains(message, StringComparison.Ordinal),
            $"rule '{rule}' should report '{path}: {message}', but reported: {string.Join(" | ", problems)}");
    }

    [Fact]
    public void Every_problem_message_is_a_sentence_with_a_path()
    {
        foreach (var (edit, _, _) in Rules.Values)
        {
            var document = JsonNode.Parse(Shipped)!.AsObject();
            edit(document);
            var problems = FluentActions.Invoking(() => LaosRightsDataset.Parse(document.ToJsonString()))
                .Should().Throw<DatasetValidationException>().Which.Problems;
            problems.Should().NotBeEmpty().And.OnlyContain(p => p.Path.Length > 0 && p.Message.EndsWith('.'));
        }
    }

    [Fact]
    public void The_exception_carries_every_problem_and_formats_them()
    {
        var one = new DatasetValidationException("broken");
        one.Problems.Should().Equal(new DatasetProblem("$", "broken"));
        one.Message.Should().Be("The dataset is not valid: $: broken");
        new DatasetValidationException().Problems.Should().ContainSingle();
        var inner = new InvalidOperationException("x");
        new DatasetValidationException("broken", inner).InnerException.Should().BeSameAs(inner);
        var many = new DatasetValidationException([new DatasetProblem("a", "one."), new DatasetProblem("b", "two.")]);
        many.Message.Should().Be($"The dataset has 2 problems:{Environment.NewLine}a: one.{Environment.NewLine}b: two.");
        many.Problems.Should().HaveCount(2);
        new DatasetProblem("a", "one.").ToString().Should().Be("a: one.");
        FluentActions.Invoking(() => new DatasetValidationException((IEnumerable<DatasetProblem>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("problems");
        FluentActions.Invoking(() => new DatasetValidationException(Array.Empty<DatasetProblem>())).Should().Throw<ArgumentException>().WithParameterName("problems");
        FluentActions.Invoking(() => new DatasetValidationException(new DatasetProblem[] { null! })).Should().Throw<ArgumentException>().WithParameterName("problems");
    }

    private static JsonObject Article(JsonObject d) => d["article"]!.AsObject();

    private static JsonArray Records(JsonObject d, string kind) => d[kind]!.AsArray();

    private static JsonObject Record(JsonObject d, string kind, int index) => Records(d, kind)[index]!.AsObject();

    private static JsonObject Evidence(JsonObject d, string kind, int index) => Record(d, kind, index)["evidence"]![0]!.AsObject();

    private static JsonObject Event(JsonObject d, string id) => Records(d, "events").Single(e => (string?)e!["id"] == id)!.AsObject();

    private static JsonObject Figure(JsonObject d, string id) => Records(d, "figures").Single(e => (string?)e!["id"] == id)!.AsObject();
}
