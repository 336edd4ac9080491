// Writes the dataset of the article "Human rights in Laos" as canonical JSON, CSV tables and a Frictionless Data Package.
// Run it from the repository root with, for example:
//   dotnet run --project samples/LaosRights.Export -- --out export
//   dotnet run --project samples/LaosRights.Export -- --out export-2009 --from 2009 --to 2009 --topic forced-return
return LaosRights.Export.ExportApp.Run(args, Console.Out, Console.Error);
