using NodaTime;

namespace LaosRights.Data.Tests.Queries;

/// <summary>Small hand-made records for testing query edges without depending on the shipped data.</summary>
internal static class QueryTestData
{
    public static Event Event(string id, string? date, int position = 0, params Topic[] topics) => new()
    {
        Id = id,
        Summary = id,
        Date = date is null ? null : PartialDateInterval.Parse(date),
        Standing = Standing.Stated,
        Evidence = [new Evidence("quote of " + id, position, ["Human rights in Laos"])],
        Topics = topics,
    };

    /// <summary>The article of <see cref="Dataset"/>: one heading and one sentence.</summary>
    public static readonly Article TinyArticle = new(
        "Tiny", "= Tiny =\nSome text.\n", new string('0', 64), "CC0", "https://example.org/licence", "Test data.", "https://example.org/tiny");

    /// <summary>
    /// A small dataset of hand-made records, built without the loader's checks so edge cases (a case listing an event twice,
    /// a cycle of places) can be tested. Each call is a new dataset, so it gets its own navigation index.
    /// </summary>
    public static LaosRightsDataset Dataset(
        Actor[]? actors = null,
        Place[]? places = null,
        Source[]? sources = null,
        Event[]? events = null,
        Case[]? cases = null,
        Figure[]? figures = null,
        Claim[]? claims = null,
        Quotation[]? quotations = null) =>
        new(1, "0.0.0-test", TinyArticle, actors ?? [], places ?? [], sources ?? [], events ?? [], cases ?? [], figures ?? [], [], [], claims ?? [], quotations ?? []);

    public static Evidence Quote(string id) => new("quote of " + id, 0, ["Tiny"]);

    public static Actor Actor(string id) => new() { Id = id, Name = id, Kind = ActorKind.Government, Evidence = [Quote(id)] };

    public static Place Place(string id, string? parentId = null, string? isoCode = null) =>
        new() { Id = id, Name = id, Kind = PlaceKind.Country, ParentId = parentId, Iso3166Code = isoCode, Evidence = [Quote(id)] };

    public static Source Source(string id, string[]? authorIds = null, string? publisherId = null, string? recipientId = null) => new()
    {
        Id = id,
        Title = id,
        Kind = SourceKind.Constitution,
        AuthorIds = authorIds ?? [],
        PublisherId = publisherId,
        RecipientId = recipientId,
        Evidence = [Quote(id)],
    };

    public static Case Case(string id, string[] eventIds, params string[] subjectIds) =>
        new() { Id = id, Title = id, EventIds = eventIds, SubjectIds = subjectIds, Evidence = [Quote(id)] };

    public static Figure Figure(string id, string? eventId, params string[] claimantIds) => new()
    {
        Id = id,
        Counted = id,
        Quantity = new Quantity { Value = 1, Bound = QuantityBound.Exact, Unit = QuantityUnit.People, Wording = "one" },
        EventId = eventId,
        Standing = Standing.Stated,
        ClaimantIds = claimantIds,
        Evidence = [Quote(id)],
    };

    public static Claim Claim(string id, string[]? eventIds = null, string[]? claimantIds = null, string[]? subjectIds = null) => new()
    {
        Id = id,
        Statement = id,
        Standing = Standing.Stated,
        EventIds = eventIds ?? [],
        ClaimantIds = claimantIds ?? [],
        SubjectIds = subjectIds ?? [],
        Evidence = [Quote(id)],
    };

    public static Quotation Quotation(string id, string speakerId, string? eventId = null, params string[] subjectIds) =>
        new() { Id = id, Text = id, SpeakerId = speakerId, EventId = eventId, SubjectIds = subjectIds, Evidence = [Quote(id)] };

    public static DateInterval Days(string first, string last) =>
        new(PartialDate.Parse(first).Earliest, PartialDate.Parse(last).Latest);

    /// <summary>An enumerable that fails when it is enumerated: proves a method is deferred.</summary>
    public static IEnumerable<T> Throwing<T>()
    {
        throw new InvalidOperationException("enumerated");
#pragma warning disable CS0162 // Unreachable code: this is an iterator only because of the yield.
        yield break;
#pragma warning restore CS0162
    }

    public static string[] Ids<T>(this IEnumerable<T> records)
        where T : DatasetRecord => records.Select(r => r.Id).ToArray();
}
