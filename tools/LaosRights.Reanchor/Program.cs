// The laosrights command. From the repository root, for example:
//   dotnet run --project tools/LaosRights.Reanchor -- reanchor --data src/LaosRights.Data/Data/dataset.json --article new.txt --out reanchored
return LaosRights.Reanchor.ReanchorTool.Run(args, Console.Out, Console.Error);
