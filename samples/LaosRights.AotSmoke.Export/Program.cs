// A Native AOT smoke test of LaosRights.Data.Export: writes the CSV tables and the data package of the embedded
// data into a temporary folder, and the workbook into memory, renders the HTML report, and checks a few values. scripts/aot-smoke.sh publishes it with PublishAot=true and
// runs the native binary; it exits 1 when a value is wrong.
//   dotnet run --project samples/LaosRights.AotSmoke.Export     (the same checks, on the JIT)
using LaosRights.Data;

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
var folder = Path.Combine(Path.GetTempPath(), "laosrights-aot-export-" + Guid.NewGuid().ToString("N"));
try
{
    var files = DatasetExport.WriteDataPackage(data, folder);
    Check("data package ends with its descriptor", files[^1], DatasetExport.DataPackageFileName);
    var events = File.ReadAllLines(Path.Combine(folder, "events.csv"));
    Check("events.csv has a header and one line per event", events.Length, data.Events.Count + 1);
    Check("ratification row", events.Any(l => l.StartsWith("iccpr-ratification-2009,", StringComparison.Ordinal) && l.Contains(",2009-09-25,", StringComparison.Ordinal)), true);
    var reloaded = LaosRightsDataset.Load(Path.Combine(folder, DatasetJson.FileName));
    Check("dataset.json loads again", reloaded.AllRecords.Count, data.AllRecords.Count);
    var spreadsheet = DatasetExport.WriteCsv(data, Path.Combine(folder, "spreadsheet"), CsvOptions.ForSpreadsheets);
    Check("spreadsheet CSV starts with the byte order mark", File.ReadAllBytes(Path.Combine(folder, "spreadsheet", spreadsheet[0]))[0], (byte)0xEF);

    using var workbook = new MemoryStream();
    DatasetExport.WriteXlsx(data, workbook);
    using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook.ToArray()));
    Check("workbook has 13 sheets", zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)), 13);
    using var chronology = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
    Check("workbook holds the ratification quote", chronology.ReadToEnd().Contains("On 25 September 2009, Laos ratified", StringComparison.Ordinal), true);

    // The HTML report: the Fluid template renders every record's card and the ratification in the chronology.
    var html = DatasetReport.ToHtml(data);
    Check("report has a card per record", html.Split("<article class=\"card\"").Length - 1, data.AllRecords.Count);
    Check("report dates the ratification", html.Contains("25 September 2009", StringComparison.Ordinal), true);
}
finally
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}

Console.WriteLine(failures == 0 ? "AOT export smoke: all checks passed" : $"AOT export smoke: {failures} check(s) failed");
return failures == 0 ? 0 : 1;
