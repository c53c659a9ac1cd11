using System.Diagnostics;
using System.Globalization;
using Segmentation.CliThroughput;

// Usage:
//   generate <file.csv> [rows=3500000] [customers=1000000]   deterministic transactions in the CSV contract
//   duckdb <in.csv> <out.csv>                                DuckDB: read -> GROUP BY -> quantile scores -> COPY TO CSV
//   compare <in.csv> <segment.dll> [rounds=3]               both as whole processes, alternating, same machine
var command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "generate":
        Generator.Write(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3_500_000, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000_000);
        return 0;
    case "duckdb":
        DuckDbBaseline.Run(args[1], args[2]);
        using (var self = Process.GetCurrentProcess())
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing total: peak memory {self.PeakWorkingSet64 / (1024.0 * 1024):N0} MiB"));
        }

        return 0;
    case "compare":
        return Comparison.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3);
    default:
        Console.Error.WriteLine("usage: generate <file> [rows] [customers] | duckdb <in> <out> | compare <in> <segment.dll> [rounds]");
        return 2;
}
