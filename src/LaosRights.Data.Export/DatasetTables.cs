namespace LaosRights.Data;

/// <summary>
/// The dataset as relational tables: one per record kind, one per many-to-many relation, one for evidence,
/// one listing every id with its kind, and the topic vocabulary. Column names are snake_case; ids are the record ids.
/// </summary>
internal static class DatasetTables
{
    private const string Position = "position";
    private const string PositionDescription = "The 1-based position of the item in the record's list, in the order of the data file.";

    public static IReadOnlyList<ExportTable> Build(LaosRightsDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var tables = new List<ExportTable>();

        var records = new ExportTable("records", "Every record id with its kind: the ids are unique across all kinds, so evidence can refer to any record.", "id")
            .Field("id", "string", "The record's stable kebab-case id.", required: true)
            .Field("kind", "string", "Which table holds the record.", required: true, values: ["actor", "place", "source", "event", "case", "figure", "score", "ranking", "claim", "quotation"])
            .Field("narrative_position", "integer", "Where the record first appears in the article (the smallest evidence start, UTF-16 code units); orders records as the article tells them.", required: true);
        foreach (var r in dataset.AllRecords)
        {
            records.Row(r.Id, KindOf(r), ExportTable.Text(r.NarrativePosition));
        }

        tables.Add(records);

        var topics = new ExportTable("topics", "The closed vocabulary of human-rights topics the article raises.", "id")
            .Field("id", "string", "The topic's kebab-case name, as used in the JSON.", required: true)
            .Field("name", "string", "The topic's name in the .NET API (LaosRights.Data.Topic).", required: true);
        var topicArticles = new ExportTable("topic_iccpr_articles", "Which articles of the International Covenant on Civil and Political Rights (ICCPR) correspond to a topic; a standard reference, not taken from the article.", "topic", "iccpr_article")
            .Field("topic", "string", "The topic.", required: true, references: "topics")
            .Field("iccpr_article", "integer", "The number of the ICCPR article.", required: true);
        foreach (var topic in Enum.GetValues<Topic>())
        {
            topics.Row(ExportTable.Text(topic), topic.ToString());
            foreach (var article in topic.GetIccprArticles())
            {
                topicArticles.Row(ExportTable.Text(topic), ExportTable.Text(article));
            }
        }

        tables.Add(topics);
        tables.Add(topicArticles);

        // Actors and places.
        var actors = new ExportTable("actors", "Organisations, government bodies, armed and security forces, people and groups the article names.", "id")
            .Field("id", "string", "The actor's id.", required: true)
            .Field("name", "string", "The name this dataset uses, as close to the article's words as possible.", required: true)
            .Vocabulary<ActorKind>("kind", "What kind of actor this is.")
            .Field("description", "string", "A short description drawn from the article's words.")
            .Field("country_id", "string", "The country the actor belongs to, where the article makes it plain.", references: "places")
            .Field("parent_id", "string", "The actor this one is part of.", references: "actors");
        foreach (var a in dataset.Actors)
        {
            actors.Row(a.Id, a.Name, ExportTable.Text(a.Kind), a.Description, a.CountryId, a.ParentId);
        }

        tables.Add(actors);
        tables.Add(Names("actor_other_names", "Other names and spellings the article uses for an actor.", "actor_id", "actors", dataset.Actors.Select(a => (a.Id, a.OtherNames))));

        var places = new ExportTable("places", "Countries, provinces, regions and sites the article names, each linked to what contains it.", "id")
            .Field("id", "string", "The place's id.", required: true)
            .Field("name", "string", "The place's name.", required: true)
            .Vocabulary<PlaceKind>("kind", "What kind of place this is.")
            .Field("iso3166", "string", "ISO 3166-1 alpha-2 code of a country or ISO 3166-2 code of a subdivision (a standard reference, not taken from the article).")
            .Field("parent_id", "string", "The place that contains this one; empty for a country.", references: "places")
            .Field("description", "string", "What the article says the place is, in its words (\"a Buddhist monastery in central Thailand\"); empty when it says nothing more than the name.");
        foreach (var p in dataset.Places)
        {
            places.Row(p.Id, p.Name, ExportTable.Text(p.Kind), p.Iso3166Code, p.ParentId, p.Description);
        }

        tables.Add(places);
        tables.Add(Names("place_other_names", "Other names and spellings the article uses for a place.", "place_id", "places", dataset.Places.Select(p => (p.Id, p.OtherNames))));

        // Sources.
        var sources = new ExportTable("sources", "Publications, reports, films, treaties and laws the article mentions.", "id")
            .Field("id", "string", "The source's id.", required: true)
            .Field("title", "string", "The title, or a description where the article gives none.", required: true)
            .Vocabulary<SourceKind>("kind", "What kind of document this is.")
            .Date("date", "The source's date (what it is the date of is in date_meaning)")
            .Field("date_meaning", "string", "What date is the date of: published, submitted or promulgated; empty when date is empty.", values: ExportTable.Names<DateMeaning>())
            .Field("date_derivation", "string", "How date was derived when the article does not state it (\"later\" than a dated report); empty when it is stated or empty.")
            .Field("publisher_id", "string", "The actor that published it.", references: "actors")
            .Field("recipient_id", "string", "The actor it was submitted to.", references: "actors")
            .Field("description", "string", "A short note drawn from the article.");
        foreach (var s in dataset.Sources)
        {
            sources.Row([s.Id, s.Title, ExportTable.Text(s.Kind), .. ExportTable.DateValues(s.Date), MeaningOf(s.Date, s.DateMeaning), s.DateDerivation, s.PublisherId, s.RecipientId, s.Description]);
        }

        tables.Add(sources);
        tables.Add(Link("source_authors", "The actors who wrote or made a source.", "source_id", "sources", "actor_id", "The author.", "actors", dataset.Sources.Select(s => (s.Id, s.AuthorIds))));

        // Events and their relations.
        var events = new ExportTable("events", "Everything that happens, or is said to happen, in the article's narrative, dated or not.", "id")
            .Field("id", "string", "The event's id.", required: true)
            .Field("summary", "string", "A neutral one-line summary in the article's terms; it never states an allegation as fact.", required: true)
            .Date("date", "The event's date (what it is the date of is in date_meaning: when it happened, or only when it was expected or due)")
            .Field("date_meaning", "string", "What date is the date of: happened, or expected or deadline for what was due rather than done; empty when date is empty.", values: ExportTable.Names<DateMeaning>())
            .Field("date_derivation", "string", "How the date was derived when the article does not state it directly; empty when it is stated.")
            .Vocabulary<Standing>("standing", "How the article stands behind the event (stated, reported, alleged, …).")
            .Field("narrative_position", "integer", "Where the event first appears in the article (UTF-16 code units); orders undated events.", required: true);
        foreach (var e in dataset.Events)
        {
            events.Row([e.Id, e.Summary, .. ExportTable.DateValues(e.Date), MeaningOf(e.Date, e.DateMeaning), e.DateDerivation, ExportTable.Text(e.Standing), ExportTable.Text(e.NarrativePosition)]);
        }

        tables.Add(events);

        var eventActors = new ExportTable("event_actors", "The actors involved in an event, with their roles.", "event_id", Position)
            .Field("event_id", "string", "The event.", required: true, references: "events")
            .Field(Position, "integer", PositionDescription, required: true)
            .Field("actor_id", "string", "The actor.", required: true, references: "actors")
            .Vocabulary<ActorRole>("role", "What the actor did or underwent in the event.");
        foreach (var e in dataset.Events)
        {
            for (var i = 0; i < e.Actors.Count; i++)
            {
                eventActors.Row(e.Id, ExportTable.Text(i + 1), e.Actors[i].ActorId, ExportTable.Text(e.Actors[i].Role));
            }
        }

        tables.Add(eventActors);
        tables.Add(Link("event_claimants", "The actors who claim, report or raise an event, where the article names them.", "event_id", "events", "actor_id", "The claimant.", "actors", dataset.Events.Select(e => (e.Id, e.ClaimantIds))));
        tables.Add(Link("event_places", "Where an event happened, as far as the article says.", "event_id", "events", "place_id", "The place.", "places", dataset.Events.Select(e => (e.Id, e.PlaceIds))));
        tables.Add(Topics("event_topics", "The topics an event concerns.", "event_id", "events", dataset.Events.Select(e => (e.Id, e.Topics))));
        tables.Add(Link("event_sources", "The sources an event is reported in or concerns.", "event_id", "events", "source_id", "The source.", "sources", dataset.Events.Select(e => (e.Id, e.SourceIds))));

        var relations = new ExportTable("event_relations", "Links between events as the article states them: this event follows, or responds to, the other.", "event_id", Position)
            .Field("event_id", "string", "The event.", required: true, references: "events")
            .Field(Position, "integer", PositionDescription, required: true)
            .Vocabulary<EventRelationKind>("relation", "How the event relates to the other one.")
            .Field("related_event_id", "string", "The other event.", required: true);
        relations.AddForeignKey("related_event_id", "events");
        foreach (var e in dataset.Events)
        {
            for (var i = 0; i < e.Related.Count; i++)
            {
                relations.Row(e.Id, ExportTable.Text(i + 1), ExportTable.Text(e.Related[i].Kind), e.Related[i].EventId);
            }
        }

        tables.Add(relations);

        // Cases.
        var cases = new ExportTable("cases", "Individual cases: the events of one story (arrest, sentence, death in custody, release).", "id")
            .Field("id", "string", "The case's id.", required: true)
            .Field("title", "string", "A short title.", required: true);
        foreach (var c in dataset.Cases)
        {
            cases.Row(c.Id, c.Title);
        }

        tables.Add(cases);
        tables.Add(Link("case_events", "The events of a case; position is the order of the story.", "case_id", "cases", "event_id", "The event.", "events", dataset.Cases.Select(c => (c.Id, c.EventIds))));
        tables.Add(Link("case_subjects", "The actors a case is about.", "case_id", "cases", "actor_id", "The actor.", "actors", dataset.Cases.Select(c => (c.Id, c.SubjectIds))));
        tables.Add(Topics("case_topics", "The topics a case concerns.", "case_id", "cases", dataset.Cases.Select(c => (c.Id, c.Topics))));

        // Figures, scores, rankings.
        var figures = new ExportTable("figures", "Counts and lengths of time in the article, with their bounds and the article's words.", "id")
            .Field("id", "string", "The figure's id.", required: true)
            .Field("counted", "string", "What is counted, in plain words.", required: true)
            .Vocabulary<QuantityBound>("bound", "How value is to be read: exact, approximate, at-least, more-than, at-most, between, or unquantified (no number).")
            .Field("value", "integer", "The number the article states; empty when the bound is unquantified.")
            .Field("upper_value", "integer", "The upper number of a 'between' range; otherwise empty.")
            .Field("minimum", "integer", "The smallest amount the article's words allow, where they set one (exact, at-least, between); otherwise empty.")
            .Field("maximum", "integer", "The largest amount the article's words allow, where they set one (exact, at-most, between); otherwise empty.")
            .Vocabulary<QuantityUnit>("unit", "What is measured.")
            .Field("wording", "string", "The article's words for the amount (\"As many as 200,000\", \"thousands\").", required: true)
            .Date("date", "The time the figure refers to")
            .Field("date_derivation", "string", "How the date was derived; empty when it is stated.")
            .Field("event_id", "string", "The event the figure belongs to.", references: "events")
            .Vocabulary<Standing>("standing", "How the article stands behind the figure.");
        foreach (var f in dataset.Figures)
        {
            var q = f.Quantity;
            figures.Row([f.Id, f.Counted, ExportTable.Text(q.Bound), ExportTable.Text(q.Value), ExportTable.Text(q.UpperValue), ExportTable.Text(q.Minimum), ExportTable.Text(q.Maximum),
                ExportTable.Text(q.Unit), q.Wording, .. ExportTable.DateValues(f.Date), f.DateDerivation, f.EventId, ExportTable.Text(f.Standing)]);
        }

        tables.Add(figures);
        tables.Add(Link("figure_claimants", "The actors who give a figure, where the article names them.", "figure_id", "figures", "actor_id", "The claimant.", "actors", dataset.Figures.Select(f => (f.Id, f.ClaimantIds))));

        var scores = new ExportTable("scores", "Scores given to a country: a value out of a scale, in an edition year.", "id")
            .Field("id", "string", "The score's id.", required: true)
            .Field("indicator", "string", "What is scored.", required: true)
            .Field("value", "number", "The score.", required: true)
            .Field("scale_maximum", "number", "The top of the scale ('out of 4').", required: true)
            .Date("edition", "The edition")
            .Field("edition_year", "year", "The edition's year, when the edition is known to the year or finer.")
            .Field("edition_derivation", "string", "How the edition was derived; empty when the sentence states it.")
            .Field("subject_id", "string", "The place scored.", required: true, references: "places")
            .Field("publisher_id", "string", "The actor that published the score; empty because the article names none.", references: "actors");
        foreach (var s in dataset.Scores)
        {
            scores.Row([s.Id, s.Indicator, ExportTable.Number(s.Value), ExportTable.Number(s.ScaleMaximum), .. ExportTable.DateValues(s.Edition), EditionYear(s.Edition), s.EditionDerivation, s.SubjectId, s.PublisherId]);
        }

        tables.Add(scores);

        var rankings = new ExportTable("rankings", "A place's position in a ranking.", "id")
            .Field("id", "string", "The ranking's id.", required: true)
            .Field("indicator", "string", "What is ranked.", required: true)
            .Field("position", "integer", "The position, from 1.", required: true)
            .Vocabulary<RankDirection>("direction", "Which end the position counts from (1 is the best, or the worst).")
            .Field("scope", "string", "Among what the place is ranked.")
            .Date("edition", "The edition")
            .Field("edition_year", "year", "The edition's year, when the edition is known to the year or finer.")
            .Field("edition_derivation", "string", "How the edition was derived; empty when the sentence states it.")
            .Field("subject_id", "string", "The place ranked.", required: true, references: "places")
            .Field("publisher_id", "string", "The actor that published the ranking; empty when the article names none.", references: "actors");
        foreach (var r in dataset.Rankings)
        {
            rankings.Row([r.Id, r.Indicator, ExportTable.Text(r.Position), ExportTable.Text(r.Direction), r.Scope, .. ExportTable.DateValues(r.Edition), EditionYear(r.Edition), r.EditionDerivation, r.SubjectId, r.PublisherId]);
        }

        tables.Add(rankings);

        // Claims.
        var claims = new ExportTable("claims", "Attributed statements: concerns, accusations, official positions, denials, challenges and reports. A statement is what is claimed, never a finding of fact.", "id")
            .Field("id", "string", "The claim's id.", required: true)
            .Field("statement", "string", "What is claimed, in neutral words.", required: true)
            .Vocabulary<Standing>("standing", "What kind of statement it is.")
            .Field("provision", "integer", "The numbered provision of the source the claim cites (8 for 'Article 8').")
            .Field("responds_to_id", "string", "The claim this one answers (a denial, a challenge).", references: "claims")
            .Date("date", "When the claim was made");
        foreach (var c in dataset.Claims)
        {
            claims.Row([c.Id, c.Statement, ExportTable.Text(c.Standing), ExportTable.Text(c.Provision), c.RespondsToId, .. ExportTable.DateValues(c.Date)]);
        }

        tables.Add(claims);
        tables.Add(Link("claim_claimants", "The actors who make a claim; a claim without rows here has no claimant named in the article.", "claim_id", "claims", "actor_id", "The claimant.", "actors", dataset.Claims.Select(c => (c.Id, c.ClaimantIds))));
        tables.Add(Link("claim_subjects", "The actors a claim is about.", "claim_id", "claims", "actor_id", "The actor.", "actors", dataset.Claims.Select(c => (c.Id, c.SubjectIds))));
        tables.Add(Topics("claim_topics", "The topics a claim concerns.", "claim_id", "claims", dataset.Claims.Select(c => (c.Id, c.Topics))));
        tables.Add(Link("claim_sources", "The sources a claim is made in.", "claim_id", "claims", "source_id", "The source.", "sources", dataset.Claims.Select(c => (c.Id, c.SourceIds))));
        tables.Add(Link("claim_events", "The events a claim belongs to.", "claim_id", "claims", "event_id", "The event.", "events", dataset.Claims.Select(c => (c.Id, c.EventIds))));

        // Quotations.
        var quotations = new ExportTable("quotations", "Words the article quotes, with who said them and where.", "id")
            .Field("id", "string", "The quotation's id.", required: true)
            .Field("text", "string", "The quoted words, exactly as in the article, without the quotation marks.", required: true)
            .Field("speaker_id", "string", "The actor who said or wrote the words.", required: true, references: "actors")
            .Field("source_id", "string", "The source the words appeared in.", references: "sources")
            .Date("date", "When the words were said or published")
            .Field("audience", "string", "To whom the words were said.")
            .Field("event_id", "string", "The event in which the words were said.", references: "events");
        foreach (var q in dataset.Quotations)
        {
            quotations.Row([q.Id, q.Text, q.SpeakerId, q.SourceId, .. ExportTable.DateValues(q.Date), q.Audience, q.EventId]);
        }

        tables.Add(quotations);
        tables.Add(Link("quotation_subjects", "The actors quoted words are about.", "quotation_id", "quotations", "actor_id", "The actor.", "actors", dataset.Quotations.Select(q => (q.Id, q.SubjectIds))));

        // Evidence.
        var evidence = new ExportTable("evidence", "The verbatim quotes of the article that prove each record, with their positions in the article text.", "record_id", Position)
            .Field("record_id", "string", "The record the quote proves (see records for its kind).", required: true, references: "records")
            .Field(Position, "integer", PositionDescription, required: true)
            .Field("start", "integer", "Where the quote starts in the article text, in UTF-16 code units (the article's SHA-256 is in datapackage.json and dataset.json).", required: true)
            .Field("length", "integer", "The quote's length in UTF-16 code units.", required: true)
            .Field("quote", "string", "The verbatim quote.", required: true)
            .Field("section", "string", "The heading of the innermost article section holding the quote.", required: true)
            .Field("section_path", "string", "Headings from the article title down to that section, separated by ' > '.", required: true);
        foreach (var r in dataset.AllRecords)
        {
            for (var i = 0; i < r.Evidence.Count; i++)
            {
                var e = r.Evidence[i];
                evidence.Row(r.Id, ExportTable.Text(i + 1), ExportTable.Text(e.Start), ExportTable.Text(e.Length), e.Quote, e.Section, string.Join(" > ", e.SectionPath));
            }
        }

        tables.Add(evidence);
        return tables;
    }

