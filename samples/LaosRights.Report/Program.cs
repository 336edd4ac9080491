// Writes the HTML report of the article "Human rights in Laos" (docs/report.md): one self-contained page.
// Run it from the repository root with:  dotnet run --project samples/LaosRights.Report -- --out report.html
// It takes the Timeline sample's filters:  -- --out forced-return.html --from 2003 --to 2009 --topic forced-return
return LaosRights.Report.ReportApp.Run(args, Console.Out, Console.Error);
