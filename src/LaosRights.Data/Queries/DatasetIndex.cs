using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace LaosRights.Data;

/// <summary>
/// The reverse indexes that navigation and place queries need (event to case, event to figures, actor to records,
/// place to the places inside it). Built once per dataset, on first use, by one scan of the dataset (a place's set of
/// places inside it on its first query); thread-safe.
/// </summary>
internal sealed class DatasetIndex
{
    private static readonly ConditionalWeakTable<LaosRightsDataset, DatasetIndex> Indexes = new();

    private readonly LaosRightsDataset _dataset;
    private readonly FrozenDictionary<string, Case[]> _casesByEvent;
    private readonly FrozenDictionary<string, Event[]> _eventsLinkingTo;
    private readonly FrozenDictionary<string, Figure[]> _figuresByEvent;
    private readonly FrozenDictionary<string, Claim[]> _claimsByEvent;
    private readonly FrozenDictionary<string, Quotation[]> _quotationsByEvent;
    private readonly ILookup<string, string> _placesInside;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> _placeAndInside = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, Place> _placesByIsoCode;
    private readonly Lazy<FrozenDictionary<string, ActorInvolvement>> _involvement;

    private DatasetIndex(LaosRightsDataset dataset)
    {
        _dataset = dataset;
        _casesByEvent = Group(dataset.Cases.SelectMany(c => c.EventIds.Distinct(StringComparer.Ordinal).Select(id => (id, c))));
        _eventsLinkingTo = Group(dataset.Events.SelectMany(e => e.Related.Select(r => r.EventId).Distinct(StringComparer.Ordinal).Select(id => (id, e))));
        _figuresByEvent = Group(dataset.Figures.Where(f => f.EventId is not null).Select(f => (f.EventId!, f)));
        _claimsByEvent = Group(dataset.Claims.SelectMany(c => c.EventIds.Distinct(StringComparer.Ordinal).Select(id => (id, c))));
        _quotationsByEvent = Group(dataset.Quotations.Where(q => q.EventId is not null).Select(q => (q.EventId!, q)));
        _placesInside = dataset.Places.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!, p => p.Id, StringComparer.Ordinal);
        _placesByIsoCode = dataset.Places
            .Where(p => p.Iso3166Code is not null)
            .DistinctBy(p => p.Iso3166Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Iso3166Code!, StringComparer.OrdinalIgnoreCase);
        _involvement = new(BuildInvolvement, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the index of <paramref name="dataset"/>, building it on first use.</summary>
    public static DatasetIndex For(LaosRightsDataset dataset) => Indexes.GetValue(dataset, static d => new DatasetIndex(d));

    public IReadOnlyList<Case> CasesOf(string eventId) => Get(_casesByEvent, eventId);

    public IReadOnlyList<Event> EventsLinkingTo(string eventId) => Get(_eventsLinkingTo, eventId);

    public IReadOnlyList<Figure> FiguresOf(string eventId) => Get(_figuresByEvent, eventId);

    public IReadOnlyList<Claim> ClaimsOf(string eventId) => Get(_claimsByEvent, eventId);

    public IReadOnlyList<Quotation> QuotationsOf(string eventId) => Get(_quotationsByEvent, eventId);

    /// <summary>The ids of the place and of every place inside it, at any depth.</summary>
    /// <remarks>
    /// Built for each place on its first query, in time proportional to the places inside it: building every place's
    /// set up front cost the number of places times the depth of their nesting (4,000 nested places: 1.3 GB).
    /// </remarks>
    public FrozenSet<string> PlaceAndInside(string placeId) =>
        _placeAndInside.GetOrAdd(placeId, static (id, inside) => Containment(id, inside), _placesInside);

    public Place? FindPlace(string idOrCode) =>
        _dataset.Places.TryGet(idOrCode, out var place) ? place
        : _placesByIsoCode.TryGetValue(idOrCode, out place) ? place
        : null;

    public ActorInvolvement InvolvementOf(Actor actor) => _involvement.Value[actor.Id];

    private static FrozenDictionary<string, T[]> Group<T>(IEnumerable<(string Key, T Value)> pairs) =>
        pairs.GroupBy(p => p.Key, p => p.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static System.Collections.ObjectModel.ReadOnlyCollection<T> Get<T>(FrozenDictionary<string, T[]> map, string id) =>
        Array.AsReadOnly(map.TryGetValue(id, out var found) ? found : []);

    // The loader rejects cycles in parent links, but the set also guards against them: each place is added once.
    private static FrozenSet<string> Containment(string placeId, ILookup<string, string> placesInside)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal) { placeId };
        var pending = new Stack<string>();
        pending.Push(placeId);
        while (pending.Count > 0)
        {
            foreach (var child in placesInside[pending.Pop()])
            {
                if (inside.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        return inside.ToFrozenSet(StringComparer.Ordinal);
    }

    private FrozenDictionary<string, ActorInvolvement> BuildInvolvement()
    {
        var d = _dataset;
        var events = Group(d.Events.SelectMany(e => e.Actors.Select(a => a.ActorId).Concat(e.ClaimantIds).Distinct(StringComparer.Ordinal).Select(id => (id, e))));
        var cases = Group(d.Cases.SelectMany(c => c.SubjectIds.Distinct(StringComparer.Ordinal).Select(id => (id, c))));
        var claimsMade = Group(d.Claims.SelectMany(c => c.ClaimantIds.Distinct(StringComparer.Ordinal).Select(id => (id, c))));
        var claimsAbout = Group(d.Claims.SelectMany(c => c.SubjectIds.Distinct(StringComparer.Ordinal).Select(id => (id, c))));
        var figures = Group(d.Figures.SelectMany(f => f.ClaimantIds.Distinct(StringComparer.Ordinal).Select(id => (id, f))));
        var quotations = Group(d.Quotations.SelectMany(q => q.SubjectIds.Append(q.SpeakerId).Distinct(StringComparer.Ordinal).Select(id => (id, q))));
        var sources = Group(d.Sources.SelectMany(s => s.AuthorIds
            .Append(s.PublisherId).Append(s.RecipientId).OfType<string>().Distinct(StringComparer.Ordinal).Select(id => (id, s))));
        return d.Actors.ToFrozenDictionary(
            a => a.Id,
            a => new ActorInvolvement(
                a,
                Get(events, a.Id),
                Get(cases, a.Id),
                Get(claimsMade, a.Id),
                Get(claimsAbout, a.Id),
                Get(figures, a.Id),
                Get(quotations, a.Id),
                Get(sources, a.Id)),
            StringComparer.Ordinal);
    }
}
