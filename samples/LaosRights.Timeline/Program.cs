// Prints the chronology of the article "Human rights in Laos" from the embedded dataset.
// Run it from the repository root with:  dotnet run --project samples/LaosRights.Timeline
// Filters:  -- --from 2003 --to 2009-12 --topic forced-return --actor government-of-thailand --role acted --place TH --kind event
return LaosRights.Timeline.TimelineApp.Run(args, Console.Out, Console.Error);
