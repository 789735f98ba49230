using System.Globalization;
using Campus.Benchmarks;

// dotnet run -c Release --project bench/Campus.Benchmarks [-- [email] [rows] [maxIdleConnections]]
// dotnet run -c Release --project bench/Campus.Benchmarks -- queue [requests]
var mode = args.Length > 0 && !char.IsDigit(args[0][0]) ? args[0] : "email";
var rest = mode == "email" && args.Length > 0 && char.IsDigit(args[0][0]) ? args : args.Skip(1).ToArray();
int Number(int index, int fallback) => rest.Length > index ? int.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;

switch (mode)
{
    case "email":
        await EmailPipelineBenchmark.RunAsync(Number(0, 10_000), rest.Length > 1 ? rest[1] : "10");
        break;
    case "queue":
        await StaffQueueBenchmark.RunAsync(Number(0, 100_000));
        break;
    default:
        Console.Error.WriteLine($"Unknown benchmark '{mode}': use email or queue.");
        return 2;
}

return 0;
