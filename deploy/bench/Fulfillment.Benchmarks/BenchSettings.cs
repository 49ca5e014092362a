using System.Globalization;
using Fulfillment.Operator.Authentication;

namespace Fulfillment.Benchmarks;

/// <summary>
/// Where the running system is and how big the run is. The launcher (<c>deploy/local/fulfillment bench</c>) passes
/// the addresses and secrets of the local profile as <c>FULFILLMENT_BENCH_*</c> variables; the run's size comes from
/// the command line.
/// </summary>
public sealed record BenchSettings(
    int Orders,
    int Skus,
    double PlacementRate,
    TimeSpan RawRunLength,
    int Seed,
    long ReplayEvents,
    bool ReplayOnly,
    Uri OrderImport,
    Uri CommerceOrder,
    Uri TrackingSync,
    Uri Simulator,
    string SellerId,
    TimeSpan AmazonDataDelay,
    TimeSpan PollInterval,
    TimeSpan PollOverlap,
    bool TracesExported,
    string AmazonLimitsMultiplier,
    string PostgresConnection,
    string PgbenchPath,
    string RabbitMqHost,
    int RabbitMqPort,
    int RabbitMqManagementPort,
    string RabbitMqUser,
    string RabbitMqPassword,
    ClientCredentials Operations,
    string PidsDirectory,
    int PostgresPid,
    int RabbitMqPid,
    string ResultsDirectory)
{
    public const string Usage =
        "usage: bench [--orders N] [--skus N] [--rate ORDERS_PER_SECOND] [--raw-seconds S] [--seed N]\n" +
        "             [--replay-events N] [--replay-only]\n" +
        "  --orders         orders driven through the workflow (default 5000)\n" +
        "  --skus           SKUs in the catalog the buyers order from, evenly (default 100; few SKUs make hot stock streams)\n" +
        "  --rate           how fast the buyers place them (default 0: as fast as the simulator takes them)\n" +
        "  --raw-seconds    length of each raw-limit run, pgbench and RabbitMQ (default 15)\n" +
        "  --seed           seed of the order mix (default 8)\n" +
        "  --replay-events  events to rebuild the orders view from in a database of its own, copies of the run's\n" +
        "                   order streams (default 1000000; 0 skips it)\n" +
        "  --replay-only    only that rebuild, from copies of the newest --orders order streams OrderImport holds";

    public string Database(string name) => $"{PostgresConnection};Database={name}";

    public static BenchSettings From(string[] args)
    {
        var orders = 5000;
        var skus = 100;
        var rate = 0.0;
        var rawSeconds = 15;
        var seed = 8;
        var replayEvents = 1_000_000L;
        var replayOnly = false;
        for (var index = 0; index < args.Length; index++)
        {
            if (args[index] == "--replay-only")
            {
                replayOnly = true;
                continue;
            }

            var value = index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{args[index]} needs a value.\n{Usage}");
            switch (args[index])
            {
                case "--orders": orders = PositiveInt(value, "--orders"); break;
                case "--skus": skus = PositiveInt(value, "--skus"); break;
                case "--rate": rate = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--raw-seconds": rawSeconds = PositiveInt(value, "--raw-seconds"); break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--replay-events":
                    replayEvents = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var events)
                        ? events
                        : throw new ArgumentException($"--replay-events takes a whole number.\n{Usage}");
                    break;
                default: throw new ArgumentException($"Unknown argument {args[index]}.\n{Usage}");
            }

            index++;
        }

        if (replayOnly && replayEvents == 0)
        {
            throw new ArgumentException($"--replay-only needs events to replay (--replay-events above 0).\n{Usage}");
        }

        return FromEnvironment(orders, skus, rate, seed) with
        {
            RawRunLength = TimeSpan.FromSeconds(rawSeconds),
            ReplayEvents = replayEvents,
            ReplayOnly = replayOnly,
        };
    }

    /// <summary>The running system's addresses and secrets from the launcher, with a run of the given size and mix.</summary>
    public static BenchSettings FromEnvironment(int orders, int skus, double rate, int seed) =>
        new(
            orders,
            skus,
            rate,
            TimeSpan.Zero,
            seed,
            0,
            false,
            new Uri(Required("ORDER_IMPORT_URL")),
            new Uri(Required("COMMERCE_ORDER_URL")),
            new Uri(Required("TRACKING_SYNC_URL")),
            new Uri(Required("SP_API_SIMULATOR_URL")),
            Required("SELLER_ID"),
            TimeSpan.Parse(Required("AMAZON_DATA_DELAY"), CultureInfo.InvariantCulture),
            TimeSpan.Parse(Required("POLL_INTERVAL"), CultureInfo.InvariantCulture),
            TimeSpan.Parse(Required("POLL_OVERLAP"), CultureInfo.InvariantCulture),
            Required("TRACES_EXPORTED") == "yes",
            Required("AMAZON_LIMITS_MULTIPLIER"),
            Required("POSTGRES"),
            Required("PGBENCH"),
            Required("RABBITMQ_HOST"),
            int.Parse(Required("RABBITMQ_PORT"), CultureInfo.InvariantCulture),
            int.Parse(Required("RABBITMQ_MANAGEMENT_PORT"), CultureInfo.InvariantCulture),
            Required("RABBITMQ_USERNAME"),
            Required("RABBITMQ_PASSWORD"),
            ClientCredentials.FromEnvironment(Environment.GetEnvironmentVariable, "FULFILLMENT_BENCH_")
                ?? throw new InvalidOperationException(
                    "FULFILLMENT_BENCH_AUTHORITY is not set: run the benchmark with deploy/local/fulfillment bench."),
            Required("PIDS"),
            int.Parse(Required("POSTGRES_PID"), CultureInfo.InvariantCulture),
            int.Parse(Required("RABBITMQ_PID"), CultureInfo.InvariantCulture),
            Required("RESULTS"));

    internal static int PositiveInt(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} takes a positive whole number.\n{Usage}");

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable($"FULFILLMENT_BENCH_{name}") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"FULFILLMENT_BENCH_{name} is not set: run the benchmark with deploy/local/fulfillment bench.");
}
