using BenchmarkDotNet.Attributes;
using LaosRights.Data;
using NodaTime;

namespace LaosRights.Data.Benchmarks;

/// <summary>The costs a user of the library pays: loading, looking up, querying, ordering.</summary>
[MemoryDiagnoser]
public class DatasetBenchmarks
{
    private static readonly DateInterval Year2009 = new(new LocalDate(2009, 1, 1), new LocalDate(2009, 12, 31));
    private readonly LaosRightsDataset _data = LaosRightsDataset.Default;

    /// <summary>Full load of the embedded data from the resource stream: parse, map, validate every rule and every quote, build the indexes.</summary>
    [Benchmark]
    public LaosRightsDataset FullLoad()
    {
        using var stream = typeof(LaosRightsDataset).Assembly.GetManifestResourceStream("LaosRights.Data.dataset.json")!;
        return LaosRightsDataset.Load(stream);
    }

    /// <summary>Lookup of one record by id.</summary>
    [Benchmark]
    public Event LookupById() => _data.Events["iccpr-ratification-2009"];

    /// <summary>A typical question: what possibly happened in 2009, in date order.</summary>
    [Benchmark]
    public int EventsIn2009()
    {
        var count = 0;
        foreach (var e in _data.Events.Where(e => e.Date is { } d && d.Overlaps(Year2009)).OrderBy(e => e.Date!.Value))
        {
            count += e.Id.Length;
        }

        return count;
    }

    /// <summary>The timeline ordering of every event: dated by date, then undated in narrative order.</summary>
    [Benchmark]
    public int TimelineOrdering()
    {
        var count = 0;
        foreach (var e in _data.Events
            .OrderBy(e => e.Date is null)
            .ThenBy(e => e.Date?.Start ?? e.Date?.End)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.NarrativePosition))
        {
            count += e.NarrativePosition;
        }

        return count;
    }
}
