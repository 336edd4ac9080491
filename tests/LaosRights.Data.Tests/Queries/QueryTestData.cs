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
