using NodaTime;

namespace LaosRights.Data;

/// <summary>Builds the chronology described at <see cref="ChronologyQueries"/>: constraints, derived bounds, then a prioritised topological sort.</summary>
internal static class ChronologyBuilder
{
    /// <summary>The rule of a constraint from a <see cref="EventRelationKind.Follows"/> link.</summary>
    internal const string FollowsRule = "follows";

    /// <summary>The rule of a constraint from a <see cref="EventRelationKind.RespondsTo"/> link.</summary>
    internal const string RespondsToRule = "responds-to";

    /// <summary>The rule of a constraint from a dated report that tells an undated event.</summary>
    internal const string ToldInReportRule = "told-in-report: an event a dated report tells happened no later than the report";

    private static readonly SourceKind[] Reports =
        [SourceKind.MagazineArticle, SourceKind.NewspaperReport, SourceKind.NewsReport, SourceKind.Report, SourceKind.Documentary];

    public static IReadOnlyList<ChronologyEntry> Build(LaosRightsDataset data)
    {
        var nodes = new List<Node>();
        nodes.AddRange(data.Events.Select(e => new Node(e, ChronologyRecordKind.Event)));
        nodes.AddRange(data.Sources.Where(s => s.Date is not null).Select(s => new Node(s, ChronologyRecordKind.Source)));
        nodes.AddRange(data.Claims.Where(c => c.Date is not null).Select(c => new Node(c, ChronologyRecordKind.Claim)));
        nodes.AddRange(data.Quotations.Where(q => q.Date is not null).Select(q => new Node(q, ChronologyRecordKind.Quotation)));
        nodes.AddRange(data.Figures.Where(f => f.Date is not null).Select(f => new Node(f, ChronologyRecordKind.Figure)));
        nodes.AddRange(data.Scores.Select(s => new Node(s, ChronologyRecordKind.Score)));
        nodes.AddRange(data.Rankings.Select(r => new Node(r, ChronologyRecordKind.Ranking)));
        var byId = nodes.ToDictionary(n => n.Record.Id, StringComparer.Ordinal);

        foreach (var e in data.Events)
        {
            var node = byId[e.Id];
            foreach (var link in e.Related)
            {
                if (byId.TryGetValue(link.EventId, out var earlier))
                {
                    var rule = link.Kind == EventRelationKind.Follows ? FollowsRule : RespondsToRule;
                    Link(earlier, node, rule, e.Evidence[0]);
                }
            }

            if (e.Date is null)
            {
                foreach (var sourceId in e.SourceIds)
                {
                    if (byId.TryGetValue(sourceId, out var report) && report.Record is Source s && Reports.Contains(s.Kind))
                    {
                        Link(node, report, ToldInReportRule, s.Evidence[0]);
                    }
                }
            }
        }

        var topological = TopologicalOrder(nodes);
        DeriveBounds(topological);
        Anchor(topological);
        return Order(nodes);
    }

    private static void Link(Node earlier, Node later, string rule, Evidence evidence)
    {
        if (ReferenceEquals(earlier, later))
        {
            throw new InvalidOperationException($"The event '{later.Record.Id}' is linked to itself.");
        }

        earlier.Later.Add(later);
        later.Earlier.Add(earlier);
        later.Bounds.Add(new ChronologyBound(ChronologyBoundSide.After, earlier.Record.Id, rule, evidence));
        earlier.Bounds.Add(new ChronologyBound(ChronologyBoundSide.Before, later.Record.Id, rule, evidence));
    }

    // Kahn's algorithm in file order; a cycle leaves nodes behind.
    private static List<Node> TopologicalOrder(List<Node> nodes)
    {
        var pending = nodes.ToDictionary(n => n, n => n.Earlier.Count);
        var ready = new Queue<Node>(nodes.Where(n => pending[n] == 0));
        var order = new List<Node>(nodes.Count);
        while (ready.TryDequeue(out var n))
        {
            order.Add(n);
            foreach (var later in n.Later)
            {
                if (--pending[later] == 0)
                {
                    ready.Enqueue(later);
                }
            }
        }

        if (order.Count != nodes.Count)
        {
            var cycle = string.Join(", ", nodes.Where(n => pending[n] > 0).Select(n => n.Record.Id));
            throw new InvalidOperationException($"The links between events form a cycle; these records are on it or after it: {cycle}.");
        }

        return order;
    }

    // Lower bounds flow forward and upper bounds backward through undated events; dated records keep their own dates.
    private static void DeriveBounds(List<Node> order)
    {
        foreach (var n in order)
        {
            n.Lower = n.Record.Date is { } date ? date.Start : Latest(n.Earlier.Select(p => p.Lower));
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var n = order[i];
            n.Upper = n.Record.Date is { } date ? date.End : Earliest(n.Later.Select(s => s.Upper));
        }

        foreach (var n in order)
        {
            foreach (var later in n.Later)
            {
                if (n.Lower is { } from && later.Upper is { } to && to.Latest < from.Earliest)
                {
                    throw new InvalidOperationException(
                        $"The links contradict the dates: '{later.Record.Id}' (no later than {to}) comes after '{n.Record.Id}' (no earlier than {from}).");
                }
            }

            if (n.Record.Date is null && (n.Lower is not null || n.Upper is not null))
            {
                n.Derived = new PartialDateInterval(n.Lower, n.Upper);
            }
        }

        static PartialDate? Latest(IEnumerable<PartialDate?> dates)
        {
            PartialDate? latest = null;
            foreach (var d in dates)
            {
                if (d is { } day && (latest is null || day.Earliest > latest.Value.Earliest))
                {
                    latest = day;
                }
            }

            return latest;
        }

        static PartialDate? Earliest(IEnumerable<PartialDate?> dates)
        {
            PartialDate? earliest = null;
            foreach (var d in dates)
            {
                if (d is { } day && (earliest is null || day.Latest < earliest.Value.Latest))
                {
                    earliest = day;
                }
            }

            return earliest;
        }
    }

