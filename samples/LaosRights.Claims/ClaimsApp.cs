using System.CommandLine;
using LaosRights.Data;
using LaosRights.Samples;

namespace LaosRights.Claims;

/// <summary>The claims sample: who says what, how firmly, in the article's words.</summary>
public static class ClaimsApp
{
    /// <summary>The heading of the claims whose claimant the article does not name.</summary>
    public const string NoNamedClaimant = "(no claimant named in the article)";

    /// <summary>Parses <paramref name="args"/>, then writes the claims, grouped by claimant and standing, to <paramref name="output"/>.</summary>
    /// <param name="args">Command-line arguments: <c>--claimant ACTOR-ID</c>, <c>--standing STANDING</c>.</param>
    /// <param name="output">Where the claims (and help) go.</param>
    /// <param name="error">Where messages about bad arguments go.</param>
    /// <returns>0 on success; non-zero when the arguments are bad.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var data = LaosRightsDataset.Default;

        var claimant = new Option<string?>("--claimant") { Description = "Only claims made by this actor (an actor id, e.g. amnesty-international)." };
        claimant.Validators.Add(r =>
        {
            var id = r.GetValueOrDefault<string?>();
            if (id is not null && !data.Actors.Contains(id))
            {
                r.AddError($"Unknown actor '{id}'. Actor ids look like 'amnesty-international', 'new-york-times', 'government-of-laos'.");
            }
        });
        var standing = new Option<Standing?>("--standing") { Description = "Only claims with this standing (case-insensitive), e.g. alleged or concern-raised.", CustomParser = r => SampleCommandLine.Name<Standing>(r) };
        var root = new RootCommand("Who says what in the article \"Human rights in Laos\": claims grouped by claimant and standing, with the quote.")
        {
            claimant, standing,
        };
        root.SetAction(parse =>
        {
            IEnumerable<Claim> claims = data.Claims;
            if (parse.GetValue(claimant) is { } id)
            {
                claims = claims.ClaimedBy(id);
            }

            if (parse.GetValue(standing) is { } s)
            {
                claims = claims.WithStanding(s);
            }

            Write(output, data, claims.ToList());
            return 0;
        });

        return SampleCommandLine.Invoke(root, args, output, error);
    }

    private static void Write(TextWriter output, LaosRightsDataset data, List<Claim> claims)
    {
        output.WriteLine($"{data.Article.Title}: who says what ({claims.Count} of {data.Claims.Count} claims, data version {data.DataVersion})");
        output.WriteLine(data.Article.Attribution);
        output.WriteLine();

        // Claims made jointly (the six organisations of the lead) are grouped under all their names at once, so each claim
        // appears once; claims whose claimant the article does not name come last, under a heading that says so.
        var byClaimant = claims
            .GroupBy(c => c.ClaimantIds.Count == 0 ? NoNamedClaimant : string.Join(", ", c.ClaimantIds.Select(id => data.Actors[id].Name)))
            .OrderBy(g => g.Key == NoNamedClaimant)
            .ThenBy(g => g.Min(c => c.NarrativePosition));
        foreach (var group in byClaimant)
        {
            output.WriteLine($"== {group.Key}");
            var quoted = new HashSet<string>(StringComparer.Ordinal); // a sentence shared by several claims is quoted once
            foreach (var byStanding in group.GroupBy(c => c.Standing).OrderBy(g => g.Key))
            {
                output.WriteLine($"  -- {byStanding.Key.ToDisplayName()}");
                foreach (var c in byStanding)
                {
                    var about = c.SubjectIds.Count == 0 ? "" : $" (about {string.Join(", ", c.SubjectIds.Select(id => data.Actors[id].Name))})";
                    output.WriteLine($"     {c.Statement}{about}");
                    foreach (var evidence in c.Evidence.Where(e => quoted.Add(e.Quote)))
                    {
                        output.WriteLine($"       \"{evidence.Quote}\"");
                    }
                }
            }

            output.WriteLine();
        }

        if (claims.Count == 0)
        {
            output.WriteLine("No claim matches these filters.");
        }
    }
}
