namespace LaosRights.Data.Tests.Cookbook;

// The cookbook (README.md and docs/cookbook.md), compiled and run. Each method's body from `var data` to the last comment is a ```csharp block
// of one of those files, character for character (indentation aside); CookbookTests checks that, runs every method and checks
// that each `// → ` line is one of the strings the query returns.
public static class Cookbook
{
    // Q: What certainly happened in 2009?
    public static IReadOnlyList<string> WhatHappenedIn2009()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Chronology() // events, sources, claims, quotations, figures, scores: one order
            .InYear(2009, DateMatch.Certainly)
            .Select(e => $"{e.Date} {e.DateMeaning} {e.Kind}: " + e.Record switch
            {
                Event ev => ev.Summary,
                Source s => s.Title,
                Claim c => c.Statement,
                _ => e.Id,
            });
        // → 2009-09-25 Happened Event: Laos ratifies the International Covenant on Civil and Political Rights
        // → 2009-12-27 Published Source: The New York Times report of December 27, 2009
        // → 2009-12-27 Reported Claim: The New York Times' report that the Thai military was preparing to forcibly return 4,000 Hmong asylum seekers to Laos by the end of the year
        return answer.ToList();
    }

    // Q: What may have happened in 2009 (open-ended and coarse dates included)?
    public static IReadOnlyList<string> WhatPossiblyHappenedIn2009()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Events
            .InYear(2009) // DateMatch.Possibly: dates that may fall in 2009, open-ended ones included
            .InChronologicalOrder()
            .Select(e => $"{e.Date} {e.Summary}");
        // → 18XX/.. A Hmong population is present in Thailand
        // → 1989/.. No executions reported since 1989
        // → ../2009 The Thai military prepares to forcibly return 4,000 Hmong asylum seekers to Laos by the end of the year
        // → 2009-09-25 Laos ratifies the International Covenant on Civil and Political Rights
        // → ../2009-10 The surviving 3 men were expected to be released by October 2009
        return answer.ToList();
    }

    // Q: What happened to the Hmong who fled to Thailand?
    public static IReadOnlyList<string> WhatHappenedToTheHmongWhoFledToThailand()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Events
            .LocatedIn(data, "TH")
            .Where(e => e.Topics.Contains(Topic.RefugeesAndAsylumSeekers) || e.Topics.Contains(Topic.ForcedReturn))
            .InChronologicalOrder()
            .Select(e => $"{e.Date?.ToString() ?? "undated"} {e.Summary}");
        // → 1996 As the deadline for closing Thai refugee camps approaches, and under mounting political pressure, the U.S. agrees to resettle Hmong refugees who pass a new screening process
        // → 2004/2005 Thousands of Hmong flee from the jungles of Laos to a temporary refugee camp in Phetchabun
        // → ../2009 The Thai military prepares to forcibly return 4,000 Hmong asylum seekers to Laos by the end of the year
        // …
        // → undated As many as 200,000 Hmong go into exile in Thailand, some ending up in the U.S.
        // …
        // → undated Around 5,000 Hmong not resettled seek asylum at Wat Tham Krabok, where more than 10,000 Hmong refugees already live
        // …
        // → undated Some thousand Hmong, fearing forced repatriation if not accepted for resettlement in the U.S., flee the camp to live elsewhere within Thailand
        // …
        return answer.ToList();
    }

    // Q: Which allegations, concerns and reports name the government of Laos as their subject?
    public static IReadOnlyList<string> WhichClaimsAreAboutTheGovernment()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Claims
            .About("government-of-laos")
            .Where(c => c.Standing is Standing.Alleged or Standing.ConcernRaised or Standing.Reported)
            .Select(c => $"{(c.ClaimantIds.Count == 0 ? "(not named)" : string.Join(", ", c.ClaimantIds))} [{c.Standing}]: {c.Statement}");
        // → amnesty-international, centre-for-public-policy-analysis, united-league-for-democracy-in-laos, human-rights-watch, lao-human-rights-council, ngos [ConcernRaised]: Concerns about the ratification record of the Laos Government on human rights standards
        // …
        // → amnesty-international, centre-for-public-policy-analysis, united-league-for-democracy-in-laos, human-rights-watch, lao-human-rights-council, ngos [ConcernRaised]: Concerns about legislative measures which impact on human rights
        // → (not named) [Alleged]: Accusation (the article does not say by whom) that the government of Laos committed genocide against the Hmong ethnic minority
        // …
        return answer.ToList();
    }

    // Q: Which figures are estimates, and which are only bounds?
    public static IReadOnlyList<string> WhichFiguresAreEstimates()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Figures
            .OfKind(QuantityKind.Estimate)
            .Concat(data.Figures.OfKind(QuantityKind.Bound))
            .Select(f => $"{f.Quantity.Kind} \"{f.Quantity.Wording}\": {f.Counted}");
        // → Estimate "some thousand": Hmong people among the 60,000 Lao refugees
        // → Estimate "Around 5,000": Hmong people not resettled at the camp closures who sought asylum at Wat Tham Krabok
        // → Estimate "Some thousand": Hmong people who fled the camp to live elsewhere within Thailand
        // → Bound "up to 10 years": years of imprisonment in the sentences
        // → Bound "As many as 200,000": Hmong who went into exile in Thailand
        // → Bound "more than 10,000": Hmong refugees already living at Wat Tham Krabok
        // → Bound "over 3 years": years outside government representatives were not allowed to interview the group
        return answer.ToList();
    }

    // Q: What happened at Wat Tham Krabok?
    public static IReadOnlyList<string> WhatHappenedAtWatThamKrabok()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.EventsOf(data.Cases["case-wat-tham-krabok"])
            .Select(e => $"{e.Date?.ToString() ?? "undated"} {e.Summary}")
            .Concat(data.Figures.Counting("Wat Tham Krabok").Select(f => $"\"{f.Quantity.Wording}\" {f.Counted}"));
        // → undated Thai refugee camps close
        // → undated Around 5,000 Hmong not resettled seek asylum at Wat Tham Krabok, where more than 10,000 Hmong refugees already live
        // → undated The Thai government attempts to repatriate the refugees at Wat Tham Krabok
        // → undated The Wat Tham Krabok Hmong refuse to leave
        // → undated The Lao government refuses to accept the Wat Tham Krabok Hmong
        // → undated The Thai government threatens forcible removal
        // → 2003 The U.S. agrees to accept 15,000 of the refugees
        // → undated Some thousand Hmong, fearing forced repatriation if not accepted for resettlement in the U.S., flee the camp to live elsewhere within Thailand
        // → "Around 5,000" Hmong people not resettled at the camp closures who sought asylum at Wat Tham Krabok
        // → "more than 10,000" Hmong refugees already living at Wat Tham Krabok
        return answer.ToList();
    }

    // Q: Which events happened in places inside Thailand (not placed in Thailand as a whole)?
    public static IReadOnlyList<string> EventsInThailandIncludingSubPlaces()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Events
            .LocatedIn(data, "TH")
            .Except(data.Events.LocatedExactlyIn(data, "TH"))
            .Select(e => $"{string.Join(", ", e.PlaceIds.Select(id => data.Places[id].Name))}: {e.Summary}");
        // …
        // → Wat Tham Krabok: Around 5,000 Hmong not resettled seek asylum at Wat Tham Krabok, where more than 10,000 Hmong refugees already live
        // …
        // → Jungles of Laos, Temporary refugee camp in Phetchabun: Thousands of Hmong flee from the jungles of Laos to a temporary refugee camp in Phetchabun
        // → Detention Centers Nong Khai: The Thai foreign ministry says it will halt deportation of Hmong refugees held in Detention Centers Nong Khai
        // …
        return answer.ToList();
    }

    // Q: What does a given NGO (The Centre for Public Policy Analysis) claim?
    public static IReadOnlyList<string> ClaimsByTheCentreForPublicPolicyAnalysis()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Claims
            .ClaimedBy("centre-for-public-policy-analysis")
            .GroupBy(c => c.Standing)
            .Select(g => $"{g.Key}: {g.Count()}");
        // → ConcernRaised: 14
        // → Reported: 1
        return answer.ToList();
    }

    // Q: The October 1999 poster case, in order, with its numbers
    public static IReadOnlyList<string> TheOctober1999CaseInOrder()
    {
        var data = LaosRightsDataset.Default;
        var posters = data.CaseOf(data.Events["poster-arrests-1999"])!;
        var answer = data.EventsOf(posters)
            .Select(e => $"{e.Date?.ToString() ?? "undated"} {e.Summary} {string.Join(" ", data.FiguresOf(e).Select(f => $"[{f.Quantity.Wording}]"))}".TrimEnd());
        // → 1999-10 30 people arrested for attempting to display posters calling for peaceful economic, political and social change [30 people]
        // → undated 5 of those arrested are sentenced to up to 10 years imprisonment on charges of treason [5 of them] [up to 10 years]
        // → undated One of the 5 sentenced dies due to his treatment by prison guards [1]
        // → undated One of the 5 sentenced is released [1]
        // → ../2009-10 The surviving 3 men were expected to be released by October 2009 [The surviving 3 men]
        return answer.ToList();
    }

    // Q: What did The New York Times report?
    public static IReadOnlyList<string> WhatTheNewYorkTimesReported()
    {
        var data = LaosRightsDataset.Default;
        var nyt = data.InvolvementOf(data.Actors["new-york-times"]);
        var answer = nyt.ClaimsMade.Select(c => $"{c.Date} {c.Statement}")
            .Concat(nyt.FiguresGiven.Select(f => $"{f.Quantity.Wording} {f.Counted} ({f.Standing})"));
        // → 2009-12-27 The New York Times' report that the Thai military was preparing to forcibly return 4,000 Hmong asylum seekers to Laos by the end of the year
        // → 4,000 Hmong asylum seekers the Thai military was preparing to forcibly return (Reported)
        return answer.ToList();
    }

    // Q: Which events of 1990 concern liberty of person (ICCPR article 9)?
    public static IReadOnlyList<string> DetentionUnderIccprArticle9()
    {
        var data = LaosRightsDataset.Default;
        var answer = data.Events
            .WithIccprArticle(9)
            .InYear(1990, DateMatch.Certainly)
            .Select(e => e.Summary);
        // → Three men arrested for expressing concern about government policies and advocating economic and political reforms
        return answer.ToList();
    }
}
