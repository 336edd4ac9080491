using System.Text.Json;

namespace LaosRights.Data.Serialization;

/// <summary>
/// The readers and writers behind <see cref="ModelJsonConverter{T}"/>: one pair per model type, in the property order
/// and with the property names of <see cref="DatasetDocument"/> (the data file), which is what keeps the two shapes the same.
/// </summary>
internal static class ModelJson
{
    internal delegate T ReadFunc<T>(ref Utf8JsonReader reader);

    internal sealed class Handler<T>(ReadFunc<T> read, Action<Utf8JsonWriter, T> write)
    {
        public T Read(ref Utf8JsonReader reader) => read(ref reader);

        public void Write(Utf8JsonWriter writer, T value) => write(writer, value);
    }

    /// <summary>The handler of <typeparamref name="T"/>, or <see langword="null"/> for a type that is not a model type.</summary>
    internal static Handler<T>? HandlerFor<T>() => (Handler<T>?)(object?)(0 switch
    {
        _ when typeof(T) == typeof(Actor) => new Handler<Actor>(ReadActor, WriteActor),
        _ when typeof(T) == typeof(Place) => new Handler<Place>(ReadPlace, WritePlace),
        _ when typeof(T) == typeof(Source) => new Handler<Source>(ReadSource, WriteSource),
        _ when typeof(T) == typeof(Event) => new Handler<Event>(ReadEvent, WriteEvent),
        _ when typeof(T) == typeof(Case) => new Handler<Case>(ReadCase, WriteCase),
        _ when typeof(T) == typeof(Figure) => new Handler<Figure>(ReadFigure, WriteFigure),
        _ when typeof(T) == typeof(Score) => new Handler<Score>(ReadScore, WriteScore),
        _ when typeof(T) == typeof(Ranking) => new Handler<Ranking>(ReadRanking, WriteRanking),
        _ when typeof(T) == typeof(Claim) => new Handler<Claim>(ReadClaim, WriteClaim),
        _ when typeof(T) == typeof(Quotation) => new Handler<Quotation>(ReadQuotation, WriteQuotation),
        _ when typeof(T) == typeof(DatasetRecord) => new Handler<DatasetRecord>(ReadAnyRecord, WriteAnyRecord),
        _ when typeof(T) == typeof(Evidence) => new Handler<Evidence>(ReadEvidence, WriteEvidence),
        _ when typeof(T) == typeof(Quantity) => new Handler<Quantity>(ReadQuantity, WriteQuantity),
        _ when typeof(T) == typeof(EventActor) => new Handler<EventActor>(ReadEventActor, WriteEventActor),
        _ when typeof(T) == typeof(EventRelation) => new Handler<EventRelation>(ReadEventRelation, WriteEventRelation),
        _ => (object?)null,
    });

