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
    // The path to the value being read, kept as segments and turned into text only for a problem (building
    // "$.events[3].date" for every value cost more than reading the value).
    private PathSegment[] _path = new PathSegment[16];
    private int _pathLength;

    // Property names are decoded into this buffer and matched as spans, so that no string is allocated per property.
    private readonly char[] _name = new char[MaxKnownNameLength];

    // Whether the value of the property just entered is null (the JSON Schema allows null nowhere).
    private bool _valueIsNull;

    private DatasetJsonReader()
    {
    }

    /// <summary>Room for any property name of the format (the longest, <c>editionDerivation</c>, has 17 characters).</summary>
    private const int MaxKnownNameLength = 32;

    private delegate T ItemReader<T>(ref Utf8JsonReader reader);

    private string Path
    {
        get
        {
            var path = new System.Text.StringBuilder("$");
            for (var i = 0; i < _pathLength; i++)
            {
                var segment = _path[i];
                _ = segment.Property is null ? path.Append('[').Append(segment.Index).Append(']') : path.Append('.').Append(segment.Property);
            }

            return path.ToString();
        }
    }

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
            // The reader's message ends with its own position ("LineNumber: 0 | BytePositionInLine: 4."): 0-based, in
            // bytes. It is replaced by one position, 1-based, in characters, as editors show it.
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            cut = cut >= 0 ? cut : message.IndexOf(" Path:", StringComparison.Ordinal);
            var where = "";
            if (e.LineNumber is { } lineIndex && e.BytePositionInLine is { } byteInLine)
            {
                where = $" at line {lineIndex + 1}, column {DatasetLoader.Column(utf8Json, lineIndex, byteInLine)}";
            }

            throw new DatasetValidationException([new DatasetProblem(self.Path, $"not valid JSON{where}: {OwnWords(cut > 0 ? message[..cut] : message)}")], e);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString throws this for a string that is not valid UTF-8; every other token type is checked first.
            throw new DatasetValidationException([new DatasetProblem(self.Path, $"not valid JSON: {e.Message}")], e);
        }
    }

    /// <summary>
    /// The reader's message in this library's words where System.Text.Json's own would mislead (it names reader
    /// options and modes a user of the loader cannot set); any other message is kept, without such sentences.
    /// </summary>
    internal static string OwnWords(string message)
    {
        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the input is empty (or only white space); expected a JSON object";
        }

        if (message.Contains("contains a trailing comma", StringComparison.Ordinal))
        {
            return message.Contains("JSON array", StringComparison.Ordinal)
                ? "a comma before the closing ']' of an array: remove it"
                : "a comma before the closing '}' of an object: remove it";
        }

        if (message.StartsWith("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal))
        {
            return "the input ends before every object and array is closed";
        }

        if (message.StartsWith("The maximum configured depth of ", StringComparison.Ordinal))
        {
            var depth = message["The maximum configured depth of ".Length..].Split(' ')[0];
            return $"nested deeper than the depth limit of {depth} levels (DatasetLoadOptions.MaxDepth)";
        }

        if (message.Contains("omments", StringComparison.Ordinal) && message.Contains("not allowed", StringComparison.Ordinal))
        {
            return "a comment; JSON has no comments: remove it";
        }

        // Drop the sentences that speak of the reader's own settings ("Change the reader options.", "when isFinalBlock is true").
        var sentences = message.Split(". ", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Contains("reader options", StringComparison.Ordinal) && !s.Contains("isFinalBlock", StringComparison.Ordinal) && !s.Contains("in this mode", StringComparison.Ordinal));
        var kept = string.Join(". ", sentences).TrimEnd();
        return kept.Length > 0 ? kept : message;
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
                    Enter(ref seen, 0, "schemaVersion");
                    result.SchemaVersion = ReadInt32(ref reader)!.Value;
                    break;
                case "dataVersion":
                    Enter(ref seen, 1, "dataVersion");
                    result.DataVersion = ReadString(ref reader);
                    break;
                case "article":
                    Enter(ref seen, 2, "article");
                    result.Article = ReadArticleDtoOrNull(ref reader);
                    break;
                case "actors":
                    Enter(ref seen, 3, "actors");
                    result.Actors = ReadArray(ref reader, ReadActorDtoOrNull);
                    break;
                case "places":
                    Enter(ref seen, 4, "places");
                    result.Places = ReadArray(ref reader, ReadPlaceDtoOrNull);
                    break;
                case "sources":
                    Enter(ref seen, 5, "sources");
                    result.Sources = ReadArray(ref reader, ReadSourceDtoOrNull);
                    break;
                case "events":
                    Enter(ref seen, 6, "events");
                    result.Events = ReadArray(ref reader, ReadEventDtoOrNull);
                    break;
                case "cases":
                    Enter(ref seen, 7, "cases");
                    result.Cases = ReadArray(ref reader, ReadCaseDtoOrNull);
                    break;
                case "figures":
                    Enter(ref seen, 8, "figures");
                    result.Figures = ReadArray(ref reader, ReadFigureDtoOrNull);
                    break;
                case "scores":
                    Enter(ref seen, 9, "scores");
                    result.Scores = ReadArray(ref reader, ReadScoreDtoOrNull);
                    break;
                case "rankings":
                    Enter(ref seen, 10, "rankings");
                    result.Rankings = ReadArray(ref reader, ReadRankingDtoOrNull);
                    break;
                case "claims":
                    Enter(ref seen, 11, "claims");
                    result.Claims = ReadArray(ref reader, ReadClaimDtoOrNull);
                    break;
                case "quotations":
                    Enter(ref seen, 12, "quotations");
                    result.Quotations = ReadArray(ref reader, ReadQuotationDtoOrNull);
                    break;
                default:
                    throw UnknownProperty(name);
            }

            EndProperty();
        }

        // Without its version nothing else in a document can be read, so a missing one is the one problem reported.
        RequireAll(seen, 1, ["schemaVersion"]);
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
                    Enter(ref seen, 0, "title");
                    result.Title = ReadString(ref reader);
                    break;
                case "sha256":
                    Enter(ref seen, 1, "sha256");
                    result.Sha256 = ReadString(ref reader);
                    break;
                case "license":
                    Enter(ref seen, 2, "license");
                    result.License = ReadString(ref reader);
                    break;
                case "licenseUrl":
                    Enter(ref seen, 3, "licenseUrl");
                    result.LicenseUrl = ReadString(ref reader);
                    break;
                case "attribution":
                    Enter(ref seen, 4, "attribution");
                    result.Attribution = ReadString(ref reader);
                    break;
                case "sourceUrl":
                    Enter(ref seen, 5, "sourceUrl");
                    result.SourceUrl = ReadString(ref reader);
                    break;
                case "text":
                    Enter(ref seen, 6, "text");
                    result.Text = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "start");
                    result.Start = ReadInt32(ref reader)!.Value;
                    break;
                case "length":
                    Enter(ref seen, 1, "length");
                    result.Length = ReadInt32(ref reader)!.Value;
                    break;
                case "quote":
                    Enter(ref seen, 2, "quote");
                    result.Quote = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
            }

            EndProperty();
        }

        // The mapper reports a missing quote (a string); start and length are numbers with no "missing" value of their own.
        RequireAll(seen, 0b11, ["start", "length"]);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "name":
                    Enter(ref seen, 2, "name");
                    result.Name = ReadString(ref reader);
                    break;
                case "otherNames":
                    Enter(ref seen, 3, "otherNames");
                    result.OtherNames = ReadArray(ref reader, ReadStringItem);
                    break;
                case "kind":
                    Enter(ref seen, 4, "kind");
                    result.Kind = ReadString(ref reader);
                    break;
                case "description":
                    Enter(ref seen, 5, "description");
                    result.Description = ReadString(ref reader);
                    break;
                case "countryId":
                    Enter(ref seen, 6, "countryId");
                    result.CountryId = ReadString(ref reader);
                    break;
                case "parentId":
                    Enter(ref seen, 7, "parentId");
                    result.ParentId = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "name":
                    Enter(ref seen, 2, "name");
                    result.Name = ReadString(ref reader);
                    break;
                case "otherNames":
                    Enter(ref seen, 3, "otherNames");
                    result.OtherNames = ReadArray(ref reader, ReadStringItem);
                    break;
                case "kind":
                    Enter(ref seen, 4, "kind");
                    result.Kind = ReadString(ref reader);
                    break;
                case "iso3166":
                    Enter(ref seen, 5, "iso3166");
                    result.Iso3166 = ReadString(ref reader);
                    break;
                case "parentId":
                    Enter(ref seen, 6, "parentId");
                    result.ParentId = ReadString(ref reader);
                    break;
                case "description": // issue 14
                    Enter(ref seen, 7, "description");
                    result.Description = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "title":
                    Enter(ref seen, 2, "title");
                    result.Title = ReadString(ref reader);
                    break;
                case "kind":
                    Enter(ref seen, 3, "kind");
                    result.Kind = ReadString(ref reader);
                    break;
                case "date":
                    Enter(ref seen, 4, "date");
                    result.Date = ReadString(ref reader);
                    break;
                case "dateMeaning": // chronology (issue 14)
                    Enter(ref seen, 9, "dateMeaning");
                    result.DateMeaning = ReadString(ref reader);
                    break;
                case "dateDerivation": // chronology (issue 14)
                    Enter(ref seen, 10, "dateDerivation");
                    result.DateDerivation = ReadString(ref reader);
                    break;
                case "authorIds":
                    Enter(ref seen, 5, "authorIds");
                    result.AuthorIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "publisherId":
                    Enter(ref seen, 6, "publisherId");
                    result.PublisherId = ReadString(ref reader);
                    break;
                case "recipientId":
                    Enter(ref seen, 7, "recipientId");
                    result.RecipientId = ReadString(ref reader);
                    break;
                case "description":
                    Enter(ref seen, 8, "description");
                    result.Description = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "actorId");
                    result.ActorId = ReadString(ref reader);
                    break;
                case "role":
                    Enter(ref seen, 1, "role");
                    result.Role = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "relation");
                    result.Relation = ReadString(ref reader);
                    break;
                case "eventId":
                    Enter(ref seen, 1, "eventId");
                    result.EventId = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "summary":
                    Enter(ref seen, 2, "summary");
                    result.Summary = ReadString(ref reader);
                    break;
                case "date":
                    Enter(ref seen, 3, "date");
                    result.Date = ReadString(ref reader);
                    break;
                case "dateDerivation":
                    Enter(ref seen, 4, "dateDerivation");
                    result.DateDerivation = ReadString(ref reader);
                    break;
                case "dateMeaning": // chronology (issue 14)
                    Enter(ref seen, 12, "dateMeaning");
                    result.DateMeaning = ReadString(ref reader);
                    break;
                case "standing":
                    Enter(ref seen, 5, "standing");
                    result.Standing = ReadString(ref reader);
                    break;
                case "claimantIds":
                    Enter(ref seen, 6, "claimantIds");
                    result.ClaimantIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "sourceIds":
                    Enter(ref seen, 7, "sourceIds");
                    result.SourceIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "actors":
                    Enter(ref seen, 8, "actors");
                    result.Actors = ReadArray(ref reader, ReadEventActorDtoOrNull);
                    break;
                case "placeIds":
                    Enter(ref seen, 9, "placeIds");
                    result.PlaceIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "topics":
                    Enter(ref seen, 10, "topics");
                    result.Topics = ReadArray(ref reader, ReadStringItem);
                    break;
                case "related":
                    Enter(ref seen, 11, "related");
                    result.Related = ReadArray(ref reader, ReadEventRelationDtoOrNull);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "title":
                    Enter(ref seen, 2, "title");
                    result.Title = ReadString(ref reader);
                    break;
                case "eventIds":
                    Enter(ref seen, 3, "eventIds");
                    result.EventIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "subjectIds":
                    Enter(ref seen, 4, "subjectIds");
                    result.SubjectIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "topics":
                    Enter(ref seen, 5, "topics");
                    result.Topics = ReadArray(ref reader, ReadStringItem);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "bound":
                    Enter(ref seen, 2, "bound");
                    result.Bound = ReadString(ref reader);
                    break;
                case "value":
                    Enter(ref seen, 3, "value");
                    result.Value = ReadInt64(ref reader);
                    break;
                case "upperValue":
                    Enter(ref seen, 4, "upperValue");
                    result.UpperValue = ReadInt64(ref reader);
                    break;
                case "unit":
                    Enter(ref seen, 5, "unit");
                    result.Unit = ReadString(ref reader);
                    break;
                case "counted":
                    Enter(ref seen, 6, "counted");
                    result.Counted = ReadString(ref reader);
                    break;
                case "wording":
                    Enter(ref seen, 7, "wording");
                    result.Wording = ReadString(ref reader);
                    break;
                case "date":
                    Enter(ref seen, 8, "date");
                    result.Date = ReadString(ref reader);
                    break;
                case "dateDerivation":
                    Enter(ref seen, 9, "dateDerivation");
                    result.DateDerivation = ReadString(ref reader);
                    break;
                case "eventId":
                    Enter(ref seen, 10, "eventId");
                    result.EventId = ReadString(ref reader);
                    break;
                case "standing":
                    Enter(ref seen, 11, "standing");
                    result.Standing = ReadString(ref reader);
                    break;
                case "claimantIds":
                    Enter(ref seen, 12, "claimantIds");
                    result.ClaimantIds = ReadArray(ref reader, ReadStringItem);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "indicator":
                    Enter(ref seen, 2, "indicator");
                    result.Indicator = ReadString(ref reader);
                    break;
                case "value":
                    Enter(ref seen, 3, "value");
                    result.Value = ReadDecimal(ref reader);
                    break;
                case "scale":
                    Enter(ref seen, 4, "scale");
                    result.Scale = ReadDecimal(ref reader);
                    break;
                case "edition":
                    Enter(ref seen, 5, "edition");
                    result.Edition = ReadString(ref reader);
                    break;
                case "editionDerivation":
                    Enter(ref seen, 6, "editionDerivation");
                    result.EditionDerivation = ReadString(ref reader);
                    break;
                case "subjectId":
                    Enter(ref seen, 7, "subjectId");
                    result.SubjectId = ReadString(ref reader);
                    break;
                case "publisherId":
                    Enter(ref seen, 8, "publisherId");
                    result.PublisherId = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "indicator":
                    Enter(ref seen, 2, "indicator");
                    result.Indicator = ReadString(ref reader);
                    break;
                case "position":
                    Enter(ref seen, 3, "position");
                    result.Position = ReadInt32(ref reader);
                    break;
                case "direction":
                    Enter(ref seen, 4, "direction");
                    result.Direction = ReadString(ref reader);
                    break;
                case "scope":
                    Enter(ref seen, 5, "scope");
                    result.Scope = ReadString(ref reader);
                    break;
                case "edition":
                    Enter(ref seen, 6, "edition");
                    result.Edition = ReadString(ref reader);
                    break;
                case "editionDerivation":
                    Enter(ref seen, 7, "editionDerivation");
                    result.EditionDerivation = ReadString(ref reader);
                    break;
                case "subjectId":
                    Enter(ref seen, 8, "subjectId");
                    result.SubjectId = ReadString(ref reader);
                    break;
                case "publisherId":
                    Enter(ref seen, 9, "publisherId");
                    result.PublisherId = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "statement":
                    Enter(ref seen, 2, "statement");
                    result.Statement = ReadString(ref reader);
                    break;
                case "standing":
                    Enter(ref seen, 3, "standing");
                    result.Standing = ReadString(ref reader);
                    break;
                case "claimantIds":
                    Enter(ref seen, 4, "claimantIds");
                    result.ClaimantIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "subjectIds":
                    Enter(ref seen, 5, "subjectIds");
                    result.SubjectIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "topics":
                    Enter(ref seen, 6, "topics");
                    result.Topics = ReadArray(ref reader, ReadStringItem);
                    break;
                case "sourceIds":
                    Enter(ref seen, 7, "sourceIds");
                    result.SourceIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "provision":
                    Enter(ref seen, 8, "provision");
                    result.Provision = ReadInt32(ref reader);
                    break;
                case "respondsToId":
                    Enter(ref seen, 9, "respondsToId");
                    result.RespondsToId = ReadString(ref reader);
                    break;
                case "date":
                    Enter(ref seen, 10, "date");
                    result.Date = ReadString(ref reader);
                    break;
                case "eventIds":
                    Enter(ref seen, 11, "eventIds");
                    result.EventIds = ReadArray(ref reader, ReadStringItem);
                    break;
                default:
                    throw UnknownProperty(name);
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
                    Enter(ref seen, 0, "id");
                    result.Id = ReadString(ref reader);
                    break;
                case "evidence":
                    Enter(ref seen, 1, "evidence");
                    result.Evidence = ReadArray(ref reader, ReadEvidenceDtoOrNull);
                    break;
                case "text":
                    Enter(ref seen, 2, "text");
                    result.Text = ReadString(ref reader);
                    break;
                case "speakerId":
                    Enter(ref seen, 3, "speakerId");
                    result.SpeakerId = ReadString(ref reader);
                    break;
                case "sourceId":
                    Enter(ref seen, 4, "sourceId");
                    result.SourceId = ReadString(ref reader);
                    break;
                case "date":
                    Enter(ref seen, 5, "date");
                    result.Date = ReadString(ref reader);
                    break;
                case "audience":
                    Enter(ref seen, 6, "audience");
                    result.Audience = ReadString(ref reader);
                    break;
                case "subjectIds":
                    Enter(ref seen, 7, "subjectIds");
                    result.SubjectIds = ReadArray(ref reader, ReadStringItem);
                    break;
                case "eventId":
                    Enter(ref seen, 8, "eventId");
                    result.EventId = ReadString(ref reader);
                    break;
                default:
                    throw UnknownProperty(name);
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

    /// <summary>Moves to the next property's value and gives its name, or returns <see langword="false"/> at the end of the object.</summary>
    private bool NextProperty(ref Utf8JsonReader reader, out ReadOnlySpan<char> name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = default;
            return false;
        }

        // A name longer than any property of the format is not one of them: it is read as a string, for the error message.
        name = reader.ValueSpan.Length <= MaxKnownNameLength && !reader.HasValueSequence
            ? _name.AsSpan(0, reader.CopyString(_name))
            : reader.GetString().AsSpan();
        reader.Read();
        _valueIsNull = reader.TokenType == JsonTokenType.Null;
        return true;
    }

    /// <summary>Enters a known property: records it in the path and rejects it when it appears a second time in the object.</summary>
    private void Enter(ref ulong seen, int index, string name)
    {
        Push(new PathSegment(name, 0));
        var bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw Error($"the property '{name}' appears more than once");
        }

        // The JSON Schema has no null anywhere: a property without a value is left out (as DatasetJson.Write does).
        if (_valueIsNull)
        {
            throw Error($"'{name}' is null; leave out an optional property that has no value, and give a required one its value");
        }

        seen |= bit;
    }

    /// <summary>Rejects the object just read when it lacks one of the properties whose bits are in <paramref name="required"/>.</summary>
    private void RequireAll(ulong seen, ulong required, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if ((required & (1UL << i)) != 0 && (seen & (1UL << i)) == 0)
            {
                Push(new PathSegment(names[i], 0));
                throw Error($"'{names[i]}' is missing; it is required");
            }
        }
    }

    private DatasetValidationException UnknownProperty(ReadOnlySpan<char> name)
    {
        var text = DatasetProblem.Shorten(name.ToString());
        Push(new PathSegment(text, 0));
        return Error($"'{text}' is not a property of this object");
    }

    private void EndProperty() => _pathLength--;

    private void Push(PathSegment segment)
    {
        if (_pathLength == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_pathLength++] = segment;
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
            Push(new PathSegment(null, items.Count));
            items.Add(readItem(ref reader));
            _pathLength--;
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

    private int? ReadInt32(ref Utf8JsonReader reader) => (int?)ReadWhole(ref reader, int.MinValue, int.MaxValue);

    private long? ReadInt64(ref Utf8JsonReader reader) => ReadWhole(ref reader, long.MinValue, long.MaxValue);

    /// <summary>
    /// Reads a whole number as JSON Schema 2020-12 counts one: any number with a zero fractional part, so <c>2E5</c>
    /// and <c>200000.0</c> are 200000 (Python and JavaScript write whole numbers so) and <c>1.5</c> or <c>1E-30</c> is not.
    /// </summary>
    private long? ReadWhole(ref Utf8JsonReader reader, long min, long max)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence
            && (reader.TryGetInt64(out var value) || TryParseWhole(reader.ValueSpan, out value))
            && value >= min && value <= max)
        {
            return value;
        }

        throw Error($"expected a whole number from {min} to {max}, found {Describe(reader.TokenType)}");
    }

    /// <summary>
    /// Parses a JSON number token (already checked by the reader: <c>-?int(.frac)?([eE][+-]?exp)?</c>) exactly, without
    /// rounding through <see cref="double"/> or <see cref="decimal"/>; fails when it is not whole or not a <see cref="long"/>.
    /// </summary>
    internal static bool TryParseWhole(ReadOnlySpan<byte> number, out long value)
    {
        value = 0;
        var i = 0;
        var negative = number.Length > 0 && number[0] == '-';
        i += negative ? 1 : 0;

        // The digits of the integer and fraction parts, without leading zeros; `scale` counts the fraction digits.
        Span<byte> digits = stackalloc byte[20];
        var count = 0;
        var scale = 0;
        var fraction = false;
        for (; i < number.Length && number[i] is (>= (byte)'0' and <= (byte)'9') or (byte)'.'; i++)
        {
            if (number[i] == '.')
            {
                fraction = true;
                continue;
            }

            scale += fraction ? 1 : 0;
            if (count == 0 && number[i] == '0')
            {
                continue;
            }

            if (count == digits.Length)
            {
                // More than 20 significant digits: whole only if the rest are zeros standing for a power of ten.
                if (number[i] != '0')
                {
                    return false;
                }

                scale--;
                continue;
            }

            digits[count++] = (byte)(number[i] - '0');
        }

        long exponent = 0;
        if (i < number.Length)
        {
            i++; // e or E
            var negativeExponent = number[i] == '-';
            i += number[i] is (byte)'-' or (byte)'+' ? 1 : 0;
            for (; i < number.Length; i++)
            {
                exponent = Math.Min(exponent * 10 + (number[i] - '0'), 1_000_000); // far beyond any long
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        // The number is digits x 10^(exponent - scale); trailing zeros of the digits move into the power.
        var power = exponent - scale;
        while (count > 0 && digits[count - 1] == 0)
        {
            count--;
            power++;
        }

        if (count == 0)
        {
            return true; // zero, in any notation
        }

        if (power < 0 || count + power > 19)
        {
            return false;
        }

        decimal result = 0;
        for (var d = 0; d < count; d++)
        {
            result = (result * 10) + digits[d];
        }

        for (var p = 0; p < power; p++)
        {
            result *= 10;
        }

        result = negative ? -result : result;
        if (result < long.MinValue || result > long.MaxValue)
        {
            return false;
        }

        value = (long)result;
        return true;
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

    /// <summary>One step of a JSON path: a property name, or (when <see cref="Property"/> is null) an array index.</summary>
    private readonly record struct PathSegment(string? Property, int Index);
}
