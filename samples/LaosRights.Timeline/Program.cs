// Prints the chronology of the article "Human rights in Laos" from the embedded dataset.
// Run it from the repository root with:  dotnet run --project samples/LaosRights.Timeline
return LaosRights.Timeline.TimelineApp.Run(Console.Out);
