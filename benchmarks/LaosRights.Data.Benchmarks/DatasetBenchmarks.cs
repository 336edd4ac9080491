using BenchmarkDotNet.Attributes;
using LaosRights.Data;

namespace LaosRights.Data.Benchmarks;

/// <summary>The costs a user of the library pays: loading, looking up, querying, ordering.</summary>
[MemoryDiagnoser]
public class DatasetBenchmarks
{
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

    /// <summary>The README cookbook's first question: what certainly happened in 2009, in chronological order.</summary>
    [Benchmark]
    public int CookbookQuery()
    {
        var count = 0;
        foreach (var e in _data.Events.InYear(2009, DateMatch.Certainly).InChronologicalOrder())
        {
            count += e.Id.Length;
        }

        return count;
    }

    /// <summary>The timeline ordering of every event (total and stable: dated by date, then undated in narrative order).</summary>
    [Benchmark]
    public int TimelineOrdering()
    {
        var count = 0;
        foreach (var e in _data.Events.InChronologicalOrder())
        {
            count += e.NarrativePosition;
        }

        return count;
    }
}
