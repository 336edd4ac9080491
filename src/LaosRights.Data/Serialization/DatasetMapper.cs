namespace LaosRights.Data.Serialization;

/// <summary>
/// The one place where the JSON shape (<see cref="DatasetDocument"/>) becomes the public model.
/// It checks everything the model promises (required fields, vocabularies, dates, ids, references,
/// evidence against the article text) and reports every problem it finds, not only the first.
/// </summary>
internal sealed class DatasetMapper
{
    public const int SupportedSchemaVersion = 1;

    /// <summary>
    /// The most problems kept: a hostile file can hold millions, and keeping (and formatting) them all would cost
    /// far more than the file itself. The ones beyond are counted and reported as one last problem.
    /// </summary>
    public const int MaxProblems = 100;

    /// <summary>
    /// The most misplaced quotes searched for in the whole article text (to say where they are): each search reads the
    /// whole text, so searching for every misplaced quote of a large file would cost text length times quote count.
    /// </summary>
    private const int MaxQuoteSearches = 10;

    private readonly List<DatasetProblem> _problems = [];
    private readonly Article _article;
    private int _dropped;
    private int _quoteSearches;

    private DatasetMapper(Article article) => _article = article;

    /// <summary>Lower-case ASCII letters and digits in groups joined by single hyphens (<c>iccpr-ratification-2009</c>).</summary>
    internal static bool IsKebabCase(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && id[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An absolute http or https URL, checked by hand rather than with <see cref="Uri"/> because constructing the first
    /// <see cref="Uri"/> in a process cost about 4 ms of every cold start (<see cref="Article"/> builds its
    /// <see cref="Uri"/> values on first use instead): <c>http://</c> or <c>https://</c>; a DNS host name of at most 253
    /// characters in dot-separated labels of 1 to 63 ASCII letters, digits and inner hyphens, the last label starting
    /// with a letter (so no IP address in any notation: <c>https://1/</c> and <c>https://0x7f.1/</c> are rejected);
    /// then optionally a path, query or fragment (starting with <c>/</c>, <c>?</c> or <c>#</c>) of printable ASCII
    /// other than space and <c>" &lt; &gt; \ ^ ` { | }</c>. No port, user information, IP literal or non-ASCII host.
    /// Every such string is an absolute <see cref="Uri"/> (a property test checks this), and the JSON Schema's
    /// <c>url</c> pattern says the same (a test checks that too).
    /// </summary>
    internal static bool IsHttpUrl(string text)
    {
        const int MaxHost = 253, MaxLabel = 63;
        var host = text.StartsWith("https://", StringComparison.Ordinal) ? 8
            : text.StartsWith("http://", StringComparison.Ordinal) ? 7
            : -1;
        if (host < 0)
        {
            return false;
        }

        var i = host;
        int label;
        while (true)
        {
            // One label: a letter or digit, then letters, digits or hyphens, ending with a letter or digit.
            label = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == label || i - label > MaxLabel || text[label] == '-' || text[i - 1] == '-')
            {
                return false;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                continue;
            }

            break;
        }

        if (i - host > MaxHost || !char.IsAsciiLetter(text[label]))
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] is not ('/' or '?' or '#'))
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is <= ' ' or > '~' or '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Maps a parsed document to a dataset, or throws <see cref="DatasetValidationException"/> with every problem found.</summary>
    /// <param name="document">The parsed JSON.</param>
    /// <param name="embeddedArticleBytes">The UTF-8 bytes of the article embedded in this assembly, used when the document names it by SHA-256 instead of carrying its own text.</param>
    public static LaosRightsDataset Map(DatasetDocument document, byte[] embeddedArticleBytes)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.SchemaVersion != SupportedSchemaVersion)
        {
            throw Invalid("schemaVersion", $"unsupported schema version {document.SchemaVersion}; this library reads version {SupportedSchemaVersion}.");
        }

        var article = MapArticle(document.Article, embeddedArticleBytes);
        var mapper = new DatasetMapper(article);
        return mapper.MapRecords(document) ?? throw mapper.Failure();
    }

    private static Article MapArticle(ArticleDto? dto, byte[] embeddedArticleBytes)
    {
        if (dto is null)
        {
            throw Invalid("article", "required.");
        }

        var problems = new List<DatasetProblem>();
        string Required(string? value, string path)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new(path, "required."));
                return "";
            }

            return value;
        }

        string Url(string? value, string path)
        {
            var text = Required(value, path);
            if (text.Length > 0 && !IsHttpUrl(text))
            {
                problems.Add(new(path, $"'{DatasetProblem.Shorten(text)}' is not an absolute http or https URL."));
            }

            return text;
        }

        var title = Required(dto.Title, "article.title");
        var license = Required(dto.License, "article.license");
        var licenseUrl = Url(dto.LicenseUrl, "article.licenseUrl");
        var attribution = Required(dto.Attribution, "article.attribution");
        var sourceUrl = Url(dto.SourceUrl, "article.sourceUrl");
        var declaredSha = Required(dto.Sha256, "article.sha256");

        byte[]? bytes = null;
        string? textSha = null;
        if (dto.Text is not null)
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(dto.Text);
            var sha = textSha = EmbeddedData.Sha256Hex(bytes);
            if (declaredSha.Length > 0 && !string.Equals(sha, declaredSha, StringComparison.Ordinal))
            {
                problems.Add(new("article.sha256", $"is {DatasetProblem.Shorten(declaredSha)}, but the SHA-256 of article.text is {sha}."));
            }
        }
        else if (declaredSha.Length > 0)
        {
            var embeddedSha = EmbeddedData.ArticleSha256;
            if (string.Equals(declaredSha, embeddedSha, StringComparison.Ordinal))
            {
                bytes = embeddedArticleBytes;
            }
            else
            {
                problems.Add(new("article.sha256", $"names article text {DatasetProblem.Shorten(declaredSha)}, which is not the article embedded in this library ({embeddedSha}); include the text as article.text."));
            }
        }

        // A text read from the file is used as read (the reader rejects unpaired surrogates, so it is valid UTF-16 and
        // its UTF-8 bytes decode back to it); only the embedded article's bytes are decoded.
        var text = dto.Text;
        if (text is null && bytes is not null)
        {
            try
            {
                text = EmbeddedData.DecodeArticle(bytes);
            }
            catch (System.Text.DecoderFallbackException)
            {
                problems.Add(new("article", "the article text is not valid UTF-8."));
            }
        }

        const string NoTitleHeading = "must start with a level-1 heading ('= Title =').";
        if (problems.Count > 0)
        {
            if (text is not null && !ArticleSection.TryParse(text, out _))
            {
                problems.Add(new("article.text", NoTitleHeading));
            }

            throw new DatasetValidationException([.. problems], innerException: null);
        }

        if (text is null)
        {
            throw Invalid("article", "no article text.");
        }

        try
        {
            // The article parses its sections once, here; checking the heading first would parse them twice.
            return new Article(title, text, textSha ?? EmbeddedData.ArticleSha256, license, licenseUrl, attribution, sourceUrl);
        }
        catch (ArgumentException)
        {
            throw Invalid("article.text", NoTitleHeading);
        }
    }

    private DatasetValidationException Failure()
    {
        if (_dropped > 0)
        {
            _problems.Add(new DatasetProblem("$", $"{_dropped} more problem{(_dropped == 1 ? " was" : "s were")} found and not listed (only the first {MaxProblems} are kept)."));
        }

        return new DatasetValidationException([.. _problems], innerException: null);
    }

    private static DatasetValidationException Invalid(string path, string message) =>
        new([new DatasetProblem(path, message)], innerException: null);

    /// <returns>The dataset, or <see langword="null"/> when any problem was found (see <see cref="_problems"/>).</returns>
    private LaosRightsDataset? MapRecords(DatasetDocument d)
    {
        var actors = MapAll(d.Actors, "actors", MapActor);
        var places = MapAll(d.Places, "places", MapPlace);
        var sources = MapAll(d.Sources, "sources", MapSource);
        var events = MapAll(d.Events, "events", MapEvent);
        var cases = MapAll(d.Cases, "cases", MapCase);
        var figures = MapAll(d.Figures, "figures", MapFigure);
        var scores = MapAll(d.Scores, "scores", MapScore);
        var rankings = MapAll(d.Rankings, "rankings", MapRanking);
        var claims = MapAll(d.Claims, "claims", MapClaim);
        var quotations = MapAll(d.Quotations, "quotations", MapQuotation);

        CheckIdsAndReferences(actors, places, sources, events, cases, figures, scores, rankings, claims, quotations);
        CheckCycles(actors, "actors", "parentId", static a => Single(a.ParentId));
        CheckCycles(places, "places", "parentId", static p => Single(p.ParentId));
        CheckCycles(claims, "claims", "respondsToId", static c => Single(c.RespondsToId));
        CheckCycles(events, "events", "related", static e => e.Related.Count == 0 ? [] : e.Related.Select(r => r.EventId));
        if (string.IsNullOrWhiteSpace(d.DataVersion))
        {
            Problem("dataVersion", "required.");
        }
        else if (!IsSemVer(d.DataVersion))
        {
            Problem("dataVersion", $"'{DatasetProblem.Shorten(d.DataVersion)}' is not a semantic version (MAJOR.MINOR.PATCH, as 1.4.0 or 2.0.0-rc.1, see semver.org).");
        }

        if (_problems.Count > 0)
        {
            return null;
        }

        return new LaosRightsDataset(
            d.SchemaVersion, d.DataVersion ?? "", _article, actors, places, sources, events, cases, figures, scores, rankings, claims, quotations);
    }

    private T[] MapAll<TDto, T>(List<TDto>? dtos, string name, Func<TDto, string, string, IReadOnlyList<Evidence>, T> map)
        where TDto : RecordDto
        where T : DatasetRecord
    {
        if (dtos is null)
        {
            Problem(name, "required (use [] for none).");
            return [];
        }

        var result = new List<T>(dtos.Count);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i];
            if (dto is null)
            {
                Problem($"{name}[{i}]", "a record cannot be null.");
                continue;
            }

            var id = dto.Id;
            if (string.IsNullOrEmpty(id))
            {
                Problem($"{name}[{i}].id", "required.");
                id = "";
            }
            else if (!IsKebabCase(id) && Room())
            {
                Problem($"{name}[{i}].id", $"'{DatasetProblem.Shorten(id)}' is not kebab-case (lower-case letters and digits separated by single hyphens).");
            }

            var path = $"{name}[{i}] '{DatasetProblem.Shorten(id)}'";
            var evidence = MapEvidence(dto.Evidence, path);
            result.Add(map(dto, id, path, evidence));
        }

        return [.. result];
    }

    private System.Collections.ObjectModel.ReadOnlyCollection<Evidence> MapEvidence(List<EvidenceDto>? dtos, string path)
    {
        if (dtos is null || dtos.Count == 0)
        {
            Problem(path + ".evidence", "every record needs at least one evidence item.");
            return Array.AsReadOnly(Array.Empty<Evidence>());
        }

        var text = _article.Text;
        var result = new Evidence[dtos.Count];
        var count = 0;
        for (var i = 0; i < dtos.Count; i++)
        {
            var e = dtos[i];
            var at = new At(path, ".evidence", i);
            if (e is null || string.IsNullOrEmpty(e.Quote))
            {
                Problem(at, ".quote", "required.");
                continue;
            }

            if (e.Length != e.Quote.Length)
            {
                if (Room())
                {
                    Problem($"{at}.length", $"is {e.Length} but the quote has {e.Quote.Length} UTF-16 code units.");
                }

                continue;
            }

            if (e.Start < 0 || e.Start > text.Length - e.Quote.Length ||
                !text.AsSpan(e.Start, e.Quote.Length).SequenceEqual(e.Quote))
            {
                if (Room())
                {
                    var found = _quoteSearches++ < MaxQuoteSearches ? TextSearch.IndexOf(text, e.Quote) : -2;
                    Problem(at.ToString(), found switch
                    {
                        -1 => $"the quote is not in the article: \"{DatasetProblem.Shorten(e.Quote)}\".",
                        -2 => $"the quote is not at {e.Start} (not searched for elsewhere: {MaxQuoteSearches} misplaced quotes were already searched for).",
                        _ => $"the quote is not at {e.Start}; it is found at start {found}.",
                    });
                }

                continue;
            }

            result[count++] = new Evidence(e.Quote, e.Start, _article.GetSectionAt(e.Start).Path);
        }

        return Array.AsReadOnly(result[..count]);
    }

    private Actor MapActor(ActorDto a, string id, string path, IReadOnlyList<Evidence> evidence) => new()
    {
        Id = id,
        Evidence = evidence,
        Name = Text(a.Name, new(path, ".name")),
        OtherNames = Strings(a.OtherNames, new(path, ".otherNames")),
        Kind = Vocabulary<ActorKind>(a.Kind, new(path, ".kind")),
        Description = OptionalText(a.Description, new(path, ".description")),
        CountryId = a.CountryId,
        ParentId = a.ParentId,
    };

    private Place MapPlace(PlaceDto p, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        var kind = Vocabulary<PlaceKind>(p.Kind, new(path, ".kind"));
        if (p.Iso3166 is not null && !IsIso3166(p.Iso3166, kind))
        {
            Problem(path + ".iso3166", $"'{p.Iso3166}' is not an ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (subdivisions) code.");
        }

        return new()
        {
            Id = id,
            Evidence = evidence,
            Name = Text(p.Name, new(path, ".name")),
            OtherNames = Strings(p.OtherNames, new(path, ".otherNames")),
            Kind = kind,
            Iso3166Code = p.Iso3166,
            ParentId = p.ParentId,
            Description = p.Description,
        };
    }

    /// <summary>ISO 3166-1 alpha-2 ("LA") for countries; ISO 3166-2 ("LA-XI", "TH-67") for everything else.</summary>
    internal static bool IsIso3166(string code, PlaceKind kind)
    {
        if (code.Length < 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
        {
            return false;
        }

        if (kind == PlaceKind.Country)
        {
            return code.Length == 2;
        }

        if (code.Length is < 4 or > 6 || code[2] != '-')
        {
            return false;
        }

        for (var i = 3; i < code.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(code[i]) && !char.IsAsciiDigit(code[i]))
            {
                return false;
            }
        }

        return true;
    }

    private Source MapSource(SourceDto s, string id, string path, IReadOnlyList<Evidence> evidence) => new()
    {
        Id = id,
        Evidence = evidence,
        Title = Text(s.Title, new(path, ".title")),
        Kind = Vocabulary<SourceKind>(s.Kind, new(path, ".kind")),
        Date = DatedOnly(s.Date, Date(s.Date, new(path, ".date")), s.DateDerivation, s.DateMeaning, path, "source"),
        DateMeaning = s.DateMeaning is null ? DateMeaning.Published : Vocabulary<DateMeaning>(s.DateMeaning, new(path, ".dateMeaning")),
        DateDerivation = s.DateDerivation,
        AuthorIds = Strings(s.AuthorIds, new(path, ".authorIds")),
        PublisherId = s.PublisherId,
        RecipientId = s.RecipientId,
        Description = OptionalText(s.Description, new(path, ".description")),
    };

    private Event MapEvent(EventDto e, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        var actors = e.Actors ?? [];
        var related = e.Related ?? [];
        var date = DatedOnly(e.Date, Date(e.Date, new(path, ".date")), e.DateDerivation, e.DateMeaning, path, "event");

        return new()
        {
            Id = id,
            Evidence = evidence,
            Summary = Text(e.Summary, new(path, ".summary")),
            Date = date,
            DateMeaning = e.DateMeaning is null ? DateMeaning.Happened : Vocabulary<DateMeaning>(e.DateMeaning, new(path, ".dateMeaning")),
            DateDerivation = OptionalText(e.DateDerivation, new(path, ".dateDerivation")),
            Standing = Vocabulary<Standing>(e.Standing, new(path, ".standing")),
            ClaimantIds = Strings(e.ClaimantIds, new(path, ".claimantIds")),
            SourceIds = Strings(e.SourceIds, new(path, ".sourceIds")),
            Actors = EventActors(actors, path),
            PlaceIds = Strings(e.PlaceIds, new(path, ".placeIds")),
            Topics = Topics(e.Topics, new(path, ".topics")),
            Related = EventRelations(related, path),
        };
    }

    // Chronology (issue 14): a derivation or a meaning needs a date to describe (a date that is there but malformed is reported once, as a date).
    private PartialDateInterval? DatedOnly(string? text, PartialDateInterval? date, string? derivation, string? meaning, string path, string kind)
    {
        if (date is null && derivation is not null)
        {
            Problem(path + ".dateDerivation", $"says how a date was derived, but the {kind} has no date.");
        }

        if (text is null && meaning is not null)
        {
            Problem(path + ".dateMeaning", $"says what a date means, but the {kind} has no date.");
        }

        return date;
    }

    private ReadOnlyArray<EventActor> EventActors(List<EventActorDto> dtos, string path)
    {
        var result = new EventActor[dtos.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new EventActor(
                Text(dtos[i]?.ActorId, new(path, ".actors", i, ".actorId")),
                Vocabulary<ActorRole>(dtos[i]?.Role, new(path, ".actors", i, ".role")));
        }

        return result.Length == 0 ? ReadOnlyArray<EventActor>.Empty : new(result);
    }

    private ReadOnlyArray<EventRelation> EventRelations(List<EventRelationDto> dtos, string path)
    {
        var result = new EventRelation[dtos.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new EventRelation(
                Vocabulary<EventRelationKind>(dtos[i]?.Relation, new(path, ".related", i, ".relation")),
                Text(dtos[i]?.EventId, new(path, ".related", i, ".eventId")));
        }

        return result.Length == 0 ? ReadOnlyArray<EventRelation>.Empty : new(result);
    }

    private Case MapCase(CaseDto c, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        if (c.EventIds is null || c.EventIds.Count == 0)
        {
            Problem(path + ".eventIds", "a case needs at least one event.");
        }

        return new()
        {
            Id = id,
            Evidence = evidence,
            Title = Text(c.Title, new(path, ".title")),
            EventIds = Strings(c.EventIds, new(path, ".eventIds")),
            SubjectIds = Strings(c.SubjectIds, new(path, ".subjectIds")),
            Topics = Topics(c.Topics, new(path, ".topics")),
        };
    }

    private Figure MapFigure(FigureDto f, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        var bound = Vocabulary<QuantityBound>(f.Bound, new(path, ".bound"));
        if (ValueProblem(bound, f.Value, "figure") is { } valueProblem)
        {
            Problem(path + ".value", valueProblem + ".");
        }

        if (UpperValueProblem(bound, f.Value, f.UpperValue, "figure") is { } upperProblem)
        {
            Problem(path + ".upperValue", upperProblem + ".");
        }

        if (f.Value < 0)
        {
            Problem(path + ".value", "cannot be negative.");
        }

        var date = Date(f.Date, new(path, ".date"));
        if (f.DateDerivation is not null && date is null)
        {
            Problem(path + ".dateDerivation", "says how a date was derived, but the figure has no date.");
        }

        return new()
        {
            Id = id,
            Evidence = evidence,
            Counted = Text(f.Counted, new(path, ".counted")),
            Quantity = new Quantity
            {
                Value = f.Value,
                UpperValue = f.UpperValue,
                Bound = bound,
                Unit = Vocabulary<QuantityUnit>(f.Unit, new(path, ".unit")),
                Wording = Text(f.Wording, new(path, ".wording")),
            },
            Date = date,
            DateDerivation = OptionalText(f.DateDerivation, new(path, ".dateDerivation")),
            EventId = f.EventId,
            Standing = Vocabulary<Standing>(f.Standing, new(path, ".standing")),
            ClaimantIds = Strings(f.ClaimantIds, new(path, ".claimantIds")),
        };
    }

    /// <summary>What is wrong with a quantity's value for its bound (none for "unquantified", one for every other), or <see langword="null"/>; shared with the record converter.</summary>
    internal static string? ValueProblem(QuantityBound bound, long? value, string noun) =>
        bound == QuantityBound.Unquantified
            ? value is null ? null : $"an unquantified {noun} has no value"
            : value is null ? "required for every bound except 'unquantified'" : null;

    /// <summary>What is wrong with a quantity's upper value (only "between" has one, not below the value), or <see langword="null"/>; shared with the record converter.</summary>
    internal static string? UpperValueProblem(QuantityBound bound, long? value, long? upperValue, string noun) =>
        bound == QuantityBound.Between
            ? upperValue is null || upperValue < value ? $"a 'between' {noun} needs an upper value not below its value" : null
            : upperValue is null ? null : $"only a 'between' {noun} has an upper value";

    /// <summary>A score's value is from 0 to its scale, and the scale is positive; shared with the record converter.</summary>
    internal static bool IsScore(decimal? value, decimal? scale) => scale > 0 && value >= 0 && value <= scale;

    private Score MapScore(ScoreDto s, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        if (!IsScore(s.Value, s.Scale))
        {
            Problem(path + ".value", $"a score needs a value between 0 and a positive scale (value {s.Value}, scale {s.Scale}).");
        }

        return new()
        {
            Id = id,
            Evidence = evidence,
            Indicator = Text(s.Indicator, new(path, ".indicator")),
            Value = s.Value ?? 0,
            ScaleMaximum = s.Scale is > 0 and var scale ? scale : 1,
            Edition = Edition(s.Edition, new(path, ".edition")),
            EditionDerivation = OptionalText(s.EditionDerivation, new(path, ".editionDerivation")),
            SubjectId = Text(s.SubjectId, new(path, ".subjectId")),
            PublisherId = s.PublisherId,
        };
    }

    private Ranking MapRanking(RankingDto r, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        if (r.Position is null or < 1)
        {
            Problem(path + ".position", "required, from 1.");
        }

        return new()
        {
            Id = id,
            Evidence = evidence,
            Indicator = Text(r.Indicator, new(path, ".indicator")),
            Position = r.Position ?? 0,
            Direction = Vocabulary<RankDirection>(r.Direction, new(path, ".direction")),
            Scope = OptionalText(r.Scope, new(path, ".scope")),
            Edition = Edition(r.Edition, new(path, ".edition")),
            EditionDerivation = OptionalText(r.EditionDerivation, new(path, ".editionDerivation")),
            SubjectId = Text(r.SubjectId, new(path, ".subjectId")),
            PublisherId = r.PublisherId,
        };
    }

    private Claim MapClaim(ClaimDto c, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        if (c.Provision < 1)
        {
            Problem(path + ".provision", "an article number of a treaty or law, from 1.");
        }

        return MapClaimRecord(c, id, path, evidence);
    }

    private Claim MapClaimRecord(ClaimDto c, string id, string path, IReadOnlyList<Evidence> evidence) => new()
    {
        Id = id,
        Evidence = evidence,
        Statement = Text(c.Statement, new(path, ".statement")),
        Standing = Vocabulary<Standing>(c.Standing, new(path, ".standing")),
        ClaimantIds = Strings(c.ClaimantIds, new(path, ".claimantIds")),
        SubjectIds = Strings(c.SubjectIds, new(path, ".subjectIds")),
        Topics = Topics(c.Topics, new(path, ".topics")),
        SourceIds = Strings(c.SourceIds, new(path, ".sourceIds")),
        Provision = c.Provision,
        RespondsToId = c.RespondsToId,
        Date = Date(c.Date, new(path, ".date")),
        EventIds = Strings(c.EventIds, new(path, ".eventIds")),
    };

    private Quotation MapQuotation(QuotationDto q, string id, string path, IReadOnlyList<Evidence> evidence)
    {
        var text = Text(q.Text, new(path, ".text"));
        if (text.Length > 0 && !evidence.Any(e => TextSearch.IndexOf(e.Quote, text) >= 0))
        {
            Problem(path + ".text", "the quoted words must appear verbatim in the record's evidence.");
        }

        return new()
        {
            Id = id,
            Evidence = evidence,
            Text = text,
            SpeakerId = Text(q.SpeakerId, new(path, ".speakerId")),
            SourceId = q.SourceId,
            Date = Date(q.Date, new(path, ".date")),
            Audience = OptionalText(q.Audience, new(path, ".audience")),
            SubjectIds = Strings(q.SubjectIds, new(path, ".subjectIds")),
            EventId = q.EventId,
        };
    }

    private void CheckIdsAndReferences(
        Actor[] actors, Place[] places, Source[] sources, Event[] events, Case[] cases,
        Figure[] figures, Score[] scores, Ranking[] rankings, Claim[] claims, Quotation[] quotations)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        void Register(IEnumerable<DatasetRecord> records, string kind)
        {
            foreach (var r in records)
            {
                if (r.Id.Length > 0 && !kinds.TryAdd(r.Id, kind) && Room())
                {
                    Problem($"{kind} '{DatasetProblem.Shorten(r.Id)}'", $"duplicate id (already used by a record in {kinds[r.Id]}).");
                }
            }
        }

        Register(actors, "actors");
        Register(places, "places");
        Register(sources, "sources");
        Register(events, "events");
        Register(cases, "cases");
        Register(figures, "figures");
        Register(scores, "scores");
        Register(rankings, "rankings");
        Register(claims, "claims");
        Register(quotations, "quotations");

        // The path of a problem ("events 'x'.sourceIds") is built only when there is one.
        void Ref(string? id, string expectedKind, string ownerKind, string ownerId, string property)
        {
            if (id is null || (kinds.TryGetValue(id, out var kind) && kind == expectedKind) || !Room())
            {
                return;
            }

            Problem(
                $"{ownerKind} '{DatasetProblem.Shorten(ownerId)}'.{property}",
                kind is null
                    ? $"refers to '{DatasetProblem.Shorten(id)}', which is not in the dataset."
                    : $"refers to '{DatasetProblem.Shorten(id)}', which is in {kind}, not {expectedKind}.");
        }

        void Refs(IReadOnlyList<string> ids, string expectedKind, string ownerKind, string ownerId, string property)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                Ref(ids[i], expectedKind, ownerKind, ownerId, property);
            }
        }

        foreach (var a in actors)
        {
            Ref(a.CountryId, "places", "actors", a.Id, "countryId");
            Ref(a.ParentId, "actors", "actors", a.Id, "parentId");
        }

        foreach (var p in places)
        {
            Ref(p.ParentId, "places", "places", p.Id, "parentId");
        }

        foreach (var s in sources)
        {
            Refs(s.AuthorIds, "actors", "sources", s.Id, "authorIds");
            Ref(s.PublisherId, "actors", "sources", s.Id, "publisherId");
            Ref(s.RecipientId, "actors", "sources", s.Id, "recipientId");
        }

        foreach (var e in events)
        {
            Refs(e.ClaimantIds, "actors", "events", e.Id, "claimantIds");
            Refs(e.SourceIds, "sources", "events", e.Id, "sourceIds");
            foreach (var a in e.Actors)
            {
                Ref(a.ActorId, "actors", "events", e.Id, "actors");
            }

            Refs(e.PlaceIds, "places", "events", e.Id, "placeIds");
            foreach (var r in e.Related)
            {
                Ref(r.EventId, "events", "events", e.Id, "related");
            }

        }

        foreach (var c in cases)
        {
            Refs(c.EventIds, "events", "cases", c.Id, "eventIds");
            Refs(c.SubjectIds, "actors", "cases", c.Id, "subjectIds");
        }

        foreach (var f in figures)
        {
            Ref(f.EventId, "events", "figures", f.Id, "eventId");
            Refs(f.ClaimantIds, "actors", "figures", f.Id, "claimantIds");
        }

        foreach (var s in scores)
        {
            Ref(s.SubjectId, "places", "scores", s.Id, "subjectId");
            Ref(s.PublisherId, "actors", "scores", s.Id, "publisherId");
        }

        foreach (var r in rankings)
        {
            Ref(r.SubjectId, "places", "rankings", r.Id, "subjectId");
            Ref(r.PublisherId, "actors", "rankings", r.Id, "publisherId");
        }

        foreach (var c in claims)
        {
            Refs(c.ClaimantIds, "actors", "claims", c.Id, "claimantIds");
            Refs(c.SubjectIds, "actors", "claims", c.Id, "subjectIds");
            Refs(c.SourceIds, "sources", "claims", c.Id, "sourceIds");
            Ref(c.RespondsToId, "claims", "claims", c.Id, "respondsToId");
            Refs(c.EventIds, "events", "claims", c.Id, "eventIds");
        }

        foreach (var q in quotations)
        {
            Ref(q.SpeakerId, "actors", "quotations", q.Id, "speakerId");
            Ref(q.SourceId, "sources", "quotations", q.Id, "sourceId");
            Refs(q.SubjectIds, "actors", "quotations", q.Id, "subjectIds");
            Ref(q.EventId, "events", "quotations", q.Id, "eventId");
        }
    }

    /// <summary>
    /// Reports every cycle in one kind's links (<paramref name="property"/>): a place inside itself, an actor its own
    /// parent, a claim that responds to itself through others, events that follow each other. Depth-first search
    /// without recursion, so the cost is linear in records and links whatever the shape; each cycle is reported once,
    /// at the record whose link closes it, with the ids of the records on it.
    /// </summary>
    private void CheckCycles<T>(T[] records, string kind, string property, Func<T, IEnumerable<string>> links)
        where T : DatasetRecord
    {
        var index = new Dictionary<string, int>(records.Length, StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            index.TryAdd(records[i].Id, i);
        }

        // Each record's links to records of the same kind (the others are reported as references).
        var next = new int[records.Length][];
        var targets = new List<int>();
        for (var i = 0; i < records.Length; i++)
        {
            targets.Clear();
            foreach (var id in links(records[i]))
            {
                if (index.TryGetValue(id, out var j))
                {
                    targets.Add(j);
                }
            }

            next[i] = targets.Count == 0 ? [] : [.. targets];
        }

        const byte Unvisited = 0, OnPath = 1, Done = 2;
        var state = new byte[records.Length];
        var positionOnPath = new int[records.Length];
        var path = new List<(int Record, int Link)>();
        for (var root = 0; root < records.Length; root++)
        {
            if (state[root] != Unvisited)
            {
                continue;
            }

            state[root] = OnPath;
            path.Add((root, 0));
            while (path.Count > 0)
            {
                var (record, link) = path[^1];
                if (link == next[record].Length)
                {
                    state[record] = Done;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                path[^1] = (record, link + 1);
                var target = next[record][link];
                if (state[target] == Unvisited)
                {
                    state[target] = OnPath;
                    positionOnPath[target] = path.Count;
                    path.Add((target, 0));
                }
                else if (state[target] == OnPath && Room())
                {
                    var cycle = path.Skip(positionOnPath[target]).Select(p => records[p.Record].Id).Append(records[target].Id).ToList();
                    Problem($"{kind} '{DatasetProblem.Shorten(records[record].Id)}'.{property}", $"closes a cycle: {DescribeCycle(cycle)}; no record may lead back to itself.");
                }
            }
        }
    }

    private static string[] Single(string? id) => id is null ? [] : [id];

    /// <summary>The ids of a cycle joined by arrows, the middle left out when it is long.</summary>
    private static string DescribeCycle(List<string> ids)
    {
        const int Shown = 8;
        var quoted = ids.Select(id => $"'{DatasetProblem.Shorten(id)}'");
        return ids.Count <= Shown
            ? string.Join(" → ", quoted)
            : $"{string.Join(" → ", quoted.Take(Shown / 2))} → … {ids.Count - Shown} more … → {string.Join(" → ", quoted.TakeLast(Shown / 2))}";
    }

    /// <summary>A semantic version (semver.org 2.0.0): the data file's <c>dataVersion</c>, as the JSON Schema's pattern says.</summary>
    internal static bool IsSemVer(string text)
    {
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        var withoutBuild = plus < 0 ? text : text[..plus];
        if (plus >= 0 && !Identifiers(text[(plus + 1)..], numericWithoutLeadingZero: false))
        {
            return false;
        }

        var dash = withoutBuild.IndexOf('-', StringComparison.Ordinal);
        var core = dash < 0 ? withoutBuild : withoutBuild[..dash];
        if (dash >= 0 && !Identifiers(withoutBuild[(dash + 1)..], numericWithoutLeadingZero: true))
        {
            return false;
        }

        var parts = core.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0'));

        // Dot-separated, non-empty identifiers of ASCII letters, digits and hyphens; in a pre-release, a numeric one has no leading zero.
        static bool Identifiers(string text, bool numericWithoutLeadingZero) => text.Split('.').All(id =>
            id.Length > 0
            && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && !(numericWithoutLeadingZero && id.Length > 1 && id[0] == '0' && id.All(char.IsAsciiDigit)));
    }

    private string Text(string? value, At at)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(at, "", "required.");
            return "";
        }

        return value;
    }

    /// <summary>An optional text: absent, or not empty or white space (the JSON Schema's <c>text</c>).</summary>
    private string? OptionalText(string? value, At at)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Problem(at, "", "cannot be empty or white space; leave the property out when it has no value.");
            return null;
        }

        return value;
    }

    private System.Collections.ObjectModel.ReadOnlyCollection<string> Strings(List<string>? values, At at)
    {
        if (values is null || values.Count == 0)
        {
            return Array.AsReadOnly(Array.Empty<string>());
        }

        var result = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                Problem(at.Item(i), "", "cannot be null, empty or white space.");
            }
            else
            {
                result.Add(values[i]);
            }
        }

        return result.AsReadOnly();
    }

    private TEnum Vocabulary<TEnum>(string? name, At at)
        where TEnum : struct, Enum
    {
        if (VocabularyNames.TryParse<TEnum>(name, out var value))
        {
            return value;
        }

        if (Room())
        {
            Problem(at.ToString(), name is null
                ? "required."
                : $"'{DatasetProblem.Shorten(name)}' is not one of: {VocabularyNames.AllNamesText<TEnum>()}.");
        }

        return default;
    }

    private ReadOnlyArray<Topic> Topics(List<string>? names, At at)
    {
        if (names is null || names.Count == 0)
        {
            return ReadOnlyArray<Topic>.Empty;
        }

        var topics = new Topic[names.Count];
        for (var i = 0; i < topics.Length; i++)
        {
            topics[i] = Vocabulary<Topic>(names[i], at.Item(i));
        }

        return new(topics);
    }

    private PartialDateInterval? Date(string? text, At at)
    {
        if (text is null)
        {
            return null;
        }

        if (PartialDateInterval.TryParse(text, out var date))
        {
            return date;
        }

        if (Room())
        {
            Problem(at.ToString(), DateProblem(text, static t => PartialDateInterval.Parse(t)));
        }

        return null;
    }

    private PartialDate Edition(string? text, At at)
    {
        if (text is null)
        {
            Problem(at.ToString(), "required.");
            return default;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        if (Room())
        {
            Problem(at.ToString(), DateProblem(text, static t => PartialDate.Parse(t)));
        }

        return default;
    }

    /// <summary>Why <paramref name="text"/> is not a date, as the parser says it (a date is short: a long text is not parsed again).</summary>
    private static string DateProblem<T>(string text, Func<string, T> parse)
    {
        if (text.Length > DatasetProblem.MaxQuotedLength)
        {
            return $"'{DatasetProblem.Shorten(text)}' is not an EDTF date or interval.";
        }

        try
        {
            parse(text);
            return $"'{text}' is not a valid date."; // not reached: TryParse and Parse agree
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Whether a problem may still be kept. When <see cref="MaxProblems"/> are kept, counts the problem as dropped and
    /// returns <see langword="false"/>, so that the caller does not even format it.
    /// </summary>
    private bool Room()
    {
        if (_problems.Count < MaxProblems)
        {
            return true;
        }

        _dropped++;
        return false;
    }

    private void Problem(string path, string message)
    {
        if (Room())
        {
            _problems.Add(new DatasetProblem(path, message));
        }
    }

    /// <summary>Reports a problem at <paramref name="at"/> followed by <paramref name="rest"/>, formatting the path only when it is kept.</summary>
    private void Problem(At at, string rest, string message)
    {
        if (Room())
        {
            _problems.Add(new DatasetProblem(at + rest, message));
        }
    }

    /// <summary>
    /// Where a value is: the record's path, a property below it, and an item index (with what follows it) when the
    /// value is in a list. Turned into text only when a problem is reported, because building the path of every value
    /// of a valid file cost more than mapping the values.
    /// </summary>
    private readonly struct At(string record, string property, int index = -1, string rest = "")
    {
        /// <summary>The same property's item at <paramref name="i"/>.</summary>
        public At Item(int i) => new(record, property, i, rest);

        public override string ToString() => index < 0 ? record + property : $"{record}{property}[{index}]{rest}";
    }
}
