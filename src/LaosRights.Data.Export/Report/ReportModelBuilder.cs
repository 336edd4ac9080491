namespace LaosRights.Data;

/// <summary>Turns a dataset into the <see cref="ReportModel"/> the template renders.</summary>
internal sealed class ReportModelBuilder
{
    private readonly LaosRightsDataset _data;
    private readonly Dictionary<string, string> _firstMarkByEvidence = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(DatasetRecord Record, Evidence Evidence)>> _spansByStart = [];

    private ReportModelBuilder(LaosRightsDataset data) => _data = data;

    public static ReportModel Build(LaosRightsDataset dataset, ReportOptions options)
    {
        var builder = new ReportModelBuilder(dataset);
        return builder.Build(options);
    }

    /// <summary>Every record, grouped by kind, in the order the report lists them.</summary>
    private IEnumerable<(string Heading, string Anchor, IEnumerable<DatasetRecord> Records)> Groups()
    {
        yield return ("Events", "events", _data.Events);
        yield return ("Cases", "cases", _data.Cases);
        yield return ("Claims", "claims", _data.Claims);
        yield return ("Figures", "figures-records", _data.Figures);
        yield return ("Quotations", "quotations", _data.Quotations);
        yield return ("Scores", "scores", _data.Scores);
        yield return ("Rankings", "rankings", _data.Rankings);
        yield return ("Sources", "sources", _data.Sources);
        yield return ("Actors", "actors", _data.Actors);
        yield return ("Places", "places", _data.Places);
    }

    private ReportModel Build(ReportOptions options)
    {
        var article = _data.Article;
        var title = options.Title ?? article.Title + ": the data";
        var blocks = BuildArticle(out var markCount);
        var chronology = ReportChronology.Build(_data, options.ChosenIds);
        var script = ReportTemplate.Script;
        var css = ReportTemplate.Css;
        return new ReportModel
        {
            Title = title,
            Selection = options.Selection,
            ArticleTitle = article.Title,
            DataVersion = _data.DataVersion,
            SchemaVersion = ReportText.Count(_data.SchemaVersion),
            License = article.License,
            LicenseUrl = article.LicenseUrl.AbsoluteUri,
            Attribution = article.Attribution,
            SourceUrl = article.SourceUrl.AbsoluteUri,
            Sha256 = article.Sha256,
            Citation = $"LaosRights.Data, data version {_data.DataVersion}: \u201c{article.Title}\u201d as a typed, cited dataset. " +
                       $"Derived from the English Wikipedia article \u201c{article.Title}\u201d ({article.SourceUrl.AbsoluteUri}, text SHA-256 {article.Sha256[..12]}\u2026), {article.License}.",
            Summary = $"{ReportText.Count(_data.Events.Count, "event", "events")}, {ReportText.Count(_data.Cases.Count, "case", "cases")}, " +
                      $"{ReportText.Count(_data.Claims.Count, "claim", "claims")}, {ReportText.Count(_data.Figures.Count, "figure", "figures")}, " +
                      $"{ReportText.Count(_data.Quotations.Count, "quotation", "quotations")}, {ReportText.Count(_data.Scores.Count + _data.Rankings.Count, "score or ranking", "scores and rankings")}, " +
                      $"{ReportText.Count(_data.Sources.Count, "source", "sources")}, {ReportText.Count(_data.Actors.Count, "actor", "actors")} and {ReportText.Count(_data.Places.Count, "place", "places")}, each quoting the article.",
            Css = css,
            Script = script,
            ContentSecurityPolicy = ReportTemplate.ContentSecurityPolicy,
            Timeline = ReportCharts.Timeline(chronology),
            Chronology = [.. chronology.Select(ChronologyRow)],
            Figures = ReportCharts.Figures(_data.Figures),
            Article = blocks,
            MarkCount = ReportText.Count(markCount),
            WhoSays = BuildWhoSays(),
            Records = [.. Groups().Select(g => new CardGroup
            {
                Heading = g.Heading,
                Anchor = g.Anchor,
                Cards = [.. g.Records.Select(Card)],
                Count = ReportText.Count(g.Records.Count()),
            })],
        };
    }

    // ---- The annotated article ----

