namespace LaosRights.Data;

/// <summary>Takes a self-contained part of a dataset: chosen records plus everything they refer to.</summary>
public static class DatasetSubset
{
    /// <summary>
    /// Returns a new dataset holding <paramref name="records"/>, every record they refer to (transitively), and the
    /// records that belong to the chosen events, so that every reference resolves and the result can be written and
    /// loaded again (<see cref="DatasetJson.Write(LaosRightsDataset, Stream)"/>, <see cref="LaosRightsDataset.Load(Stream, DatasetLoadOptions?)"/>).
    /// </summary>
    /// <remarks>
    /// <para>References followed: an event's actors, claimants, places, sources and related events (<c>follows</c>,
    /// <c>responds-to</c>); a case's events and subjects; a figure's event and claimants; a score's or ranking's subject
    /// and publisher; a claim's claimants, subjects, sources, events and the claim it responds to; a quotation's
    /// speaker, source, subjects and event; a source's authors, publisher and recipient; an actor's country and parent;
    /// a place's parent (so a site comes with its province and country). Because related events are followed, the
    /// result can hold events that were not chosen; records are never changed to cut a link.</para>
    /// <para>Records that belong to events are added when every event they name is in the result: figures and
    /// quotations of an included event, claims about included events, and cases all of whose events are included.</para>
    /// <para>Records keep the order of <paramref name="dataset"/>; the article, schema version and data version are the same.
    /// Records are shared with <paramref name="dataset"/>, not copied (they are immutable).</para>
    /// </remarks>
    /// <param name="dataset">The dataset the records come from.</param>
    /// <param name="records">The records to keep, of any kind (for example a filtered list of events).</param>
    /// <returns>A new, self-contained dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="records"/> is null, or <paramref name="records"/> holds null.</exception>
    /// <exception cref="ArgumentException">A record in <paramref name="records"/> is not in <paramref name="dataset"/>.</exception>
    public static LaosRightsDataset Subset(this LaosRightsDataset dataset, IEnumerable<DatasetRecord> records)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(records);

        var included = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<DatasetRecord>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!dataset.TryGetRecord(record.Id, out var own) || !ReferenceEquals(own, record) && own != record)
            {
                throw new ArgumentException($"The record '{record.Id}' is not in this dataset.", nameof(records));
            }

            pending.Push(own);
        }

        // A record that belongs to events (a figure, quotation, claim or case) joins when the last of its events does:
        // each one counts its events still missing, and including an event counts down its records. One pass over
        // records and links, however long the chains (rescanning every record until nothing changed cost chain
        // length times record count: 8,000 links took 10 s).
        var missing = new Dictionary<DatasetRecord, int>(ReferenceEqualityComparer.Instance);
        var belongingTo = new Dictionary<string, List<DatasetRecord>>(StringComparer.Ordinal);
        foreach (var record in Dependents(dataset))
        {
            if (EventsOf(record) is { Count: > 0 } events)
            {
                var distinct = events.Distinct(StringComparer.Ordinal).ToArray();
                missing[record] = distinct.Length;
                foreach (var id in distinct)
                {
                    if (!belongingTo.TryGetValue(id, out var list))
                    {
                        belongingTo[id] = list = [];
                    }

                    list.Add(record);
                }
            }
        }

        while (pending.Count > 0)
        {
            var record = pending.Pop();
            if (!included.Add(record.Id))
            {
                continue;
            }

            foreach (var id in References(record))
            {
                if (!included.Contains(id))
                {
                    pending.Push(dataset.GetRecord(id));
                }
            }

            if (record is Event && belongingTo.TryGetValue(record.Id, out var dependents))
            {
                foreach (var dependent in dependents)
                {
                    if (--missing[dependent] == 0)
                    {
                        pending.Push(dependent);
                    }
                }
            }
        }

        T[] Keep<T>(RecordCollection<T> all)
            where T : DatasetRecord => [.. all.Where(r => included.Contains(r.Id))];

        return new LaosRightsDataset(
            dataset.SchemaVersion,
            dataset.DataVersion,
            dataset.Article,
            Keep(dataset.Actors),
            Keep(dataset.Places),
            Keep(dataset.Sources),
            Keep(dataset.Events),
            Keep(dataset.Cases),
            Keep(dataset.Figures),
            Keep(dataset.Scores),
            Keep(dataset.Rankings),
            Keep(dataset.Claims),
            Keep(dataset.Quotations));
    }

    private static IEnumerable<DatasetRecord> Dependents(LaosRightsDataset dataset) =>
        dataset.Figures.Cast<DatasetRecord>().Concat(dataset.Quotations).Concat(dataset.Claims).Concat(dataset.Cases);

    private static IReadOnlyList<string>? EventsOf(DatasetRecord record) => record switch
    {
        Figure { EventId: { } id } => [id],
        Quotation { EventId: { } id } => [id],
        Claim c => c.EventIds,
        Case c => c.EventIds,
        _ => null,
    };

    /// <summary>Every id a record refers to; the loader checks each of them.</summary>
    internal static IEnumerable<string> References(DatasetRecord record)
    {
        IEnumerable<string?> ids = record switch
        {
            Actor a => [a.CountryId, a.ParentId],
            Place p => [p.ParentId],
            Source s => [.. s.AuthorIds, s.PublisherId, s.RecipientId],
            Event e => [.. e.ClaimantIds, .. e.SourceIds, .. e.Actors.Select(a => a.ActorId), .. e.PlaceIds, .. e.Related.Select(r => r.EventId)],
            Case c => [.. c.EventIds, .. c.SubjectIds],
            Figure f => [f.EventId, .. f.ClaimantIds],
            Score s => [s.SubjectId, s.PublisherId],
            Ranking r => [r.SubjectId, r.PublisherId],
            Claim c => [.. c.ClaimantIds, .. c.SubjectIds, .. c.SourceIds, c.RespondsToId, .. c.EventIds],
            Quotation q => [q.SpeakerId, q.SourceId, .. q.SubjectIds, q.EventId],
            _ => [],
        };
        return ids.OfType<string>();
    }
}
