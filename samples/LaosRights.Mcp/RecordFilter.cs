using LaosRights.Data;
using NodaTime;

namespace LaosRights.Mcp;

/// <summary>
/// The filters that search_records and chronology share: record kind, topic, actor (any involvement), place (the place
/// and every place inside it) and a date range matched possibly or certainly. Built from the raw arguments, checked once.
/// </summary>
internal sealed class RecordFilter
{
    private readonly RecordViews views;
    private readonly string? kind;
    private readonly Topic? topic;
    private readonly HashSet<string>? actorRecords;
    private readonly IReadOnlySet<string>? places;
    private readonly DateInterval? period;
    private readonly DateMatch match;

    public RecordFilter(RecordViews views, string? kind, string? topic, string? actor, string? place, string? from, string? to, string? match)
    {
        this.views = views;
        var data = views.Data;
        this.kind = Arguments.Kind(kind);
        this.topic = Arguments.Topic(topic);
        this.match = Arguments.Match(match);
        period = Arguments.Period(from, to);
        if (this.kind is not null)
        {
            Described.Add("kind " + this.kind);
        }

        if (this.topic is { } t)
        {
            Described.Add("topic " + Wording.Code(t));
        }

        if (Arguments.Actor(data, actor) is { } a)
        {
            actorRecords = data.InvolvementOf(a).AllRecords().Select(r => r.Id).Append(a.Id).ToHashSet(StringComparer.Ordinal);
            Described.Add($"involving {a.Name} ({a.Id})");
        }

        if (Arguments.Place(data, place) is { } p)
        {
            places = data.PlaceIdsWithin(p);
            Described.Add($"in {p.Name} ({p.Id}) or a place inside it");
        }

        if (period is not null)
        {
            Described.Add($"date {Wording.Code(this.match)} from {(Arguments.Blank(from) ? "the beginning" : from!.Trim())} to {(Arguments.Blank(to) ? "the end" : to!.Trim())}; undated records excluded");
        }
    }

    /// <summary>The filters in words, for the result.</summary>
    public List<string> Described { get; } = [];

    public bool Matches(DatasetRecord record)
    {
        if (kind is not null && RecordViews.KindOf(record) != kind)
        {
            return false;
        }

        if (topic is { } t && !views.TopicsOf(record).Contains(t))
        {
            return false;
        }

        if (actorRecords is not null && !actorRecords.Contains(record.Id))
        {
            return false;
        }

        if (places is not null && !views.PlaceIdsOf(record).Any(places.Contains))
        {
            return false;
        }

        if (period is not null)
        {
            if (RecordViews.DateOf(record).Date is not { } date)
            {
                return false;
            }

            return match == DateMatch.Certainly ? date.IsWithin(period) : date.Overlaps(period);
        }

        return true;
    }
}