    private List<ArticleBlock> BuildArticle(out int markCount)
    {
        var text = _data.Article.Text;
        var spans = Groups().SelectMany(g => g.Records).SelectMany(r => r.Evidence.Select(e => (r, e))).ToList();
        foreach (var group in spans.GroupBy(s => s.e.Start))
        {
            _spansByStart[group.Key] = [.. group];
        }

        var headings = _data.Article.Sections.ToDictionary(s => s.Start);
        var blocks = new List<ArticleBlock>();
        List<ArticleLine>? list = null;
        markCount = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (headings.TryGetValue(lineStart, out var section) && section.HeadingLength == lineEnd - lineStart)
            {
                list = null;
                var titleStart = text.IndexOf(section.Title, lineStart, lineEnd - lineStart, StringComparison.Ordinal);
                blocks.Add(new ArticleBlock
                {
                    Kind = "heading",
                    Level = section.Level,
                    Anchor = "a-" + ReportText.Count(section.Start),
                    Lines = [Line(spans, titleStart, titleStart + section.Title.Length, ref markCount)],
                });
            }
            else if (text.AsSpan(lineStart, lineEnd - lineStart).StartsWith("- "))
            {
                if (list is null)
                {
                    list = [];
                    blocks.Add(new ArticleBlock { Kind = "list", Lines = list });
                }

                // The dash stays: it is part of the article's text, and evidence may quote it.
                list.Add(Line(spans, lineStart, lineEnd, ref markCount));
            }
            else if (!string.IsNullOrWhiteSpace(text[lineStart..lineEnd]))
            {
                list = null;
                blocks.Add(new ArticleBlock { Kind = "paragraph", Lines = [Line(spans, lineStart, lineEnd, ref markCount)] });
            }

            lineStart = lineEnd + 1;
        }

