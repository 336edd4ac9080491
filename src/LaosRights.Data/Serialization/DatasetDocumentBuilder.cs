namespace LaosRights.Data.Serialization;

/// <summary>
/// The reverse of <see cref="DatasetMapper"/>: turns a dataset back into the JSON shape (<see cref="DatasetDocument"/>)
/// so that it can be written in exactly the format the library reads. Empty lists and absent values are left out,
/// as in the shipped file; the record lists themselves are always written (<c>[]</c> for none).
/// </summary>
internal static class DatasetDocumentBuilder
{
    public static DatasetDocument Build(LaosRightsDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new DatasetDocument
        {
            SchemaVersion = dataset.SchemaVersion,
            DataVersion = dataset.DataVersion,
            Article = BuildArticle(dataset.Article),
            Actors = [.. dataset.Actors.Select(Actor)],
            Places = [.. dataset.Places.Select(Place)],
            Sources = [.. dataset.Sources.Select(Source)],
            Events = [.. dataset.Events.Select(Event)],
            Cases = [.. dataset.Cases.Select(Case)],
            Figures = [.. dataset.Figures.Select(Figure)],
            Scores = [.. dataset.Scores.Select(Score)],
            Rankings = [.. dataset.Rankings.Select(Ranking)],
            Claims = [.. dataset.Claims.Select(Claim)],
            Quotations = [.. dataset.Quotations.Select(Quotation)],
        };
    }

    private static ArticleDto BuildArticle(Article article)
    {
        // A file about the embedded article names it by SHA-256; any other article travels with its text.
        var embedded = string.Equals(article.Sha256, EmbeddedData.ArticleSha256, StringComparison.Ordinal);
        return new ArticleDto
        {
            Title = article.Title,
            Sha256 = article.Sha256,
            License = article.License,
            LicenseUrl = article.LicenseUrl.OriginalString,
            Attribution = article.Attribution,
            SourceUrl = article.SourceUrl.OriginalString,
            Text = embedded ? null : article.Text,
        };
    }

    private static T Record<T>(DatasetRecord record, T dto)
        where T : RecordDto
    {
        dto.Id = record.Id;
        dto.Evidence = [.. record.Evidence.Select(e => new EvidenceDto { Start = e.Start, Length = e.Length, Quote = e.Quote })];
        return dto;
    }

    private static ActorDto Actor(Actor a) => Record(a, new ActorDto
    {
        Name = a.Name,
        OtherNames = List(a.OtherNames),
        Kind = Name(a.Kind),
        Description = a.Description,
        CountryId = a.CountryId,
        ParentId = a.ParentId,
    });

    private static PlaceDto Place(Place p) => Record(p, new PlaceDto
    {
        Name = p.Name,
        OtherNames = List(p.OtherNames),
        Kind = Name(p.Kind),
        Iso3166 = p.Iso3166Code,
        ParentId = p.ParentId,
        Description = p.Description,
    });

    private static SourceDto Source(Source s) => Record(s, new SourceDto
    {
        Title = s.Title,
        Kind = Name(s.Kind),
        Date = s.Date?.ToString(),
        DateMeaning = s.Date is null ? null : Name(s.DateMeaning), // chronology (issue 14)
        DateDerivation = s.DateDerivation,
        AuthorIds = List(s.AuthorIds),
        PublisherId = s.PublisherId,
        RecipientId = s.RecipientId,
        Description = s.Description,
    });

    private static EventDto Event(Event e) => Record(e, new EventDto
    {
        Summary = e.Summary,
        Date = e.Date?.ToString(),
        DateMeaning = e.Date is null ? null : Name(e.DateMeaning), // chronology (issue 14)
        DateDerivation = e.DateDerivation,
        Standing = Name(e.Standing),
        ClaimantIds = List(e.ClaimantIds),
        SourceIds = List(e.SourceIds),
        Actors = e.Actors.Count == 0 ? null : [.. e.Actors.Select(a => new EventActorDto { ActorId = a.ActorId, Role = Name(a.Role) })],
        PlaceIds = List(e.PlaceIds),
        Topics = Topics(e.Topics),
        Related = e.Related.Count == 0 ? null : [.. e.Related.Select(r => new EventRelationDto { Relation = Name(r.Kind), EventId = r.EventId })],
    });

    private static CaseDto Case(Case c) => Record(c, new CaseDto
    {
        Title = c.Title,
        EventIds = List(c.EventIds),
        SubjectIds = List(c.SubjectIds),
        Topics = Topics(c.Topics),
    });

    private static FigureDto Figure(Figure f) => Record(f, new FigureDto
    {
        Bound = Name(f.Quantity.Bound),
        Value = f.Quantity.Value,
        UpperValue = f.Quantity.UpperValue,
        Unit = Name(f.Quantity.Unit),
        Counted = f.Counted,
        Wording = f.Quantity.Wording,
        Date = f.Date?.ToString(),
        DateDerivation = f.DateDerivation,
        EventId = f.EventId,
        Standing = Name(f.Standing),
        ClaimantIds = List(f.ClaimantIds),
    });

    private static ScoreDto Score(Score s) => Record(s, new ScoreDto
    {
        Indicator = s.Indicator,
        Value = s.Value,
        Scale = s.ScaleMaximum,
        Edition = s.Edition.ToString(),
        EditionDerivation = s.EditionDerivation,
        SubjectId = s.SubjectId,
        PublisherId = s.PublisherId,
    });

    private static RankingDto Ranking(Ranking r) => Record(r, new RankingDto
    {
        Indicator = r.Indicator,
        Position = r.Position,
        Direction = Name(r.Direction),
        Scope = r.Scope,
        Edition = r.Edition.ToString(),
        EditionDerivation = r.EditionDerivation,
        SubjectId = r.SubjectId,
        PublisherId = r.PublisherId,
    });

    private static ClaimDto Claim(Claim c) => Record(c, new ClaimDto
    {
        Statement = c.Statement,
        Standing = Name(c.Standing),
        ClaimantIds = List(c.ClaimantIds),
        SubjectIds = List(c.SubjectIds),
        Topics = Topics(c.Topics),
        SourceIds = List(c.SourceIds),
        Provision = c.Provision,
        RespondsToId = c.RespondsToId,
        Date = c.Date?.ToString(),
        EventIds = List(c.EventIds),
    });

    private static QuotationDto Quotation(Quotation q) => Record(q, new QuotationDto
    {
        Text = q.Text,
        SpeakerId = q.SpeakerId,
        SourceId = q.SourceId,
        Date = q.Date?.ToString(),
        Audience = q.Audience,
        SubjectIds = List(q.SubjectIds),
        EventId = q.EventId,
    });

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => VocabularyNames.ToName(value);

    private static List<string>? List(IReadOnlyList<string> values) => values.Count == 0 ? null : [.. values];

    private static List<string>? Topics(IReadOnlyList<Topic> topics) => topics.Count == 0 ? null : [.. topics.Select(Name)];
}