    private static void Anchor(List<Node> order)
    {
        // An undated event's anchor is its lower bound, or else what it follows; one bounded only from above takes the
        // anchor of what it precedes (not the last day its bound allows, which would hold back what comes after it).
        foreach (var n in order)
        {
            n.Anchor = n.Record.Date is { } date ? AnchorOf(date) : n.Lower?.Earliest ?? Max(n.Earlier.Select(p => p.Anchor));
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var n = order[i];
            n.Anchor ??= Min(n.Later.Select(s => s.Anchor));
        }

        static LocalDate? Max(IEnumerable<LocalDate?> days) => days.Where(d => d is not null).Max();

        static LocalDate? Min(IEnumerable<LocalDate?> days) => days.Where(d => d is not null).Min();
    }

    /// <summary>The day a date is placed at: its first possible day, or for a date known only as "by X" the last day of X.</summary>
    internal static LocalDate AnchorOf(PartialDateInterval date) => date.Earliest ?? date.Latest!.Value;

    // Kahn's algorithm again, now always taking the first ready node in the chronology's order of priority.
    private static ReadOnlyArray<ChronologyEntry> Order(List<Node> nodes)
    {
        var pending = nodes.ToDictionary(n => n, n => n.Earlier.Count);
        var ready = new SortedSet<Node>(nodes.Where(n => pending[n] == 0), NodePriority.Instance);
        var entries = new ChronologyEntry[nodes.Count];
        var position = 0;
        while (ready.Min is { } n)
        {
            ready.Remove(n);
            entries[position] = n.ToEntry(position);
            position++;
            foreach (var later in n.Later)
            {
                if (--pending[later] == 0)
                {
                    ready.Add(later);
                }
            }
        }

        return new ReadOnlyArray<ChronologyEntry>(entries);
    }

    private sealed class Node(IDatedRecord record, ChronologyRecordKind kind)
    {
        public IDatedRecord Record { get; } = record;

        public ChronologyRecordKind Kind { get; } = kind;

        public List<Node> Earlier { get; } = [];

        public List<Node> Later { get; } = [];

        public List<ChronologyBound> Bounds { get; } = [];

        public PartialDate? Lower { get; set; }

        public PartialDate? Upper { get; set; }

        public PartialDateInterval? Derived { get; set; }

        public LocalDate? Anchor { get; set; }

        public PartialDateInterval? Placing => Record.Date ?? Derived;

        public ChronologyEntry ToEntry(int position)
        {
            ChronologyPlacement placement;
            string? rule = null;
            if (Record.Date is not null)
            {
                rule = Record.DateDerivation;
                placement = rule is null ? ChronologyPlacement.Stated : ChronologyPlacement.Derived;
            }
            else if (Anchor is not null)
            {
                placement = ChronologyPlacement.Sequence;
                rule = string.Join("; ", Bounds.Select(b => $"{(b.Side == ChronologyBoundSide.After ? "after" : "before")} {b.OtherId} ({b.Rule.Split(':')[0]})"));
            }
            else
            {
                placement = ChronologyPlacement.Narrative;
            }

            var meaning = Record.Date is null ? DateMeaning.Happened : Record.DateMeaning;
            return new ChronologyEntry(Record, Kind, Placing, meaning, placement, rule, Bounds.Count == 0 ? ReadOnlyArray<ChronologyBound>.Empty : new ReadOnlyArray<ChronologyBound>([.. Bounds]), position);
        }
    }

    private sealed class NodePriority : IComparer<Node>
    {
        public static readonly NodePriority Instance = new();

        public int Compare(Node? x, Node? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            int c = (x!.Anchor is null).CompareTo(y!.Anchor is null);
            if (c == 0 && x.Anchor is { } ax && y.Anchor is { } ay)
            {
                c = ax.CompareTo(ay);
            }

            // At the same anchor, records with a date of their own come first, in date order; events placed by the
            // sequence follow in the order the article tells them.
            if (c == 0)
            {
                c = (x.Record.Date is null).CompareTo(y.Record.Date is null);
            }

            if (c == 0 && x.Record.Date is { } dx && y.Record.Date is { } dy)
            {
                c = dx.CompareTo(dy);
            }

            if (c == 0)
            {
                c = x.Kind.CompareTo(y.Kind);
            }

            if (c == 0)
            {
                c = x.Record.NarrativePosition.CompareTo(y.Record.NarrativePosition);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Record.Id, y.Record.Id);
        }
    }
}