    /// <summary>The string at the reader, or a <see cref="JsonException"/> saying what was expected.</summary>
    internal static string ReadStringToken(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {expected}, found {Describe(reader.TokenType)}.");

    /// <summary>The token type in words ("an object", "a number", "null").</summary>
    internal static string DescribeToken(JsonTokenType type) => Describe(type);

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    // ---- records -------------------------------------------------------------------------------------------

    private static Actor ReadActor(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Actor");
        string? id = null, name = null, description = null, countryId = null, parentId = null;
        ActorKind? kind = null;
        string[]? otherNames = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "name": name = o.String(ref reader); break;
                case "kind": kind = o.Vocabulary<ActorKind>(ref reader); break;
                case "otherNames": otherNames = o.Strings(ref reader); break;
                case "description": description = o.String(ref reader); break;
                case "countryId": countryId = o.String(ref reader); break;
                case "parentId": parentId = o.String(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        return new Actor
        {
            Id = o.Id(id),
            Name = o.Required(name, "name"),
            Kind = o.Required(kind, "kind"),
            OtherNames = otherNames ?? [],
            Description = description,
            CountryId = countryId,
            ParentId = parentId,
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteActor(Utf8JsonWriter w, Actor a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        w.WriteString("kind", VocabularyJsonConverter<ActorKind>.Name(a.Kind));
        WriteStrings(w, "otherNames", a.OtherNames);
        WriteOptional(w, "description", a.Description);
        WriteOptional(w, "countryId", a.CountryId);
        WriteOptional(w, "parentId", a.ParentId);
        WriteEvidenceList(w, a.Evidence);
        w.WriteEndObject();
    }

    private static Place ReadPlace(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Place");
        string? id = null, name = null, iso = null, parentId = null, description = null;
        PlaceKind? kind = null;
        string[]? otherNames = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "name": name = o.String(ref reader); break;
                case "kind": kind = o.Vocabulary<PlaceKind>(ref reader); break;
                case "otherNames": otherNames = o.Strings(ref reader); break;
                case "iso3166": iso = o.String(ref reader); break;
                case "parentId": parentId = o.String(ref reader); break;
                case "description": description = o.String(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        var placeKind = o.Required(kind, "kind");
        if (iso is not null && !DatasetMapper.IsIso3166(iso, placeKind))
        {
            throw o.Invalid("iso3166", $"'{DatasetProblem.Shorten(iso)}' is not an ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (subdivisions) code");
        }

        return new Place
        {
            Id = o.Id(id),
            Name = o.Required(name, "name"),
            Kind = placeKind,
            OtherNames = otherNames ?? [],
            Iso3166Code = iso,
            ParentId = parentId,
            Description = description,
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WritePlace(Utf8JsonWriter w, Place p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteString("kind", VocabularyJsonConverter<PlaceKind>.Name(p.Kind));
        WriteStrings(w, "otherNames", p.OtherNames);
        WriteOptional(w, "iso3166", p.Iso3166Code);
        WriteOptional(w, "parentId", p.ParentId);
        WriteOptional(w, "description", p.Description);
        WriteEvidenceList(w, p.Evidence);
        w.WriteEndObject();
    }

    private static Source ReadSource(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Source");
        string? id = null, title = null, publisherId = null, recipientId = null, description = null, dateDerivation = null;
        SourceKind? kind = null;
        DateMeaning? dateMeaning = null;
        PartialDateInterval? date = null;
        string[]? authorIds = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "title": title = o.String(ref reader); break;
                case "kind": kind = o.Vocabulary<SourceKind>(ref reader); break;
                case "date": date = o.Date(ref reader); break;
                case "dateMeaning": dateMeaning = o.Vocabulary<DateMeaning>(ref reader); break;
                case "dateDerivation": dateDerivation = o.String(ref reader); break;
                case "authorIds": authorIds = o.Strings(ref reader); break;
                case "publisherId": publisherId = o.String(ref reader); break;
                case "recipientId": recipientId = o.String(ref reader); break;
                case "description": description = o.String(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        o.DerivationNeedsDate(dateDerivation, date, "dateDerivation");
        o.MeaningNeedsDate(dateMeaning, date);
        return new Source
        {
            Id = o.Id(id),
            Title = o.Required(title, "title"),
            Kind = o.Required(kind, "kind"),
            Date = date,
            DateMeaning = dateMeaning ?? DateMeaning.Published,
            DateDerivation = dateDerivation,
            AuthorIds = authorIds ?? [],
            PublisherId = publisherId,
            RecipientId = recipientId,
            Description = description,
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteSource(Utf8JsonWriter w, Source s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteString("kind", VocabularyJsonConverter<SourceKind>.Name(s.Kind));
        WriteDate(w, "date", s.Date);
        WriteMeaning(w, s.Date, s.DateMeaning);
        WriteOptional(w, "dateDerivation", s.DateDerivation);
        WriteStrings(w, "authorIds", s.AuthorIds);
        WriteOptional(w, "publisherId", s.PublisherId);
        WriteOptional(w, "recipientId", s.RecipientId);
        WriteOptional(w, "description", s.Description);
        WriteEvidenceList(w, s.Evidence);
        w.WriteEndObject();
    }

    private static Event ReadEvent(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Event");
        string? id = null, summary = null, dateDerivation = null;
        PartialDateInterval? date = null;
        DateMeaning? dateMeaning = null;
        Standing? standing = null;
        string[]? claimantIds = null, sourceIds = null, placeIds = null;
        EventActor[]? actors = null;
        Topic[]? topics = null;
        EventRelation[]? related = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "summary": summary = o.String(ref reader); break;
                case "date": date = o.Date(ref reader); break;
                case "dateMeaning": dateMeaning = o.Vocabulary<DateMeaning>(ref reader); break;
                case "dateDerivation": dateDerivation = o.String(ref reader); break;
                case "standing": standing = o.Vocabulary<Standing>(ref reader); break;
                case "claimantIds": claimantIds = o.Strings(ref reader); break;
                case "sourceIds": sourceIds = o.Strings(ref reader); break;
                case "actors": actors = o.Array(ref reader, ReadEventActor); break;
                case "placeIds": placeIds = o.Strings(ref reader); break;
                case "topics": topics = o.Vocabularies<Topic>(ref reader); break;
                case "related": related = o.Array(ref reader, ReadEventRelation); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        o.DerivationNeedsDate(dateDerivation, date, "dateDerivation");
        o.MeaningNeedsDate(dateMeaning, date);
        return new Event
        {
            Id = o.Id(id),
            Summary = o.Required(summary, "summary"),
            Date = date,
            DateMeaning = dateMeaning ?? DateMeaning.Happened,
            DateDerivation = dateDerivation,
            Standing = o.Required(standing, "standing"),
            ClaimantIds = claimantIds ?? [],
            SourceIds = sourceIds ?? [],
            Actors = actors ?? [],
            PlaceIds = placeIds ?? [],
            Topics = topics ?? [],
            Related = related ?? [],
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteEvent(Utf8JsonWriter w, Event e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("summary", e.Summary);
        WriteDate(w, "date", e.Date);
        WriteMeaning(w, e.Date, e.DateMeaning);
        WriteOptional(w, "dateDerivation", e.DateDerivation);
        w.WriteString("standing", VocabularyJsonConverter<Standing>.Name(e.Standing));
        WriteStrings(w, "claimantIds", e.ClaimantIds);
        WriteStrings(w, "sourceIds", e.SourceIds);
        WriteArray(w, "actors", e.Actors, WriteEventActor);
        WriteStrings(w, "placeIds", e.PlaceIds);
        WriteTopics(w, e.Topics);
        WriteArray(w, "related", e.Related, WriteEventRelation);
        WriteEvidenceList(w, e.Evidence);
        w.WriteEndObject();
    }

    private static Case ReadCase(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Case");
        string? id = null, title = null;
        string[]? eventIds = null, subjectIds = null;
        Topic[]? topics = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "title": title = o.String(ref reader); break;
                case "eventIds": eventIds = o.Strings(ref reader); break;
                case "subjectIds": subjectIds = o.Strings(ref reader); break;
                case "topics": topics = o.Vocabularies<Topic>(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        return new Case
        {
            Id = o.Id(id),
            Title = o.Required(title, "title"),
            EventIds = o.Required(eventIds, "eventIds") is { Length: > 0 } ids ? ids : throw o.Invalid("eventIds", "a case needs at least one event"),
            SubjectIds = subjectIds ?? [],
            Topics = topics ?? [],
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteCase(Utf8JsonWriter w, Case c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        WriteStrings(w, "eventIds", c.EventIds);
        WriteStrings(w, "subjectIds", c.SubjectIds);
        WriteTopics(w, c.Topics);
        WriteEvidenceList(w, c.Evidence);
        w.WriteEndObject();
    }

    private static Figure ReadFigure(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Figure");
        var q = new QuantityParts();
        string? id = null, counted = null, dateDerivation = null, eventId = null;
        PartialDateInterval? date = null;
        Standing? standing = null;
        string[]? claimantIds = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "counted": counted = o.String(ref reader); break;
                case "date": date = o.Date(ref reader); break;
                case "dateDerivation": dateDerivation = o.String(ref reader); break;
                case "eventId": eventId = o.String(ref reader); break;
                case "standing": standing = o.Vocabulary<Standing>(ref reader); break;
                case "claimantIds": claimantIds = o.Strings(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default:
                    if (!q.TryRead(ref reader, ref o, property))
                    {
                        throw o.Unknown();
                    }

                    break;
            }
        }

        o.DerivationNeedsDate(dateDerivation, date, "dateDerivation");
        return new Figure
        {
            Id = o.Id(id),
            Quantity = q.Build(ref o),
            Counted = o.Required(counted, "counted"),
            Date = date,
            DateDerivation = dateDerivation,
            EventId = eventId,
            Standing = o.Required(standing, "standing"),
            ClaimantIds = claimantIds ?? [],
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteFigure(Utf8JsonWriter w, Figure f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        WriteQuantityProperties(w, f.Quantity, f.Counted);
        WriteDate(w, "date", f.Date);
        WriteOptional(w, "dateDerivation", f.DateDerivation);
        WriteOptional(w, "eventId", f.EventId);
        w.WriteString("standing", VocabularyJsonConverter<Standing>.Name(f.Standing));
        WriteStrings(w, "claimantIds", f.ClaimantIds);
        WriteEvidenceList(w, f.Evidence);
        w.WriteEndObject();
    }

    private static Score ReadScore(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Score");
        string? id = null, indicator = null, editionDerivation = null, subjectId = null, publisherId = null;
        decimal? value = null, scale = null;
        PartialDate? edition = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "indicator": indicator = o.String(ref reader); break;
                case "value": value = o.Decimal(ref reader); break;
                case "scale": scale = o.Decimal(ref reader); break;
                case "edition": edition = o.Edition(ref reader); break;
                case "editionDerivation": editionDerivation = o.String(ref reader); break;
                case "subjectId": subjectId = o.String(ref reader); break;
                case "publisherId": publisherId = o.String(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        var v = o.Required(value, "value");
        var max = o.Required(scale, "scale");
        if (!DatasetMapper.IsScore(v, max))
        {
            throw o.Invalid("value", $"a score needs a value from 0 to a positive scale (value {v}, scale {max})");
        }

        return new Score
        {
            Id = o.Id(id),
            Indicator = o.Required(indicator, "indicator"),
            Value = v,
            ScaleMaximum = max,
            Edition = o.Required(edition, "edition"),
            EditionDerivation = editionDerivation,
            SubjectId = o.Required(subjectId, "subjectId"),
            PublisherId = publisherId,
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteScore(Utf8JsonWriter w, Score s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("indicator", s.Indicator);
        w.WriteNumber("value", s.Value);
        w.WriteNumber("scale", s.ScaleMaximum);
        w.WriteString("edition", s.Edition.ToString());
        WriteOptional(w, "editionDerivation", s.EditionDerivation);
        w.WriteString("subjectId", s.SubjectId);
        WriteOptional(w, "publisherId", s.PublisherId);
        WriteEvidenceList(w, s.Evidence);
        w.WriteEndObject();
    }

    private static Ranking ReadRanking(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Ranking");
        string? id = null, indicator = null, scope = null, editionDerivation = null, subjectId = null, publisherId = null;
        long? position = null;
        RankDirection? direction = null;
        PartialDate? edition = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "indicator": indicator = o.String(ref reader); break;
                case "position": position = o.Integer(ref reader, 1, int.MaxValue); break;
                case "direction": direction = o.Vocabulary<RankDirection>(ref reader); break;
                case "scope": scope = o.String(ref reader); break;
                case "edition": edition = o.Edition(ref reader); break;
                case "editionDerivation": editionDerivation = o.String(ref reader); break;
                case "subjectId": subjectId = o.String(ref reader); break;
                case "publisherId": publisherId = o.String(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        return new Ranking
        {
            Id = o.Id(id),
            Indicator = o.Required(indicator, "indicator"),
            Position = (int)o.Required(position, "position"),
            Direction = o.Required(direction, "direction"),
            Scope = scope,
            Edition = o.Required(edition, "edition"),
            EditionDerivation = editionDerivation,
            SubjectId = o.Required(subjectId, "subjectId"),
            PublisherId = publisherId,
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteRanking(Utf8JsonWriter w, Ranking r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("indicator", r.Indicator);
        w.WriteNumber("position", r.Position);
        w.WriteString("direction", VocabularyJsonConverter<RankDirection>.Name(r.Direction));
        WriteOptional(w, "scope", r.Scope);
        w.WriteString("edition", r.Edition.ToString());
        WriteOptional(w, "editionDerivation", r.EditionDerivation);
        w.WriteString("subjectId", r.SubjectId);
        WriteOptional(w, "publisherId", r.PublisherId);
        WriteEvidenceList(w, r.Evidence);
        w.WriteEndObject();
    }

    private static Claim ReadClaim(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Claim");
        string? id = null, statement = null, respondsToId = null;
        Standing? standing = null;
        string[]? claimantIds = null, subjectIds = null, sourceIds = null, eventIds = null;
        Topic[]? topics = null;
        long? provision = null;
        PartialDateInterval? date = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "statement": statement = o.String(ref reader); break;
                case "standing": standing = o.Vocabulary<Standing>(ref reader); break;
                case "claimantIds": claimantIds = o.Strings(ref reader); break;
                case "subjectIds": subjectIds = o.Strings(ref reader); break;
                case "topics": topics = o.Vocabularies<Topic>(ref reader); break;
                case "sourceIds": sourceIds = o.Strings(ref reader); break;
                case "provision": provision = o.Integer(ref reader, 1, int.MaxValue); break;
                case "respondsToId": respondsToId = o.String(ref reader); break;
                case "date": date = o.Date(ref reader); break;
                case "eventIds": eventIds = o.Strings(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        return new Claim
        {
            Id = o.Id(id),
            Statement = o.Required(statement, "statement"),
            Standing = o.Required(standing, "standing"),
            ClaimantIds = claimantIds ?? [],
            SubjectIds = subjectIds ?? [],
            Topics = topics ?? [],
            SourceIds = sourceIds ?? [],
            Provision = (int?)provision,
            RespondsToId = respondsToId,
            Date = date,
            EventIds = eventIds ?? [],
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("statement", c.Statement);
        w.WriteString("standing", VocabularyJsonConverter<Standing>.Name(c.Standing));
        WriteStrings(w, "claimantIds", c.ClaimantIds);
        WriteStrings(w, "subjectIds", c.SubjectIds);
        WriteTopics(w, c.Topics);
        WriteStrings(w, "sourceIds", c.SourceIds);
        if (c.Provision is { } provision)
        {
            w.WriteNumber("provision", provision);
        }

        WriteOptional(w, "respondsToId", c.RespondsToId);
        WriteDate(w, "date", c.Date);
        WriteStrings(w, "eventIds", c.EventIds);
        WriteEvidenceList(w, c.Evidence);
        w.WriteEndObject();
    }

    private static Quotation ReadQuotation(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Quotation");
        string? id = null, text = null, speakerId = null, sourceId = null, audience = null, eventId = null;
        PartialDateInterval? date = null;
        string[]? subjectIds = null;
        Evidence[]? evidence = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "id": id = o.String(ref reader); break;
                case "text": text = o.String(ref reader); break;
                case "speakerId": speakerId = o.String(ref reader); break;
                case "sourceId": sourceId = o.String(ref reader); break;
                case "date": date = o.Date(ref reader); break;
                case "audience": audience = o.String(ref reader); break;
                case "subjectIds": subjectIds = o.Strings(ref reader); break;
                case "eventId": eventId = o.String(ref reader); break;
                case "evidence": evidence = o.EvidenceList(ref reader); break;
                default: throw o.Unknown();
            }
        }

        return new Quotation
        {
            Id = o.Id(id),
            Text = o.Required(text, "text"),
            SpeakerId = o.Required(speakerId, "speakerId"),
            SourceId = sourceId,
            Date = date,
            Audience = audience,
            SubjectIds = subjectIds ?? [],
            EventId = eventId,
            Evidence = o.Required(evidence, "evidence"),
        };
    }

    private static void WriteQuotation(Utf8JsonWriter w, Quotation q)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        w.WriteString("text", q.Text);
        w.WriteString("speakerId", q.SpeakerId);
        WriteOptional(w, "sourceId", q.SourceId);
        WriteDate(w, "date", q.Date);
        WriteOptional(w, "audience", q.Audience);
        WriteStrings(w, "subjectIds", q.SubjectIds);
        WriteOptional(w, "eventId", q.EventId);
        WriteEvidenceList(w, q.Evidence);
        w.WriteEndObject();
    }

    /// <summary>
    /// A record whose kind is only known at run time (<see cref="LaosRightsDataset.AllRecords"/>, <see cref="LaosRightsDataset.GetRecord"/>)
    /// is written in the shape of its kind, with no discriminator: the data file has none either (the kind is the array a record is in).
    /// </summary>
    private static void WriteAnyRecord(Utf8JsonWriter w, DatasetRecord record)
    {
        switch (record)
        {
            case Actor a: WriteActor(w, a); break;
            case Place p: WritePlace(w, p); break;
            case Source s: WriteSource(w, s); break;
            case Event e: WriteEvent(w, e); break;
            case Case c: WriteCase(w, c); break;
            case Figure f: WriteFigure(w, f); break;
            case Score s: WriteScore(w, s); break;
            case Ranking r: WriteRanking(w, r); break;
            case Claim c: WriteClaim(w, c); break;
            case Quotation q: WriteQuotation(w, q); break;
            default: throw new JsonException($"{record.GetType().Name} is not a record kind of this library.");
        }
    }

    private static DatasetRecord ReadAnyRecord(ref Utf8JsonReader reader) =>
        throw new NotSupportedException(
            "A DatasetRecord cannot be read without knowing its kind, which the JSON does not hold (as in the data file, where the array says it): deserialize the concrete type (Event, Figure, Claim, ...).");

    // ---- parts ---------------------------------------------------------------------------------------------

    private static Evidence ReadEvidence(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Evidence");
        long? start = null, length = null;
        string? quote = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "start": start = o.Integer(ref reader, 0, int.MaxValue); break;
                case "length": length = o.Integer(ref reader, 1, int.MaxValue); break;
                case "quote": quote = o.String(ref reader); break;
                default: throw o.Unknown();
            }
        }

        var at = (int)o.Required(start, "start");
        var text = o.Required(quote, "quote");
        if (o.Required(length, "length") != text.Length)
        {
            throw o.Invalid("length", $"is {length} but the quote has {text.Length} UTF-16 code units");
        }

        var article = LaosRightsDataset.Default.Article;
        if (text.Length == 0 || at > article.Text.Length - text.Length || !article.Text.AsSpan(at, text.Length).SequenceEqual(text))
        {
            throw o.Invalid("quote", $"is not at position {at} of the article embedded in this library ('{article.Title}', SHA-256 {article.Sha256}); evidence can only be read back against that article");
        }

        return new Evidence(text, at, article.GetSectionAt(at).Path);
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e)
    {
        w.WriteStartObject();
        w.WriteNumber("start", e.Start);
        w.WriteNumber("length", e.Length);
        w.WriteString("quote", e.Quote);
        w.WriteEndObject();
    }

    private static Quantity ReadQuantity(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("Quantity");
        var q = new QuantityParts();
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            if (!q.TryRead(ref reader, ref o, property))
            {
                throw o.Unknown();
            }
        }

        return q.Build(ref o);
    }

    private static void WriteQuantity(Utf8JsonWriter w, Quantity q)
    {
        w.WriteStartObject();
        WriteQuantityProperties(w, q, counted: null);
        w.WriteEndObject();
    }

    /// <summary>The properties of a quantity, in the order of the data file (where a figure's <c>counted</c> sits among them).</summary>
    private static void WriteQuantityProperties(Utf8JsonWriter w, Quantity q, string? counted)
    {
        w.WriteString("bound", VocabularyJsonConverter<QuantityBound>.Name(q.Bound));
        if (q.Value is { } value)
        {
            w.WriteNumber("value", value);
        }

        if (q.UpperValue is { } upper)
        {
            w.WriteNumber("upperValue", upper);
        }

        w.WriteString("unit", VocabularyJsonConverter<QuantityUnit>.Name(q.Unit));
        WriteOptional(w, "counted", counted);
        w.WriteString("wording", q.Wording);
    }

    private static EventActor ReadEventActor(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("EventActor");
        string? actorId = null;
        ActorRole? role = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "actorId": actorId = o.String(ref reader); break;
                case "role": role = o.Vocabulary<ActorRole>(ref reader); break;
                default: throw o.Unknown();
            }
        }

        return new EventActor(o.Required(actorId, "actorId"), o.Required(role, "role"));
    }

    private static void WriteEventActor(Utf8JsonWriter w, EventActor a)
    {
        w.WriteStartObject();
        w.WriteString("actorId", a.ActorId);
        w.WriteString("role", VocabularyJsonConverter<ActorRole>.Name(a.Role));
        w.WriteEndObject();
    }

    private static EventRelation ReadEventRelation(ref Utf8JsonReader reader)
    {
        var o = new ObjectReader("EventRelation");
        string? eventId = null;
        EventRelationKind? kind = null;
        o.Begin(ref reader);
        while (o.Next(ref reader, out var property))
        {
            switch (property)
            {
                case "relation": kind = o.Vocabulary<EventRelationKind>(ref reader); break;
                case "eventId": eventId = o.String(ref reader); break;
                default: throw o.Unknown();
            }
        }

        return new EventRelation(o.Required(kind, "relation"), o.Required(eventId, "eventId"));
    }

    private static void WriteEventRelation(Utf8JsonWriter w, EventRelation r)
    {
        w.WriteStartObject();
        w.WriteString("relation", VocabularyJsonConverter<EventRelationKind>.Name(r.Kind));
        w.WriteString("eventId", r.EventId);
        w.WriteEndObject();
    }

    // ---- writing helpers -----------------------------------------------------------------------------------

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter w, string name, PartialDateInterval? date)
    {
        if (date is { } value)
        {
            w.WriteString(name, value.ToString());
        }
    }

    /// <summary>What a date means, written with the date (as the data file does) and left out without one.</summary>
    private static void WriteMeaning(Utf8JsonWriter w, PartialDateInterval? date, DateMeaning meaning)
    {
        if (date is not null)
        {
            w.WriteString("dateMeaning", VocabularyJsonConverter<DateMeaning>.Name(meaning));
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteTopics(Utf8JsonWriter w, IReadOnlyList<Topic> topics)
    {
        if (topics.Count == 0)
        {
            return;
        }

        w.WriteStartArray("topics");
        foreach (var topic in topics)
        {
            w.WriteStringValue(VocabularyJsonConverter<Topic>.Name(topic));
        }

        w.WriteEndArray();
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteEvidenceList(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            WriteEvidence(w, e);
        }

        w.WriteEndArray();
    }

    /// <summary>The quantity properties of a figure or a quantity, read in any order and checked together.</summary>
    private struct QuantityParts
    {
        private QuantityBound? _bound;
        private long? _value;
        private long? _upperValue;
        private QuantityUnit? _unit;
        private string? _wording;

        public bool TryRead(ref Utf8JsonReader reader, ref ObjectReader o, string property)
        {
            switch (property)
            {
                case "bound": _bound = o.Vocabulary<QuantityBound>(ref reader); return true;
                case "value": _value = o.Integer(ref reader, 0, long.MaxValue); return true;
                case "upperValue": _upperValue = o.Integer(ref reader, 0, long.MaxValue); return true;
                case "unit": _unit = o.Vocabulary<QuantityUnit>(ref reader); return true;
                case "wording": _wording = o.String(ref reader); return true;
                default: return false;
            }
        }

        public readonly Quantity Build(ref ObjectReader o)
        {
            var bound = o.Required(_bound, "bound");
            if (DatasetMapper.ValueProblem(bound, _value, "amount") is { } valueProblem)
            {
                throw o.Invalid("value", valueProblem);
            }

            if (DatasetMapper.UpperValueProblem(bound, _value, _upperValue, "amount") is { } upperProblem)
            {
                throw o.Invalid("upperValue", upperProblem);
            }

            return new Quantity
            {
                Bound = bound,
                Value = _value,
                UpperValue = _upperValue,
                Unit = o.Required(_unit, "unit"),
                Wording = o.Required(_wording, "wording"),
            };
        }
    }

    /// <summary>Reads the properties of one JSON object strictly, naming the type and property in every error.</summary>
    internal struct ObjectReader(string type)
    {
        private List<string>? _seen;
        private string? _property;

        public void Begin(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a {type} object, found {Describe(reader.TokenType)}.");
            }
        }

        public bool Next(ref Utf8JsonReader reader, out string property)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                property = "";
                return false;
            }

            property = reader.GetString()!;
            _seen ??= [];
            if (_seen.Contains(property))
            {
                throw new JsonException($"{type}: property '{property}' appears twice.");
            }

            _seen.Add(property);
            _property = property;
            reader.Read();
            return true;
        }

        public readonly JsonException Unknown() => new($"{type}: unknown property '{_property}'.");

        public readonly JsonException Invalid(string property, string message) => new($"{type}.{property}: {message}.");

        public readonly T Required<T>(T? value, string property)
            where T : class =>
            value ?? throw new JsonException($"{type}: the required property '{property}' is missing or null.");

        public readonly T Required<T>(T? value, string property)
            where T : struct =>
            value ?? throw new JsonException($"{type}: the required property '{property}' is missing or null.");

        /// <summary>The required id, checked with the loader's rule (<see cref="DatasetMapper.IsKebabCase"/>).</summary>
        public readonly string Id(string? id)
        {
            var value = Required(id, "id");
            return DatasetMapper.IsKebabCase(value)
                ? value
                : throw Invalid("id", $"'{DatasetProblem.Shorten(value)}' is not kebab-case (lower-case letters and digits separated by single hyphens)");
        }

        public readonly void DerivationNeedsDate(string? derivation, PartialDateInterval? date, string property)
        {
            if (derivation is not null && date is null)
            {
                throw new JsonException($"{type}: '{property}' is given but 'date' is missing or null; a derivation needs the date it derives (leave '{property}' out of an undated {type}).");
            }
        }

        public readonly void MeaningNeedsDate(DateMeaning? meaning, PartialDateInterval? date)
        {
            if (meaning is not null && date is null)
            {
                throw new JsonException($"{type}: 'dateMeaning' is given but 'date' is missing or null; a date's meaning needs the date (leave 'dateMeaning' out of an undated {type}).");
            }
        }

        public readonly string? String(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => throw Expected("a string", reader.TokenType),
        };

        public readonly long? Integer(ref Utf8JsonReader reader, long min, long max)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
            {
                throw Expected("a whole number", reader.TokenType);
            }

            return value < min || value > max
                ? throw new JsonException($"{type}.{_property}: {value} is out of range ({min} to {max}).")
                : value;
        }

        public readonly decimal? Decimal(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value)
                ? value
                : throw Expected("a number", reader.TokenType);
        }

        public readonly TEnum? Vocabulary<TEnum>(ref Utf8JsonReader reader)
            where TEnum : struct, Enum
        {
            var name = String(ref reader);
            return name is null ? null : Wrap(() => VocabularyJsonConverter<TEnum>.Parse(name));
        }

        public readonly PartialDateInterval? Date(ref Utf8JsonReader reader)
        {
            var text = String(ref reader);
            return text is null ? null : Wrap(() => PartialDateIntervalJsonConverter.ParseInterval(text));
        }

        public readonly PartialDate? Edition(ref Utf8JsonReader reader)
        {
            var text = String(ref reader);
            if (text is null)
            {
                return null;
            }

            return PartialDate.TryParseCore(text, 0, text.Length, out var date, out var error)
                ? date
                : throw new JsonException($"{type}.{_property}: invalid EDTF date '{text}': {error}");
        }

        public readonly string[]? Strings(ref Utf8JsonReader reader)
        {
            var where = $"{type}.{_property}";
            return Array(ref reader, (ref Utf8JsonReader r) =>
                r.TokenType == JsonTokenType.String ? r.GetString()! : throw new JsonException($"{where}: expected strings, found {Describe(r.TokenType)}."));
        }

        public readonly TEnum[]? Vocabularies<TEnum>(ref Utf8JsonReader reader)
            where TEnum : struct, Enum
        {
            var names = Strings(ref reader);
            return names is null ? null : Wrap(() => System.Array.ConvertAll(names, VocabularyJsonConverter<TEnum>.Parse));
        }

        public readonly Evidence[]? EvidenceList(ref Utf8JsonReader reader)
        {
            var items = Array(ref reader, ReadEvidence);
            return items is { Length: 0 } ? throw Invalid("evidence", "a record needs at least one evidence item") : items;
        }

        public readonly T[]? Array<T>(ref Utf8JsonReader reader, ReadFunc<T> read)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Expected("an array", reader.TokenType);
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw new JsonException($"{type}.{_property}: an item cannot be null.");
                }

                items.Add(read(ref reader));
            }

            return [.. items];
        }

        private readonly JsonException Expected(string what, JsonTokenType found) =>
            new($"{type}.{_property}: expected {what}, found {Describe(found)}.");

        private readonly T Wrap<T>(Func<T> parse)
        {
            try
            {
                return parse();
            }
            catch (JsonException e)
            {
                throw new JsonException($"{type}.{_property}: {e.Message}", e);
            }
        }
    }
}
