using System.Globalization;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>
/// The fault suite's run: how many orders (the benchmark's mix), how long each outage lasts, how long the system may
/// take to catch up. The running system's addresses come from the launcher as for the benchmark
/// (<see cref="BenchSettings.FromEnvironment"/>), plus the launcher itself, which starts and stops its parts.
/// </summary>
public sealed record ChaosSettings(
    BenchSettings System,
    TimeSpan ServiceDown,
    TimeSpan BrokerOutage,
    TimeSpan PostgresOutage,
    TimeSpan LateAnswer,
    int AmazonFaultsPerOperation,
    int ThrottleStormPerOperation,
    int DuplicatedOrders,
    int SellerCancelPercent,
    int CancelsToHold,
    int OrdersPerAmazonFault,
    TimeSpan Gap,
    TimeSpan AmazonQuietAfter,
    TimeSpan AmazonFaultLimit,
    TimeSpan CatchUpLimit,
    TimeSpan StallLimit,
    string Launcher,
    string ResultsDirectory)
{
    public const string Usage =
        "usage: chaos [--orders N] [--seed N] [--rate R] [--short] [--service-down S] [--broker-outage S]\n" +
        "             [--postgres-outage S] [--late-answer S] [--amazon-fault-limit S] [--catch-up-limit S]\n" +
        "             [--stall-limit S] [--gap S]\n" +
        "  --orders           orders driven through the workflow, the benchmark's mix (default 1000; 150 with --short)\n" +
        "  --seed             seed of the order mix (default 8)\n" +
        "  --rate             orders placed per second (default: spread over the fault schedule)\n" +
        "  --short            the short run of `test`: 150 orders, outages of seconds (each option below still applies)\n" +
        "  --service-down     seconds a killed service stays down before it is started again (default 5; short 2)\n" +
        "  --broker-outage    seconds RabbitMQ stays stopped (default 30; short 10)\n" +
        "  --postgres-outage  seconds PostgreSQL stays stopped in its long outage (default 120; short 20)\n" +
        "  --late-answer      seconds Amazon's LateAnswer fault holds an answer (default 35, past the services' 30 s\n" +
        "                     SP-API timeout; short 3)\n" +
        "  --amazon-fault-limit seconds an Amazon fault stays armed at most while it has not struck every operation\n" +
        "                     (default 180; short 45)\n" +
        "  --catch-up-limit   seconds the suite waits for the system to catch up after a fault (default 180; short 30)\n" +
        "  --stall-limit      seconds without progress after which the run ends and open orders count as stuck or\n" +
        "                     lost (default 180; short 45)\n" +
        "  --gap              seconds between one fault's catch-up and the next fault (default 5; short 1)";

    public static ChaosSettings From(string[] args)
    {
        var isShort = args.Contains("--short");
        var orders = isShort ? 150 : 1000;
        var seed = 8;
        var rate = 0.0;
        var seconds = new Dictionary<string, int>
        {
            ["--service-down"] = isShort ? 2 : 5,
            ["--broker-outage"] = isShort ? 10 : 30,
            ["--postgres-outage"] = isShort ? 20 : 120,
            ["--late-answer"] = isShort ? 3 : 35,
            ["--catch-up-limit"] = isShort ? 30 : 180,
            ["--amazon-fault-limit"] = isShort ? 45 : 180,
            ["--stall-limit"] = isShort ? 45 : 180,
            ["--gap"] = isShort ? 1 : 5,
        };
        for (var index = 0; index < args.Length; index++)
        {
            if (args[index] == "--short")
            {
                continue;
            }

            var value = index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{args[index]} needs a value.\n{Usage}");
            switch (args[index])
            {
                case "--orders": orders = BenchSettings.PositiveInt(value, "--orders"); break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--rate": rate = double.Parse(value, CultureInfo.InvariantCulture); break;
                case var name when seconds.ContainsKey(name): seconds[name] = BenchSettings.PositiveInt(value, name); break;
                default: throw new ArgumentException($"Unknown argument {args[index]}.\n{Usage}");
            }

            index++;
        }

        TimeSpan Seconds(string name) => TimeSpan.FromSeconds(seconds[name]);
        return new ChaosSettings(
            BenchSettings.FromEnvironment(orders, skus: 100, rate, seed),
            Seconds("--service-down"),
            Seconds("--broker-outage"),
            Seconds("--postgres-outage"),
            Seconds("--late-answer"),
            AmazonFaultsPerOperation: 3,
            // Over the clients' eight attempts per call in the full run, so that a caller gives up and comes back.
            ThrottleStormPerOperation: isShort ? 4 : 12,
            DuplicatedOrders: isShort ? 10 : 40,
            SellerCancelPercent: 8,
            CancelsToHold: 2,
            OrdersPerAmazonFault: isShort ? 6 : 20,
            Seconds("--gap"),
            TimeSpan.FromSeconds(isShort ? 2 : 5),
            Seconds("--amazon-fault-limit"),
            Seconds("--catch-up-limit"),
            Seconds("--stall-limit"),
            Required("FULFILLMENT_CHAOS_LAUNCHER"),
            Required("FULFILLMENT_CHAOS_RESULTS"));
    }

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the fault suite with deploy/local/fulfillment chaos.");
}