        return blocks;
    }

    private ArticleLine Line(List<(DatasetRecord Record, Evidence Evidence)> spans, int from, int to, ref int markCount)
    {
        var text = _data.Article.Text;
        var pieces = new List<ArticlePiece>();
        foreach (var piece in ArticleAnnotation.Split(spans, from, to))
        {
            var words = text[piece.Start..piece.End];
            if (piece.Records.Count == 0)
            {
                pieces.Add(new ArticlePiece { Text = words });
                continue;
            }

            markCount++;

            if (_spansByStart.TryGetValue(piece.Start, out var starting))
            {
                foreach (var (record, evidence) in starting)
                {
                    _firstMarkByEvidence.TryAdd(EvidenceKey(record, evidence), piece.Anchor);
                }
            }

            pieces.Add(new ArticlePiece
            {
                Text = words,
                Anchor = piece.Anchor,
                Href = Href(piece.Records[0].Id),
                Records = string.Join(' ', piece.Records.Select(r => r.Id)),
                Start = ReportText.Count(piece.Start),
                Shared = piece.Records.Count > 1,
                Gap = string.IsNullOrWhiteSpace(words),
                Label = piece.Records.Count == 1 ? "1 record" : ReportText.Count(piece.Records.Count) + " records",
            });
        }

        return new ArticleLine { Pieces = pieces };
    }

    private static string EvidenceKey(DatasetRecord record, Evidence evidence) => record.Id + "@" + ReportText.Count(evidence.Start);

    // ---- The chronology table ----

    private ChronologyRow ChronologyRow(ReportChronologyEntry entry) => new()
    {
        Href = Href(entry.Record.Id),
        Id = entry.Record.Id,
        Kind = KindName(entry.Record),
        Title = TitleOf(entry.Record),
        When = ReportText.Date(entry.Date),
        Edtf = entry.Date.ToString(),
        Precision = ReportText.Precision(entry.Date),
        Meaning = ReportText.Meaning(entry.Meaning),
        Derivation = entry.Derivation,
        Standing = entry.Standing is { } s ? ReportText.Standing(s) : null,
        Claimants = entry.ClaimantIds.Count == 0 ? "" : string.Join(", ", entry.ClaimantIds.Select(NameOf)),
    };

    // ---- Who says what ----

    private WhoSaysTable BuildWhoSays()
    {
        // Attributed records: every claim, and the events and figures that someone claims or that the article does not state itself.
        var attributed = new List<(DatasetRecord Record, Standing Standing, IReadOnlyList<string> Claimants, IReadOnlyList<Topic> Topics)>();
        attributed.AddRange(_data.Claims.Select(c => ((DatasetRecord)c, c.Standing, c.ClaimantIds, c.Topics)));
        attributed.AddRange(_data.Events.Where(e => e.ClaimantIds.Count > 0 || e.Standing != Standing.Stated)
            .Select(e => ((DatasetRecord)e, e.Standing, e.ClaimantIds, e.Topics)));
        attributed.AddRange(_data.Figures.Where(f => f.ClaimantIds.Count > 0 || f.Standing != Standing.Stated)
            .Select(f => ((DatasetRecord)f, f.Standing, f.ClaimantIds, (IReadOnlyList<Topic>)[])));

        var standings = attributed.Select(a => a.Standing).Distinct().Order().ToList();
        var byClaimant = attributed
            .SelectMany(a => (a.Claimants.Count == 0 ? [""] : a.Claimants).Select(c => (Claimant: c, a.Record, a.Standing, a.Topics)))
            .GroupBy(x => x.Claimant)
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Length == 0 ? "" : NameOf(g.Key), StringComparer.Ordinal);

        var rows = new List<WhoSaysRow>();
        foreach (var group in byClaimant)
        {
            var topics = group.SelectMany(x => x.Topics).GroupBy(t => t).OrderByDescending(t => t.Count()).ThenBy(t => t.Key)
                .Select(t => $"{ReportText.Words(t.Key.ToString())} ({ReportText.Count(t.Count())})");
            var anchor = "w-" + ReportText.Count(rows.Count + 1);
            var lists = standings.Where(s => group.Any(x => x.Standing == s)).Select(s => new WhoSaysList
            {
                Anchor = anchor + "-" + ReportText.Standing(s).Key,
                Standing = ReportText.Standing(s),
                Count = ReportText.Count(group.Count(x => x.Standing == s)),
                Records = [.. group.Where(x => x.Standing == s).Select(x => new ReportLink(ReportText.Shorten(TitleOf(x.Record), 80), Href(x.Record.Id)))],
            }).ToList();
            rows.Add(new WhoSaysRow
            {
                Anchor = anchor,
                Claimant = group.Key.Length == 0 ? new ReportLink("(the article names nobody)") : Ref(group.Key),
                Cells = [.. standings.Select(s => lists.FirstOrDefault(l => l.Standing == ReportText.Standing(s)))],
                Lists = lists,
                Topics = string.Join(", ", topics),
                Total = ReportText.Count(group.Count()),
            });
        }

        return new WhoSaysTable { Standings = [.. standings.Select(ReportText.Standing)], Rows = rows };
    }

    // ---- Record cards ----

    private RecordCard Card(DatasetRecord record)
    {
        var fields = new List<CardField>();
        StandingLabel? standing = null;

        void Add(string label, params IEnumerable<ReportLink?> values)
        {
            var list = values.OfType<ReportLink>().ToList();
            if (list.Count > 0)
            {
                fields.Add(new CardField { Label = label, Values = list });
            }
        }

        void Text(string label, string? value) => Add(label, value is null ? null : new ReportLink(value));
        void Refs(string label, IEnumerable<string?> ids) => Add(label, ids.OfType<string>().Select(Ref));
        if (record is IDatedRecord { Date: { } date } dated)
        {
            Text("Date", $"{ReportText.Date(date)} (EDTF {date}, {ReportText.Precision(date)}): {ReportText.Meaning(dated.DateMeaning)}");
            Text("Date derived", dated.DateDerivation);
        }

        void Topics(IReadOnlyList<Topic> topics) => Add("Topics", topics.Select(t => new ReportLink(ReportText.Words(t.ToString()))));

        switch (record)
        {
            case Event e:
                standing = ReportText.Standing(e.Standing);
                Refs("Claimants", e.ClaimantIds);
                Add("Actors", e.Actors.Select(a => Ref(a.ActorId) with { Text = $"{NameOf(a.ActorId)} ({ReportText.Words(a.Role.ToString())})" }));
                Refs("Places", e.PlaceIds);
                Topics(e.Topics);
                Refs("Sources", e.SourceIds);
                Add("Figures", _data.Figures.Where(f => f.EventId == e.Id)
                    .Select(f => new ReportLink($"\u201c{f.Quantity.Wording}\u201d ({ReportText.Range(f.Quantity)}): {f.Counted}", Href(f.Id))));
                Add("Related", e.Related.Select(r => Ref(r.EventId) with { Text = $"{ReportText.Words(r.Kind.ToString())}: {NameOf(r.EventId)}" }));
                break;
            case Case c:
                Refs("Events, in the story's order", c.EventIds);
                Refs("About", c.SubjectIds);
                Topics(c.Topics);
                break;
            case Claim c:
                standing = ReportText.Standing(c.Standing);
                Add("Claimants", c.ClaimantIds.Count == 0 ? [new ReportLink("the article names nobody")] : c.ClaimantIds.Select(Ref));
                Refs("About", c.SubjectIds);
                Topics(c.Topics);
                Refs("Sources", c.SourceIds);
                Text("Provision", c.Provision is { } provision ? "Article " + ReportText.Count(provision) : null);
                Refs("Responds to", [c.RespondsToId]);
                Refs("Events", c.EventIds);
                break;
            case Figure f:
                standing = ReportText.Standing(f.Standing);
                Text("The article's words", f.Quantity.Wording);
                Text("Read as", ReportText.Range(f.Quantity));
                Text("Smallest amount the words allow", f.Quantity.Minimum is { } min ? ReportText.Number(min) : "not set by the words");
                Text("Largest amount the words allow", f.Quantity.Maximum is { } max ? ReportText.Number(max) : "not set by the words");
                Refs("Claimants", f.ClaimantIds);
                Refs("Event", [f.EventId]);
                break;
            case Quotation q:
                Refs("Speaker", [q.SpeakerId]);
                Refs("Source", [q.SourceId]);
                Text("Audience", q.Audience);
                Refs("About", q.SubjectIds);
                Refs("Event", [q.EventId]);
                break;
            case Score s:
                Text("Score", $"{ReportText.Number(s.Value)} out of {ReportText.Number(s.ScaleMaximum)}");
                Refs("Subject", [s.SubjectId]);
                Add("Publisher", s.PublisherId is null ? new ReportLink("not named by the article") : Ref(s.PublisherId));
                break;
            case Ranking r:
                Text("Position", $"{ReportText.Ordinal(r.Position)} {ReportText.Words(r.Direction.ToString())}{(r.Scope is null ? "" : " in " + r.Scope)}");
                Refs("Subject", [r.SubjectId]);
                Add("Publisher", r.PublisherId is null ? new ReportLink("not named by the article") : Ref(r.PublisherId));
                break;
            case Source s:
                Text("Kind", ReportText.Words(s.Kind.ToString()));
                Refs("Authors", s.AuthorIds);
                Refs("Publisher", [s.PublisherId]);
                Refs("Submitted to", [s.RecipientId]);
                Text("Note", s.Description);
                break;
            case Actor a:
                Text("Kind", ReportText.Words(a.Kind.ToString()));
                Add("Other names", a.OtherNames.Select(n => new ReportLink(n)));
                Text("Note", a.Description);
                Refs("Country", [a.CountryId]);
                Refs("Part of", [a.ParentId]);
                break;
            case Place p:
                Text("Kind", ReportText.Words(p.Kind.ToString()));
                Text("ISO 3166 code", p.Iso3166Code);
                Add("Other names", p.OtherNames.Select(n => new ReportLink(n)));
                Refs("Inside", [p.ParentId]);
                break;
        }

        return new RecordCard
        {
            Anchor = "r-" + record.Id,
            Id = record.Id,
            Kind = KindName(record),
            Title = TitleOf(record),
            Standing = standing,
            Fields = fields,
            Evidence = [.. record.Evidence.Select((e, i) => new CardEvidence
            {
                Quote = e.Quote,
                Section = string.Join(" \u203a ", e.SectionPath),
                Href = "#" + (_firstMarkByEvidence.TryGetValue(EvidenceKey(record, e), out var anchor) ? anchor : "article"),
                Label = "Show in the article" + (record.Evidence.Count > 1 ? $" ({ReportText.Count(i + 1)} of {ReportText.Count(record.Evidence.Count)})" : ""),
            })],
        };
    }

    // ---- Names and links ----

    private static string Href(string id) => "#r-" + id;

    private ReportLink Ref(string id) =>
        _data.TryGetRecord(id, out _) ? new ReportLink(NameOf(id), Href(id)) : new ReportLink(id);

    private string NameOf(string id) => _data.TryGetRecord(id, out var record) ? ReportText.Shorten(TitleOf(record), 90) : id;

    internal static string KindName(DatasetRecord record) => record.GetType().Name;

    internal static string TitleOf(DatasetRecord record) => record switch
    {
        Event e => e.Summary,
        Case c => c.Title,
        Claim c => c.Statement,
        Figure f => $"{f.Quantity.Wording}: {f.Counted}",
        Quotation q => $"\u201c{q.Text}\u201d",
        Score s => $"{s.Indicator}: {ReportText.Number(s.Value)} out of {ReportText.Number(s.ScaleMaximum)}",
        Ranking r => $"{r.Indicator}: {ReportText.Ordinal(r.Position)} {ReportText.Words(r.Direction.ToString())}",
        Source s => s.Title,
        Actor a => a.Name,
        Place p => p.Name,
        _ => record.Id,
    };
}
