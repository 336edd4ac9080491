// A Native AOT smoke test: loads the embedded dataset and runs a few plain LINQ queries.
// scripts/aot-smoke.sh publishes it with PublishAot=true and runs the native binary; it exits 1 when a value is wrong.
//   dotnet run --project samples/LaosRights.AotSmoke     (the same checks, on the JIT)
using LaosRights.Data;
using NodaTime;

var failures = 0;
void Check(string name, object? actual, object? expected)
{
    var ok = Equals(actual, expected);
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {name}: {actual}{(ok ? "" : $" (expected {expected})")}");
    if (!ok)
    {
        failures++;
    }
}

var data = LaosRightsDataset.Default;
Console.WriteLine($"data version {data.DataVersion}, schema version {data.SchemaVersion}, {data.Events.Count} events, {data.AllRecords.Count} records");
Check("article title", data.Article.Title, "Human rights in Laos");
Check("events have ids", data.Events.All(e => data.GetRecord(e.Id) == e), true);
Check("events > 0", data.Events.Count > 0, true);

// Lookups and the EDTF date of the ICCPR ratification.
var ratification = data.Events["iccpr-ratification-2009"];
Check("ICCPR ratification date", ratification.Date?.ToString(), "2009-09-25");
Check("ratification quote in article", data.Article.Text.Contains(ratification.Evidence[0].Quote, StringComparison.Ordinal), true);

// A bound quantity and an attributed claim (enums formatted by name: needs their metadata under AOT).
var exile = data.Figures["hmong-exile-thailand-count"].Quantity;
Check("Hmong exile count", $"{exile.Bound} {exile.Value}", "AtMost 200000");
Check("genocide accusation standing", data.Claims["genocide-accusation"].Standing.ToString(), "Alleged");

// Date queries over NodaTime intervals.
var year2009 = new DateInterval(new LocalDate(2009, 1, 1), new LocalDate(2009, 12, 31));
var in2009 = data.Events.Where(e => e.Date?.IsWithin(year2009) == true).OrderBy(e => e.Date).ToList();
Check("events certainly in 2009 include the ratification", in2009.Contains(ratification), true);
foreach (var e in in2009)
{
    Console.WriteLine($"     {e.Date}  {e.Summary}");
}

var dated = data.Events.Count(e => e.Date is not null);
Console.WriteLine($"     {dated} dated events, {data.Events.Count - dated} undated");
Check("grouping by kind covers every record", data.AllRecords.GroupBy(r => r.GetType().Name).Sum(g => g.Count()), data.AllRecords.Count);

// A record through System.Text.Json with the library's source-generated context (no reflection), in the data file's shape.
var json = System.Text.Json.JsonSerializer.Serialize(ratification, LaosRights.Data.Serialization.LaosRightsJsonContext.Default.Event);
Check("event JSON has the EDTF date", json.Contains("\"date\":\"2009-09-25\"", StringComparison.Ordinal), true);
var back = System.Text.Json.JsonSerializer.Deserialize(json, LaosRights.Data.Serialization.LaosRightsJsonContext.Default.Event);
Check("event read back from JSON equals the original", back == ratification, true);
var figureBack = System.Text.Json.JsonSerializer.Deserialize(
    System.Text.Json.JsonSerializer.Serialize(data.Figures["hmong-exile-thailand-count"], LaosRights.Data.Serialization.LaosRightsJsonContext.Default.Figure),
    LaosRights.Data.Serialization.LaosRightsJsonContext.Default.Figure);
Check("figure read back from JSON equals the original", figureBack == data.Figures["hmong-exile-thailand-count"], true);
Check("display form of the ratification date", ratification.Date?.ToDisplayString(), "25 September 2009");

// The loader's JSON path on untrusted input (source-generated System.Text.Json, no reflection).
try
{
    LaosRightsDataset.Parse("{}");
    Check("invalid JSON rejected", false, true);
}
catch (DatasetValidationException ex)
{
    Check("invalid JSON rejected", ex.Problems.Count > 0, true);
}

Console.WriteLine(failures == 0 ? "AOT smoke: all checks passed" : $"AOT smoke: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
