using System.Text.Json;

namespace LaosRights.Data.Serialization;

/// <summary>
/// Reads dataset.json into the <see cref="DatasetDocument"/> DTOs with a <see cref="Utf8JsonReader"/> loop.
/// </summary>
/// <remarks>
/// This replaces <c>JsonSerializer.Deserialize</c> on the load path because it costs far less JIT time in a fresh
/// process (see the README's performance section); the DTOs, and so the format, stay defined in one place
/// (<see cref="DatasetDocument"/>), and <see cref="DatasetMapper"/> stays the one place where they become the model.
/// The per-type methods below follow the DTO declarations one to one. The reader is as strict as the serializer
/// was: unknown and repeated properties, wrong value types, numbers out of range, trailing content, comments and
/// trailing commas are all rejected with the JSON path of the offending value.
/// </remarks>
internal sealed class DatasetJsonReader
{
    private readonly List<string> _path = [];

    private DatasetJsonReader()
    {
    }

    private delegate T ItemReader<T>(ref Utf8JsonReader reader);

    private string Path => "$" + string.Concat(_path);

    public static DatasetDocument Read(ReadOnlySpan<byte> utf8Json, DatasetLoadOptions options)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var self = new DatasetJsonReader();
        try
        {
            if (!reader.Read())
            {
                throw self.Error("the input is empty; expected a JSON object");
            }

            if (IsNull(ref reader))
            {
                throw self.Error("the document is 'null'; expected an object");
            }

            var document = self.ReadDatasetDocument(ref reader);
            if (reader.Read())
            {
                throw self.Error($"unexpected content after the end of the JSON document at byte {reader.TokenStartIndex}");
            }

            return document;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1} of the line)" : "";
            var message = e.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            throw new DatasetValidationException([new DatasetProblem(self.Path, $"not valid JSON{where}: {(cut > 0 ? message[..cut] : message)}")], e);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString throws this for a string that is not valid UTF-8; every other token type is checked first.
            throw new DatasetValidationException([new DatasetProblem(self.Path, $"not valid JSON: {e.Message}")], e);
        }
    }

    private DatasetDocument ReadDatasetDocument(ref Utf8JsonReader reader)
    {
        var result = new DatasetDocument();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "schemaVersion":
                    Once(ref seen, 0, name);
                    result.SchemaVersion = ReadInt32(ref reader) ?? throw Error("a number is required here, not null");
                    break;
                case "dataVersion":
                    Once(ref seen, 1, name);
                    result.DataVersion = ReadString(ref reader);
                    break;
                case "article":
                    Once(ref seen, 2, name);
                    result.Article = ReadArticleDtoOrNull(ref reader);
                    break;
                case "actors":
                    Once(ref seen, 3, name);
                    result.Actors = ReadArray(ref reader, ReadActorDtoOrNull);
                    break;
                case "places":
                    Once(ref seen, 4, name);
                    result.Places = ReadArray(ref reader, ReadPlaceDtoOrNull);
                    break;
                case "sources":
                    Once(ref seen, 5, name);
                    result.Sources = ReadArray(ref reader, ReadSourceDtoOrNull);
                    break;
                case "events":
                    Once(ref seen, 6, name);
                    result.Events = ReadArray(ref reader, ReadEventDtoOrNull);
                    break;
                case "cases":
                    Once(ref seen, 7, name);
                    result.Cases = ReadArray(ref reader, ReadCaseDtoOrNull);
                    break;
                case "figures":
                    Once(ref seen, 8, name);
                    result.Figures = ReadArray(ref reader, ReadFigureDtoOrNull);
                    break;
                case "scores":
                    Once(ref seen, 9, name);
                    result.Scores = ReadArray(ref reader, ReadScoreDtoOrNull);
                    break;
                case "rankings":
                    Once(ref seen, 10, name);
                    result.Rankings = ReadArray(ref reader, ReadRankingDtoOrNull);
                    break;
                case "claims":
                    Once(ref seen, 11, name);
                    result.Claims = ReadArray(ref reader, ReadClaimDtoOrNull);
                    break;
                case "quotations":
                    Once(ref seen, 12, name);
                    result.Quotations = ReadArray(ref reader, ReadQuotationDtoOrNull);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    private ArticleDto ReadArticleDto(ref Utf8JsonReader reader)
    {
        var result = new ArticleDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "title":
                    Once(ref seen, 0, name);
                    result.Title = ReadString(ref reader);
                    break;
                case "sha256":
                    Once(ref seen, 1, name);
                    result.Sha256 = ReadString(ref reader);
                    break;
                case "license":
                    Once(ref seen, 2, name);
                    result.License = ReadString(ref reader);
                    break;
                case "licenseUrl":
                    Once(ref seen, 3, name);
                    result.LicenseUrl = ReadString(ref reader);
                    break;
                case "attribution":
                    Once(ref seen, 4, name);
                    result.Attribution = ReadString(ref reader);
                    break;
                case "sourceUrl":
                    Once(ref seen, 5, name);
                    result.SourceUrl = ReadString(ref reader);
                    break;
                case "text":
                    Once(ref seen, 6, name);
                    result.Text = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private ArticleDto ReadArticleDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadArticleDto(ref reader);

    private EvidenceDto ReadEvidenceDto(ref Utf8JsonReader reader)
    {
        var result = new EvidenceDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "start":
                    Once(ref seen, 0, name);
                    result.Start = ReadInt32(ref reader) ?? throw Error("a number is required here, not null");
                    break;
                case "length":
                    Once(ref seen, 1, name);
                    result.Length = ReadInt32(ref reader) ?? throw Error("a number is required here, not null");
                    break;
                case "quote":
                    Once(ref seen, 2, name);
                    result.Quote = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private EvidenceDto ReadEvidenceDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadEvidenceDto(ref reader);

    private ActorDto ReadActorDto(ref Utf8JsonReader reader)
    {
        var result = new ActorDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "name":
                    Once(ref seen, 2, name);
                    result.Name = ReadString(ref reader);
                    break;
                case "otherNames":
                    Once(ref seen, 3, name);
                    result.OtherNames = ReadArray(ref reader, ReadStringItem);
                    break;
                case "kind":
                    Once(ref seen, 4, name);
                    result.Kind = ReadString(ref reader);
                    break;
                case "description":
                    Once(ref seen, 5, name);
                    result.Description = ReadString(ref reader);
                    break;
                case "countryId":
                    Once(ref seen, 6, name);
                    result.CountryId = ReadString(ref reader);
                    break;
                case "parentId":
                    Once(ref seen, 7, name);
                    result.ParentId = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private ActorDto ReadActorDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadActorDto(ref reader);

    private PlaceDto ReadPlaceDto(ref Utf8JsonReader reader)
    {
        var result = new PlaceDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "name":
                    Once(ref seen, 2, name);
                    result.Name = ReadString(ref reader);
                    break;
                case "otherNames":
                    Once(ref seen, 3, name);
                    result.OtherNames = ReadArray(ref reader, ReadStringItem);
                    break;
                case "kind":
                    Once(ref seen, 4, name);
                    result.Kind = ReadString(ref reader);
                    break;
                case "iso3166":
                    Once(ref seen, 5, name);
                    result.Iso3166 = ReadString(ref reader);
                    break;
                case "parentId":
                    Once(ref seen, 6, name);
                    result.ParentId = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private PlaceDto ReadPlaceDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadPlaceDto(ref reader);

    private SourceDto ReadSourceDto(ref Utf8JsonReader reader)
    {
        var result = new SourceDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "title":
                    Once(ref seen, 2, name);
                    result.Title = ReadString(ref reader);
                    break;
                case "kind":
                    Once(ref seen, 3, name);
                    result.Kind = ReadString(ref reader);
                    break;
                case "date":
                    Once(ref seen, 4, name);
                    result.Date = ReadString(ref reader);
                    break;
                case "authorIds":
                    Once(ref seen, 5, name);
                    result.AuthorIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "publisherId":
                    Once(ref seen, 6, name);
                    result.PublisherId = ReadString(ref reader);
                    break;
                case "recipientId":
                    Once(ref seen, 7, name);
                    result.RecipientId = ReadString(ref reader);
                    break;
                case "description":
                    Once(ref seen, 8, name);
                    result.Description = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private SourceDto ReadSourceDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadSourceDto(ref reader);

    private EventActorDto ReadEventActorDto(ref Utf8JsonReader reader)
    {
        var result = new EventActorDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "actorId":
                    Once(ref seen, 0, name);
                    result.ActorId = ReadString(ref reader);
                    break;
                case "role":
                    Once(ref seen, 1, name);
                    result.Role = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private EventActorDto ReadEventActorDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadEventActorDto(ref reader);

    private EventRelationDto ReadEventRelationDto(ref Utf8JsonReader reader)
    {
        var result = new EventRelationDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "relation":
                    Once(ref seen, 0, name);
                    result.Relation = ReadString(ref reader);
                    break;
                case "eventId":
                    Once(ref seen, 1, name);
                    result.EventId = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private EventRelationDto ReadEventRelationDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadEventRelationDto(ref reader);

    private EventDto ReadEventDto(ref Utf8JsonReader reader)
    {
        var result = new EventDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "summary":
                    Once(ref seen, 2, name);
                    result.Summary = ReadString(ref reader);
                    break;
                case "date":
                    Once(ref seen, 3, name);
                    result.Date = ReadString(ref reader);
                    break;
                case "dateDerivation":
                    Once(ref seen, 4, name);
                    result.DateDerivation = ReadString(ref reader);
                    break;
                case "standing":
                    Once(ref seen, 5, name);
                    result.Standing = ReadString(ref reader);
                    break;
                case "claimantIds":
                    Once(ref seen, 6, name);
                    result.ClaimantIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "sourceIds":
                    Once(ref seen, 7, name);
                    result.SourceIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "actors":
                    Once(ref seen, 8, name);
                    result.Actors = ReadArray(ref reader, ReadEventActorDtoOrNull);
                    break;
                case "placeIds":
                    Once(ref seen, 9, name);
                    result.PlaceIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "topics":
                    Once(ref seen, 10, name);
                    result.Topics = ReadArray(ref reader, ReadStringItem);
                    break;
                case "related":
                    Once(ref seen, 11, name);
                    result.Related = ReadArray(ref reader, ReadEventRelationDtoOrNull);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private EventDto ReadEventDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadEventDto(ref reader);

    private CaseDto ReadCaseDto(ref Utf8JsonReader reader)
    {
        var result = new CaseDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "title":
                    Once(ref seen, 2, name);
                    result.Title = ReadString(ref reader);
                    break;
                case "eventIds":
                    Once(ref seen, 3, name);
                    result.EventIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "subjectIds":
                    Once(ref seen, 4, name);
                    result.SubjectIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "topics":
                    Once(ref seen, 5, name);
                    result.Topics = ReadArray(ref reader, ReadStringItem);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private CaseDto ReadCaseDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadCaseDto(ref reader);

    private FigureDto ReadFigureDto(ref Utf8JsonReader reader)
    {
        var result = new FigureDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "bound":
                    Once(ref seen, 2, name);
                    result.Bound = ReadString(ref reader);
                    break;
                case "value":
                    Once(ref seen, 3, name);
                    result.Value = ReadInt64(ref reader);
                    break;
                case "upperValue":
                    Once(ref seen, 4, name);
                    result.UpperValue = ReadInt64(ref reader);
                    break;
                case "unit":
                    Once(ref seen, 5, name);
                    result.Unit = ReadString(ref reader);
                    break;
                case "counted":
                    Once(ref seen, 6, name);
                    result.Counted = ReadString(ref reader);
                    break;
                case "wording":
                    Once(ref seen, 7, name);
                    result.Wording = ReadString(ref reader);
                    break;
                case "date":
                    Once(ref seen, 8, name);
                    result.Date = ReadString(ref reader);
                    break;
                case "dateDerivation":
                    Once(ref seen, 9, name);
                    result.DateDerivation = ReadString(ref reader);
                    break;
                case "eventId":
                    Once(ref seen, 10, name);
                    result.EventId = ReadString(ref reader);
                    break;
                case "standing":
                    Once(ref seen, 11, name);
                    result.Standing = ReadString(ref reader);
                    break;
                case "claimantIds":
                    Once(ref seen, 12, name);
                    result.ClaimantIds = ReadArray(ref reader, ReadStringItem);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private FigureDto ReadFigureDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadFigureDto(ref reader);

    private ScoreDto ReadScoreDto(ref Utf8JsonReader reader)
    {
        var result = new ScoreDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "indicator":
                    Once(ref seen, 2, name);
                    result.Indicator = ReadString(ref reader);
                    break;
                case "value":
                    Once(ref seen, 3, name);
                    result.Value = ReadDecimal(ref reader);
                    break;
                case "scale":
                    Once(ref seen, 4, name);
                    result.Scale = ReadDecimal(ref reader);
                    break;
                case "edition":
                    Once(ref seen, 5, name);
                    result.Edition = ReadString(ref reader);
                    break;
                case "editionDerivation":
                    Once(ref seen, 6, name);
                    result.EditionDerivation = ReadString(ref reader);
                    break;
                case "subjectId":
                    Once(ref seen, 7, name);
                    result.SubjectId = ReadString(ref reader);
                    break;
                case "publisherId":
                    Once(ref seen, 8, name);
                    result.PublisherId = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private ScoreDto ReadScoreDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadScoreDto(ref reader);

    private RankingDto ReadRankingDto(ref Utf8JsonReader reader)
    {
        var result = new RankingDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "indicator":
                    Once(ref seen, 2, name);
                    result.Indicator = ReadString(ref reader);
                    break;
                case "position":
                    Once(ref seen, 3, name);
                    result.Position = ReadInt32(ref reader);
                    break;
                case "direction":
                    Once(ref seen, 4, name);
                    result.Direction = ReadString(ref reader);
                    break;
                case "scope":
                    Once(ref seen, 5, name);
                    result.Scope = ReadString(ref reader);
                    break;
                case "edition":
                    Once(ref seen, 6, name);
                    result.Edition = ReadString(ref reader);
                    break;
                case "editionDerivation":
                    Once(ref seen, 7, name);
                    result.EditionDerivation = ReadString(ref reader);
                    break;
                case "subjectId":
                    Once(ref seen, 8, name);
                    result.SubjectId = ReadString(ref reader);
                    break;
                case "publisherId":
                    Once(ref seen, 9, name);
                    result.PublisherId = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private RankingDto ReadRankingDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadRankingDto(ref reader);

    private ClaimDto ReadClaimDto(ref Utf8JsonReader reader)
    {
        var result = new ClaimDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "statement":
                    Once(ref seen, 2, name);
                    result.Statement = ReadString(ref reader);
                    break;
                case "standing":
                    Once(ref seen, 3, name);
                    result.Standing = ReadString(ref reader);
                    break;
                case "claimantIds":
                    Once(ref seen, 4, name);
                    result.ClaimantIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "subjectIds":
                    Once(ref seen, 5, name);
                    result.SubjectIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "topics":
                    Once(ref seen, 6, name);
                    result.Topics = ReadArray(ref reader, ReadStringItem);
                    break;
                case "sourceIds":
                    Once(ref seen, 7, name);
                    result.SourceIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "provision":
                    Once(ref seen, 8, name);
                    result.Provision = ReadInt32(ref reader);
                    break;
                case "respondsToId":
                    Once(ref seen, 9, name);
                    result.RespondsToId = ReadString(ref reader);
                    break;
                case "date":
                    Once(ref seen, 10, name);
                    result.Date = ReadString(ref reader);
                    break;
                case "eventIds":
                    Once(ref seen, 11, name);
                    result.EventIds = ReadArray(ref reader, ReadStringItem);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private ClaimDto ReadClaimDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadClaimDto(ref reader);

    private QuotationDto ReadQuotationDto(ref Utf8JsonReader reader)
    {
        var result = new QuotationDto();
        ulong seen = 0;
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id":
                    Once(ref seen, 0, name);
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Once(ref seen, 1, name);
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "text":
                    Once(ref seen, 2, name);
                    result.Text = ReadString(ref reader);
                    break;
                case "speakerId":
                    Once(ref seen, 3, name);
                    result.SpeakerId = ReadString(ref reader);
                    break;
                case "sourceId":
                    Once(ref seen, 4, name);
                    result.SourceId = ReadString(ref reader);
                    break;
                case "date":
                    Once(ref seen, 5, name);
                    result.Date = ReadString(ref reader);
                    break;
                case "audience":
                    Once(ref seen, 6, name);
                    result.Audience = ReadString(ref reader);
                    break;
                case "subjectIds":
                    Once(ref seen, 7, name);
                    result.SubjectIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "eventId":
                    Once(ref seen, 8, name);
                    result.EventId = ReadString(ref reader);
                    break;
                default:
                    throw Error($"'{name}' is not a property of this object");
            }

            EndProperty();
        }

        return result;
    }

    // null is kept (despite the annotation) so that DatasetMapper can report a null record or item where it is.
    private QuotationDto ReadQuotationDtoOrNull(ref Utf8JsonReader reader) => IsNull(ref reader) ? null! : ReadQuotationDto(ref reader);

    private static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    private void BeginObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error($"expected an object, found {Describe(reader.TokenType)}");
        }
    }

    private bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }

        name = reader.GetString()!;
        _path.Add("." + name);
        reader.Read();
        return true;
    }

    private void EndProperty() => _path.RemoveAt(_path.Count - 1);

    private void Once(ref ulong seen, int index, string name)
    {
        var bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw Error($"the property '{name}' appears more than once");
        }

        seen |= bit;
    }

    private List<T>? ReadArray<T>(ref Utf8JsonReader reader, ItemReader<T> readItem)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error($"expected an array, found {Describe(reader.TokenType)}");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            _path.Add($"[{items.Count}]");
            items.Add(readItem(ref reader));
            _path.RemoveAt(_path.Count - 1);
        }

        return items;
    }

    private string ReadStringItem(ref Utf8JsonReader reader) => ReadString(ref reader)!;

    private string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Error($"expected a string, found {Describe(reader.TokenType)}"),
    };

    private int? ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw Error($"expected a whole number from {int.MinValue} to {int.MaxValue}, found {Describe(reader.TokenType)}");
    }

    private long? ReadInt64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : throw Error($"expected a whole number from {long.MinValue} to {long.MaxValue}, found {Describe(reader.TokenType)}");
    }

    private decimal? ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value)
            ? value
            : throw Error($"expected a decimal number, found {Describe(reader.TokenType)}");
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.String => "a string",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => type.ToString(),
    };

    private DatasetValidationException Error(string message) =>
        new([new DatasetProblem(Path, message + ".")], innerException: null);
}
