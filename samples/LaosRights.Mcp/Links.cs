using LaosRights.Data;

namespace LaosRights.Mcp;

/// <summary>The links between records: each record's own references, and the references other records make to it.</summary>
internal sealed class Links
{
    private readonly RecordViews views;
    private readonly Dictionary<string, List<(string Relation, string Id)>> incoming = new(StringComparer.Ordinal);

    public Links(RecordViews views)
    {
        this.views = views;
        foreach (var record in views.Data.AllRecords)
        {
            foreach (var (_, reverse, target) in Outgoing(record))
            {
                if (!incoming.TryGetValue(target, out var list))
                {
                    incoming[target] = list = [];
                }

                list.Add((reverse, record.Id));
            }
        }
    }

    /// <summary>The records <paramref name="record"/> links to, then the records that link to it, each with the relation in words.</summary>
    public IReadOnlyList<LinkView> Of(DatasetRecord record)
    {
        var links = Outgoing(record).Select(l => (l.Relation, l.Id))
            .Concat(incoming.TryGetValue(record.Id, out var list) ? list : [])
            .Distinct()
            .Select(l =>
            {
                var target = views.Data.GetRecord(l.Id);
                return new LinkView { Relation = l.Relation, Id = l.Id, Kind = RecordViews.KindOf(target), Title = views.TitleOf(target) };
            });
        return links.ToList();
    }

    /// <summary>The references a record makes: (relation, the relation seen from the target, target id).</summary>
    private static IEnumerable<(string Relation, string Reverse, string Id)> Outgoing(DatasetRecord record)
    {
        switch (record)
        {
            case Event e:
                foreach (var a in e.Actors)
                {
                    var role = Wording.Code(a.Role);
                    yield return ($"actor ({role})", $"involved ({role}) in", a.ActorId);
                }

                foreach (var id in e.ClaimantIds)
                {
                    yield return ("claimant", "claimant of", id);
                }

                foreach (var id in e.PlaceIds)
                {
                    yield return ("place", "place of", id);
                }

                foreach (var id in e.SourceIds)
                {
                    yield return ("source", "source of", id);
                }

                foreach (var r in e.Related)
                {
                    yield return r.Kind == EventRelationKind.Follows
                        ? ("follows", "followed by", r.EventId)
                        : ("responds to", "responded to by", r.EventId);
                }

                break;
            case Case c:
                foreach (var id in c.EventIds)
                {
                    yield return ("event of this case", "case containing this event", id);
                }

                foreach (var id in c.SubjectIds)
                {
                    yield return ("subject", "subject of case", id);
                }

                break;
            case Figure f:
                if (f.EventId is { } fe)
                {
                    yield return ("event", "figure of this event", fe);
                }

                foreach (var id in f.ClaimantIds)
                {
                    yield return ("claimant", "gives figure", id);
                }

                break;
            case Claim c:
                foreach (var id in c.ClaimantIds)
                {
                    yield return ("claimant", "claimant of", id);
                }

                foreach (var id in c.SubjectIds)
                {
                    yield return ("subject", "subject of claim", id);
                }

                foreach (var id in c.SourceIds)
                {
                    yield return ("source", "source of claim", id);
                }

                foreach (var id in c.EventIds)
                {
                    yield return ("event", "claim about this event", id);
                }

                if (c.RespondsToId is { } answered)
                {
                    yield return ("responds to", "responded to by", answered);
                }

                break;
            case Quotation q:
                yield return ("speaker", "speaker of", q.SpeakerId);
                if (q.SourceId is { } qs)
                {
                    yield return ("source", "source of quotation", qs);
                }

                foreach (var id in q.SubjectIds)
                {
                    yield return ("subject", "subject of quotation", id);
                }

                if (q.EventId is { } qe)
                {
                    yield return ("event", "quotation of this event", qe);
                }

                break;
            case Score s:
                yield return ("place scored", "scored in", s.SubjectId);
                if (s.PublisherId is { } sp)
                {
                    yield return ("publisher", "publisher of", sp);
                }

                break;
            case Ranking r:
                yield return ("place ranked", "ranked in", r.SubjectId);
                if (r.PublisherId is { } rp)
                {
                    yield return ("publisher", "publisher of", rp);
                }

                break;
            case Actor a:
                if (a.ParentId is { } ap)
                {
                    yield return ("part of", "has part", ap);
                }

                if (a.CountryId is { } country)
                {
                    yield return ("country", "country of", country);
                }

                break;
            case Place p:
                if (p.ParentId is { } pp)
                {
                    yield return ("inside", "contains", pp);
                }

                break;
            case Source s:
                foreach (var id in s.AuthorIds)
                {
                    yield return ("author", "author of", id);
                }

                if (s.PublisherId is { } publisher)
                {
                    yield return ("publisher", "publisher of", publisher);
                }

                if (s.RecipientId is { } recipient)
                {
                    yield return ("recipient", "recipient of", recipient);
                }

                break;
        }
    }
}
