using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/LaosRights.Data.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