    /// <summary>The vocabulary name of a date's meaning, or <see langword="null"/> when there is no date to mean anything.</summary>
    private static string? MeaningOf(PartialDateInterval? date, DateMeaning meaning) => date is null ? null : ExportTable.Text(meaning);

    private static string? EditionYear(PartialDate edition) =>
        edition.Precision >= DatePrecision.Year ? edition.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string KindOf(DatasetRecord record) => record switch
    {
        Actor => "actor",
        Place => "place",
        Source => "source",
        Event => "event",
        Case => "case",
        Figure => "figure",
        Score => "score",
        Ranking => "ranking",
        Claim => "claim",
        Quotation => "quotation",
        _ => throw new ArgumentException($"Unknown record type {record.GetType().Name}.", nameof(record)),
    };

    private static ExportTable Link(string name, string description, string ownerField, string ownerTable, string valueField, string valueDescription, string valueTable, IEnumerable<(string Id, IReadOnlyList<string> Values)> rows)
    {
        var table = new ExportTable(name, description, ownerField, Position)
            .Field(ownerField, "string", $"The id of the row in {ownerTable}.", required: true, references: ownerTable)
            .Field(Position, "integer", PositionDescription, required: true)
            .Field(valueField, "string", valueDescription, required: true, references: valueTable);
        foreach (var (id, values) in rows)
        {
            for (var i = 0; i < values.Count; i++)
            {
                table.Row(id, ExportTable.Text(i + 1), values[i]);
            }
        }

        return table;
    }

    private static ExportTable Names(string name, string description, string ownerField, string ownerTable, IEnumerable<(string Id, IReadOnlyList<string> Names)> rows)
    {
        var table = new ExportTable(name, description, ownerField, Position)
            .Field(ownerField, "string", $"The id of the row in {ownerTable}.", required: true, references: ownerTable)
            .Field(Position, "integer", PositionDescription, required: true)
            .Field("name", "string", "The other name.", required: true);
        foreach (var (id, names) in rows)
        {
            for (var i = 0; i < names.Count; i++)
            {
                table.Row(id, ExportTable.Text(i + 1), names[i]);
            }
        }

        return table;
    }

    private static ExportTable Topics(string name, string description, string ownerField, string ownerTable, IEnumerable<(string Id, IReadOnlyList<Topic> Topics)> rows) =>
        Link(name, description, ownerField, ownerTable, "topic", "The topic.", "topics", rows.Select(r => (r.Id, (IReadOnlyList<string>)[.. r.Topics.Select(t => ExportTable.Text(t)!)])));
}
